// The service's merging logic over reports held in memory: the cluster CLI and
// the merge evaluation use it. Same analysis (reports.ts), same decision
// (merge.ts decide) as the store; only the storage differs.
import { decide, type Candidate, type MergeChanges, type MergeOptions } from "./merge.js";
import { incidentStories, incoming, MAX_TEXTS } from "./reports.js";

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
}

export class Clusterer {
  private open: Candidate<string>[] = [];
  private next = 1;

  constructor(private readonly opts: MergeOptions) {}

  add(report: ClusterReport): Clustered {
    const at = report.publishedAt;
    // Reports come in time order: incidents quiet for two windows can no longer match.
    const horizon = at.getTime() - 2 * this.opts.windowHours * 3_600_000;
    this.open = this.open.filter((c) => c.lastAt.getTime() >= horizon);
    const mine = new Set<string>();
    const stories: Clustered["stories"] = [];
    for (const story of incidentStories({ title: report.title ?? "", text: report.text, publishedAt: at })) {
      const inc = incoming(story, at);
      const d = decide(inc, this.open, this.opts, mine);
      if (d.kind === "ignore") continue;
      if (d.kind === "create") {
        const key = `i${this.next++}`;
        this.open.push({ key, state: d.state, lastAt: at, texts: [inc.text] });
        stories.push({ incident: key, created: true, changes: null });
        mine.add(key);
      } else {
        const c = d.candidate;
        c.state = d.state;
        if (at > c.lastAt) c.lastAt = at;
        if (c.texts.length < MAX_TEXTS && !inc.factless) c.texts.push(inc.text);
        stories.push({ incident: c.key, created: false, changes: d.changes });
        mine.add(c.key);
      }
    }
    return { incident: stories[0]?.incident ?? null, stories };
  }
}
