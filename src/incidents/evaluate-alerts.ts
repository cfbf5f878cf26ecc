// What the alerts end up saying, against a blind round of incident-level labels
// (test/fixtures/merge/alerts-r*.jsonl). A round was drawn from a replay of the
// whole stream: each group is the posts behind one alert, and labellers who saw
// only the texts split them into real events and gave the main event's facts as
// the alert should show them at the end (province, type, the latest stated toll).
// Here the whole stream goes through the service's merging logic again (the
// Clusterer, as the cluster CLI does: the store's decisions; with the store's
// repost rule handed in, a repost it would not keep is no report) and the round is read back:
// - every incident is one alert, raised by the post that opened it: alerts raised
//   by a post labelled no incident, and alerts raised by posts outside the round
//   (not judged: a rule change that makes new alerts shows there);
// - the main event's alert: the incident of the first of its posts that went to
//   one, and that incident's final facts against the labels;
// - events told apart by the labellers that share an incident (a wrong merge),
//   and events whose own posts opened more than one incident (a repeated alert).
import { readFileSync } from "node:fs";
import { Clusterer } from "./clusterer.js";
import { chainSets, MERGE_FIXTURES, readChainLabels, readStream, repeatsBySource, streamPath, type RepostRule } from "./evaluate.js";
import type { IncidentState } from "./state.js";

export interface AlertLabel {
  group: number;
  /** the group's posts about a real Iraqi incident, one list per real event (in time order) */
  events: string[][];
  /** index in `events` of the event the alert is about; null when no post is an incident */
  main: number | null;
  not_incident: string[];
  /** the main event is the main event of this earlier group */
  same_as_group: number | null;
  province: string | null;
  type: string | null;
  killed: number | null;
  injured: number | null;
}

export const ALERT_FIELDS = ["province", "type", "killed", "injured"] as const;
type Field = (typeof ALERT_FIELDS)[number];

export interface AlertScores {
  groups: number;
  /** every incident the merging opened over the stream (one alert each) */
  incidents: number;
  /** incidents opened by a post labelled no incident, with the group it is in */
  falseAlerts: { group: number; post: string }[];
  /** incidents opened by posts the round does not hold (not judged) */
  outside: string[];
  /** main events that went to an incident, and how many of each field the incident got right */
  scored: number;
  correct: Record<Field, number>;
  wrong: { group: number; field: Field; got: unknown; label: unknown }[];
  /** main events none of whose posts went to an incident */
  missed: number[];
  /** pairs of events labelled apart that went to one incident */
  mergedApart: [string, string][];
  /** events whose own posts opened more than one incident, with how many */
  repeated: { event: string; alerts: number }[];
}

const eventName = (group: number, k: number): string => `g${group}e${k + 1}`;

/** Adds `value` to the set kept under `key`. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * The event each labelled event is one with across groups (`same_as_group`: a group's main event is the main
 * event of that group), followed to the first of a chain; a group naming itself, or a loop of groups, stops there.
 */
export function sameEventAs(labels: readonly AlertLabel[]): (event: string) => string {
  const sameAs = new Map<string, string>();
  for (const l of labels) {
    const earlier = labels.find((o) => o.group === l.same_as_group);
    if (earlier && earlier !== l && l.main !== null && earlier.main !== null) sameAs.set(eventName(l.group, l.main), eventName(earlier.group, earlier.main));
  }
  return (event) => {
    const seen = new Set<string>();
    let e = event;
    while (sameAs.has(e) && !seen.has(e)) { seen.add(e); e = sameAs.get(e)!; }
    return e;
  };
}

/** Scores the labels against the merging of `posts` (time order). */
export function scoreAlerts(labels: readonly AlertLabel[], posts: readonly { id: string; text: string; publishedAt: string }[], windowHours: number,
  rule?: RepostRule): AlertScores {
  const clusterer = new Clusterer({ windowHours });
  const incidentOf = new Map<string, string>();
  const openedBy = new Map<string, string>();
  const facts = new Map<string, IncidentState>();
  const ids: string[] = [];
  // a repost the store would not keep is no report: it is where the post it repeats went
  const repeats = repeatsBySource(posts, rule);
  for (const p of posts) {
    if (repeats.has(p.id)) continue;
    const c = clusterer.add({ text: p.text, publishedAt: new Date(p.publishedAt) });
    ids.push(p.id);
    for (const a of c.adopted) incidentOf.set(ids[a.report]!, a.incident);
    for (const s of c.stories) {
      // a post's main story decides where it went; any of its stories may open an incident
      if (!incidentOf.has(p.id)) incidentOf.set(p.id, s.incident);
      if (s.created) openedBy.set(s.incident, p.id);
      const st = clusterer.state(s.incident);
      if (st) facts.set(s.incident, st);
    }
  }
  for (const [repeat, original] of repeats) { const inc = incidentOf.get(original); if (inc) incidentOf.set(repeat, inc); }

  const s: AlertScores = {
    groups: labels.length, incidents: openedBy.size, falseAlerts: [], outside: [], scored: 0,
    correct: { province: 0, type: 0, killed: 0, injured: 0 }, wrong: [], missed: [], mergedApart: [], repeated: [],
  };
  const eventOfPost = new Map<string, string>();
  const groupOfNonIncident = new Map<string, number>();
  for (const l of labels) {
    l.events.forEach((e, k) => { for (const id of e) eventOfPost.set(id, eventName(l.group, k)); });
    for (const id of l.not_incident) groupOfNonIncident.set(id, l.group);
  }
  for (const post of openedBy.values()) {
    const group = groupOfNonIncident.get(post);
    if (group !== undefined) s.falseAlerts.push({ group, post });
    else if (!eventOfPost.has(post)) s.outside.push(post);
  }
  for (const l of labels) {
    if (l.main === null) continue;
    const inc = l.events[l.main]!.map((id) => incidentOf.get(id)).find((x) => x !== undefined);
    if (!inc) { s.missed.push(l.group); continue; }
    const f = facts.get(inc)!;
    const got: Record<Field, unknown> = { province: f.provinces[0] ?? null, type: f.type, killed: f.killed, injured: f.injured };
    s.scored++;
    for (const field of ALERT_FIELDS) {
      if (got[field] === l[field]) s.correct[field]++;
      else s.wrong.push({ group: l.group, field, got: got[field], label: l[field] });
    }
  }
  // events the labellers call one across groups (same_as_group) are one event
  const canon = sameEventAs(labels);
  // per incident, the labelled events it holds; per event, the incidents its own posts opened
  const eventsIn = new Map<string, Set<string>>();
  for (const [post, inc] of incidentOf) {
    const ev = eventOfPost.get(post);
    if (ev) addTo(eventsIn, inc, canon(ev));
  }
  for (const evs of eventsIn.values()) {
    const list = [...evs].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) s.mergedApart.push([list[i]!, list[j]!]);
  }
  const alertsOf = new Map<string, Set<string>>();
  for (const [inc, post] of openedBy) {
    const ev = eventOfPost.get(post);
    if (ev) addTo(alertsOf, canon(ev), inc);
  }
  for (const [event, incs] of alertsOf) if (incs.size > 1) s.repeated.push({ event, alerts: incs.size });
  s.repeated.sort((a, b) => a.event.localeCompare(b.event, "en", { numeric: true }));
  return s;
}

/** What labelAgreement counts. */
export interface LabelAgreement {
  /** posts both labellings call incident reports (pairs are made of these, within one chain day) */
  posts: number;
  sameInBoth: number;
  /** pairs only the alert-level round calls one event, and pairs only the chain labels do */
  roundOnly: [string, string][];
  chainsOnly: [string, string][];
}

/**
 * How far two blind labellings of the same posts agree on which are one event: the chain days (every post of a
 * day, split into events by two labellers who saw the day in order) and an alert-level round (the posts behind
 * each alert, split into events, groups linked by `same_as_group`). Over the pairs of posts of one chain day that
 * both call incident reports: how many both call one event, and how many only one of them does. Neither is the
 * truth; their disagreement is how far any merging can be scored right against either (a ceiling for the merge
 * targets). Labels only: no corpus needed.
 */
export function labelAgreement(labels: readonly AlertLabel[], chains: Record<string, URL | string> = chainSets()): LabelAgreement {
  const eventOfPost = new Map<string, string>();
  for (const l of labels) l.events.forEach((e, k) => { for (const id of e) eventOfPost.set(id, eventName(l.group, k)); });
  const canon = sameEventAs(labels);
  const out: LabelAgreement = { posts: 0, sameInBoth: 0, roundOnly: [], chainsOnly: [] };
  for (const file of Object.values(chains)) {
    const day = readChainLabels(file).filter((r) => r.event !== null && eventOfPost.has(r.id));
    out.posts += day.length;
    for (let i = 0; i < day.length; i++) {
      for (let j = i + 1; j < day.length; j++) {
        const a = day[i]!;
        const b = day[j]!;
        const inRound = canon(eventOfPost.get(a.id)!) === canon(eventOfPost.get(b.id)!);
        const inChains = a.event === b.event;
        if (inRound && inChains) out.sameInBoth++;
        else if (inRound) out.roundOnly.push([a.id, b.id]);
        else if (inChains) out.chainsOnly.push([a.id, b.id]);
      }
    }
  }
  return out;
}

/** The incident-level blind rounds in the project. */
export const ALERT_ROUNDS = { r6: new URL("alerts-r6.jsonl", MERGE_FIXTURES) };

export function readAlertLabels(file: URL | string): AlertLabel[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as AlertLabel);
}

/** Prints each incident-level round (for `npm run eval`); null for a round the stream is missing for. */
export function printAlertRounds(out: (line: string) => void = console.log, windowHours = Number(process.env.MERGE_WINDOW_HOURS || 12),
  rule?: RepostRule): Record<string, AlertScores | null> {
  const result: Record<string, AlertScores | null> = {};
  const stream = readStream();
  for (const [name, file] of Object.entries(ALERT_ROUNDS)) {
    if (!stream) {
      out(`Alerts, blind round ${name}: skipped (corpus not found at ${streamPath()})`);
      result[name] = null;
      printAgreement(out, file);
      continue;
    }
    const s = scoreAlerts(readAlertLabels(file), stream.posts, windowHours, rule);
    result[name] = s;
    const share = (n: number, of: number): string => (of ? `${n}/${of} = ${(n / of).toFixed(3)}` : "n/a");
    const list = <T>(xs: T[], show: (x: T) => string): string => (xs.length ? ` (${xs.map(show).join(", ")})` : "");
    out(`Alerts, blind round ${name} (${s.groups} alerts of a replay of the stream, labelled by what the posts behind each tell)`);
    out(`  alerts over the stream: ${s.incidents}; raised by a post the round holds: ${s.incidents - s.outside.length}; by posts outside it (not judged): ${s.outside.length}${list(s.outside, (x) => x)}`);
    out(`  alerts for no real incident: ${s.falseAlerts.length} of ${s.incidents - s.outside.length}${list(s.falseAlerts, (f) => `${f.post} in group ${f.group}`)}`);
    out(`  the alert's final facts against its event's (${s.scored} events):  ` +
      ALERT_FIELDS.map((f) => `${f} ${share(s.correct[f], s.scored)}`).join("  "));
    if (s.missed.length) out(`  events with no alert: groups ${s.missed.join(" ")}`);
    out(`  events labelled apart in one alert: ${s.mergedApart.length} pairs${list(s.mergedApart, (p) => p.join("~"))}`);
    out(`  events alerted more than once: ${s.repeated.length}${list(s.repeated, (r) => `${r.event} ${r.alerts}`)}`);
    for (const w of s.wrong) out(`  wrong ${w.field}: group ${w.group} got ${JSON.stringify(w.got)}, labelled ${JSON.stringify(w.label)}`);
    printAgreement(out, file);
  }
  return result;
}

/** The round's labels against the chain labels of the same posts (labels only: printed with or without the corpus). */
function printAgreement(out: (line: string) => void, file: URL | string): void {
  const a = labelAgreement(readAlertLabels(file));
  const either = a.sameInBoth + a.roundOnly.length + a.chainsOnly.length;
  const share = either ? (a.sameInBoth / either).toFixed(3) : "n/a";
  out(`  the chain days' labels on the same posts (${a.posts} posts both call incident reports): pairs one event to either labelling ${either}, to both ${a.sameInBoth} ` +
    `(${share}); to this round only ${a.roundOnly.length}, to the chain labels only ${a.chainsOnly.length}`);
}
