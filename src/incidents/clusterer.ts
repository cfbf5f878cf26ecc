// The service's merging logic over reports held in memory: the cluster CLI and
// the merge evaluation use it. Same analysis (reports.ts), same decision
// (merge.ts decide, takeBack) as the store; only the storage differs.
import { decide, elaborated, FOLLOW_UP_REACH, keepsClock, reachOf, takeBack, type Candidate, type Incoming, type MergeChanges, type MergeOptions } from "./merge.js";
import { incidentStories, incoming, MAX_TEXTS } from "./reports.js";
import type { IncidentState } from "./state.js";

export interface ClusterReport {
  title?: string;
  text: string;
  publishedAt: Date;
}

export interface Clustered {
  /** incident key of the report's main (first) incident story; null when it reports no Iraqi incident */
  incident: string | null;
  /** every incident story: its incident and whether it was new */
  stories: { incident: string; created: boolean; changes: MergeChanges | null }[];
  /**
   * earlier reports taken back by an incident this one opened: fact-less
   * follow-ups that came minutes before it (`report`: the 0-based number of
   * the add() call that brought it; it had no incident until now)
   */
  adopted: { report: number; incident: string }[];
}

export class Clusterer {
  private open: Candidate<string>[] = [];
  private next = 1;
  /** fact-less follow-ups no event fitted yet, with the number of the add() call that brought them */
  private pending: { report: number; inc: Incoming }[] = [];
  private added = 0;

  constructor(private readonly opts: MergeOptions) {}

  add(report: ClusterReport): Clustered {
    const at = report.publishedAt;
    const number = this.added++;
    // Reports come in time order: incidents quiet for longer than a late follow-up reaches can no longer match.
    const horizon = at.getTime() - reachOf(this.opts.windowHours);
    this.open = this.open.filter((c) => c.lastAt.getTime() >= horizon);
    this.pending = this.pending.filter((p) => at.getTime() - p.inc.at.getTime() <= FOLLOW_UP_REACH);
    const mine = new Set<string>();
    const stories: Clustered["stories"] = [];
    const adopted: Clustered["adopted"] = [];
    const ignored: Incoming[] = [];
    for (const story of incidentStories({ title: report.title ?? "", text: report.text, publishedAt: at })) {
      const inc = incoming(story, at);
      const d = decide(inc, this.open, this.opts, mine);
      if (d.kind === "ignore") {
        ignored.push(inc);
        continue;
      }
      if (d.kind === "create") {
        const key = `i${this.next++}`;
        const c: Candidate<string> = { key, state: d.state, lastAt: at, texts: [inc.text] };
        const { state, taken, defendedAt } = takeBack(c, this.pending.map((p) => p.inc));
        c.state = state;
        if (defendedAt) c.defendedAt = defendedAt;
        for (const i of taken) adopted.push({ report: this.pending[i]!.report, incident: key });
        this.pending = this.pending.filter((_, i) => !taken.includes(i));
        this.adoptElaborated(inc, key, adopted);
        this.open.push(c);
        stories.push({ incident: key, created: true, changes: null });
        mine.add(key);
      } else {
        const c = d.candidate;
        c.state = d.state;
        if (at > c.lastAt && !keepsClock(inc)) c.lastAt = at;
        if (inc.followUpKind === "defence") c.defendedAt = at;
        if (c.texts.length < MAX_TEXTS && !inc.factless) c.texts.push(inc.text);
        stories.push({ incident: c.key, created: false, changes: d.changes });
        mine.add(c.key);
        this.adoptElaborated(inc, c.key, adopted);
      }
    }
    // a report that went to no incident may still be taken back by one opened minutes later
    if (stories.length === 0) for (const inc of ignored) this.pending.push({ report: number, inc });
    return { incident: stories[0]?.incident ?? null, stories, adopted };
  }

  /** The pending follow-ups this report tells again (merge.ts elaborated) join its incident. */
  private adoptElaborated(inc: Incoming, key: string, adopted: Clustered["adopted"]): void {
    const told = elaborated(inc, this.pending.map((p) => p.inc));
    for (const i of told) adopted.push({ report: this.pending[i]!.report, incident: key });
    this.pending = this.pending.filter((_, i) => !told.includes(i));
  }

  /** What an incident still open says now (its alert's facts), or null once it can no longer match. */
  state(key: string): IncidentState | null {
    return this.open.find((c) => c.key === key)?.state ?? null;
  }
}
