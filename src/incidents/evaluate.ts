// Merge quality on the labelled report set (test/fixtures/merge/): the reports
// go through the service's merging logic in time order (Clusterer, as the
// cluster CLI does; a source's repost of words it posted within 48 hours is no
// report, as the store keeps one item: not analysed, not scored), then every pair of reports labelled with an event is
// scored: same event and merged = true positive, different events and merged
// = false positive (a wrong merge hides an attack), same event and not merged
// = false negative (a repeated alert). Time alone separates the easy pairs, so
// the hard ones are reported apart: same-event pairs more than an hour apart
// and different-event pairs less than six hours apart.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Clusterer } from "./clusterer.js";

export interface LabelledReport {
  id: string;
  /** event label; null when the report is not an incident (a statement, a condolence) */
  event: string | null;
  source: string;
  publishedAt: string;
  text: string;
  note?: string;
  /** fed to the merger before the labelled ones (the hours before a labelled day), never scored */
  context?: boolean;
  /** a repost of the same words the store would not keep (marked by readChainSet when given the rule): never
   * analysed, never scored */
  repost?: boolean;
}

export interface MergeScores {
  reports: number;
  events: number;
  pairs: { same: number; different: number };
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** same-event pairs more than an hour apart, and how many were merged */
  sameFarApart: { pairs: number; merged: number; recall: number };
  /** different-event pairs less than six hours apart, and how many were wrongly merged */
  differentClose: { pairs: number; merged: number; rate: number };
  /** the same, over the pairs of reports both taken for incidents: merging alone, extraction misses aside */
  mergeOnly: { pairs: { same: number; different: number }; precision: number; recall: number };
  /** labelled incident reports the pipeline did not take for an incident */
  missedReports: string[];
  /** labelled reports that repeat a post's words: the service does not analyse them, the scores leave them out */
  reposts: string[];
  /** reports labelled as no incident that the pipeline put into one */
  spuriousReports: string[];
  wrongMerges: [string, string][];
  missedMerges: [string, string][];
  /**
   * Alerts per real event: for each labelled event with at least one report
   * taken for an incident, the number of distinct incidents (each one alert)
   * its reports went to. 1.0 is one alert per event.
   */
  alertsPerEvent: { detected: number; alerts: number; mean: number; worst: { event: string; alerts: number }[] };
  /**
   * Events with no alert of their own: detected events whose reports all went to incidents first
   * opened by a report of another event (or by one labelled no incident). A wrong merge hides an
   * event without raising the alerts per event; this counts it. `by`: the events that opened them
   * (null: a report labelled no incident). An incident opened in the unlabelled hours before the day
   * may be the event itself begun before midnight: such an event is not counted.
   */
  hiddenEvents: { event: string; by: (string | null)[] }[];
}

/** The labelled merge sets and rounds (test/fixtures/merge/). */
export const MERGE_FIXTURES = new URL("../../test/fixtures/merge/", import.meta.url);
/** The set the thresholds were tuned on, and a set written afterwards to check them (see its README). */
export const MERGE_SETS = { tuning: new URL("reports.jsonl", MERGE_FIXTURES), check: new URL("check.jsonl", MERGE_FIXTURES) };

export function readMergeSet(file: URL | string = MERGE_SETS.tuning): LabelledReport[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledReport);
}

// ---- event chains of the real stream (test/fixtures/merge/chains-<day>.jsonl) ----
// Every post of one day of ../shared/corpus/stream.jsonl with the real-world
// event a labeller gave it, blind ({"id","event","what"}: ids and labels, no
// texts). The texts are read from the stream at evaluation time.

/** The corpus folder beside the project (CORPUS_DIR overrides it). */
export function corpusDir(): string {
  return process.env.CORPUS_DIR ?? fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
}

export const streamPath = (): string => `${corpusDir().replace(/\/+$/, "")}/stream.jsonl`;

/** The labelled chain days in the project, by day (e.g. "2026-07-29"). */
export function chainSets(): Record<string, URL> {
  const out: Record<string, URL> = {};
  const dir = fileURLToPath(MERGE_FIXTURES);
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    const m = /^chains-(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(f);
    if (m) out[m[1]!] = new URL(f, MERGE_FIXTURES);
  }
  return out;
}

type StreamPost = { id: string; publishedAt: string; text: string };
type Stream = { path: string; posts: StreamPost[]; byId: Map<string, StreamPost>; reposts: Map<RepostRule, Map<string, string>> };
let streamCache: Stream | null = null;

/**
 * How the service tells a source's repost from a new item: for items of one source in time order, each repost
 * with the post it repeats. It is the store's rule (sources/ sameWordsRepeats), handed in by the caller — sources/
 * stands beside incidents/, not below it. Without one, every post is a report.
 */
export type RepostRule = (items: { id: string; text: string; publishedAt: Date }[]) => Map<string, string>;

/** The stream's posts in order, and by id. */
export function readStream(path: string = streamPath()): Stream | null {
  if (streamCache?.path === path) return streamCache;
  if (!existsSync(path)) return null;
  const posts: StreamPost[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) if (line.trim()) posts.push(JSON.parse(line) as StreamPost);
  streamCache = { path, posts, byId: new Map(posts.map((p) => [p.id, p])), reposts: new Map() };
  return streamCache;
}

/** The stream's reposts under `rule`, over the whole stream (the store remembers 48 hours, past any day's context;
 * the stream is one source, the channel). */
function streamReposts(s: Stream, rule: RepostRule | undefined): ReadonlyMap<string, string> {
  if (!rule) return new Map();
  let r = s.reposts.get(rule);
  if (!r) s.reposts.set(rule, (r = rule(s.posts.map((p) => ({ id: p.id, text: p.text, publishedAt: new Date(p.publishedAt) })))));
  return r;
}

/**
 * Hours of the stream before a labelled day fed to the merger first, unscored:
 * as in the service (and `npm run replay`), the day's first reports meet the
 * incidents of the evening before.
 */
export const CHAIN_CONTEXT_HOURS = 12;

/** A chain day's labels: ids, event ids (null: no incident) and what the labellers noted; no texts. */
export function readChainLabels(file: URL | string): { id: string; event: string | null; what?: string }[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; event: string | null; what?: string });
}

/**
 * A chain day as a labelled report set, its texts read from the stream; null
 * when the stream is not there (a fresh clone has no ../shared beside it).
 * Throws when a labelled id is missing from the stream (wrong stream file).
 */
export function readChainSet(file: URL | string, stream: string = streamPath(), contextHours = CHAIN_CONTEXT_HOURS, rule?: RepostRule): LabelledReport[] | null {
  const all = readStream(stream);
  if (!all) return null;
  const reposts = streamReposts(all, rule);
  const labels = readChainLabels(file);
  const set: LabelledReport[] = labels.map((l) => {
    const post = all.byId.get(l.id);
    if (!post) throw new Error(`${String(file)}: ${l.id} is not in ${stream}`);
    return {
      id: l.id, event: l.event, source: "naya", publishedAt: post.publishedAt, text: post.text, ...(l.what ? { note: l.what } : {}),
      ...(rule ? { repost: reposts.has(l.id) } : {}),
    };
  });
  const first = Math.min(...set.map((r) => Date.parse(r.publishedAt)));
  const ids = new Set(set.map((r) => r.id));
  const context = all.posts
    .filter((p) => !ids.has(p.id) && Date.parse(p.publishedAt) < first && Date.parse(p.publishedAt) >= first - contextHours * 3_600_000)
    .map((p): LabelledReport => ({
      id: p.id, event: null, source: "naya", publishedAt: p.publishedAt, text: p.text, context: true, ...(rule ? { repost: reposts.has(p.id) } : {}),
    }));
  return [...context, ...set];
}

const HOUR = 3_600_000;

/** Per source, each repost `rule` finds, with the post it repeats (none without a rule). */
export function repeatsBySource(sorted: readonly { id: string; source?: string; text: string; publishedAt: string }[], rule?: RepostRule): Map<string, string> {
  if (!rule) return new Map();
  const bySource = new Map<string, { id: string; text: string; publishedAt: Date }[]>();
  for (const r of sorted) {
    const key = r.source ?? "";
    (bySource.get(key) ?? bySource.set(key, []).get(key)!).push({ id: r.id, text: r.text, publishedAt: new Date(r.publishedAt) });
  }
  const out = new Map<string, string>();
  for (const items of bySource.values()) for (const [repeat, original] of rule(items)) out.set(repeat, original);
  return out;
}

export function scoreMerging(reports: LabelledReport[], windowHours: number, rule?: RepostRule): MergeScores {
  const sorted = [...reports].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  const clusterer = new Clusterer({ windowHours });
  const got = new Map<string, string | null>();
  /** the report whose story opened each incident: its alert is that report's */
  const opener = new Map<string, LabelledReport>();
  // a source's repost of words it posted lately is no report (the store keeps one item): never analysed, never
  // scored — marked by the chain reader (the store's 48 hours over the whole stream) or found within the set
  // a set the chain reader marked (over the whole stream: the store remembers past the day's context) is taken as
  // marked; another set is searched for reposts among its own reports
  const repeats = sorted.some((r) => r.repost !== undefined) ? new Map<string, string>() : repeatsBySource(sorted, rule);
  const repost = (r: LabelledReport): boolean => !!r.repost || repeats.has(r.id);
  const added: LabelledReport[] = [];
  for (const r of sorted) {
    if (repost(r)) continue;
    const res = clusterer.add({ text: r.text, publishedAt: new Date(r.publishedAt) });
    added.push(r);
    got.set(r.id, res.incident);
    for (const st of res.stories) if (st.created) opener.set(st.incident, r);
    // a follow-up taken back by an incident opened minutes after it
    for (const a of res.adopted) got.set(added[a.report]!.id, a.incident);
  }

  const scored = sorted.filter((r) => !r.context && !repost(r));
  const labelled = scored.filter((r) => r.event !== null);
  const s: MergeScores = {
    reports: scored.length,
    events: new Set(labelled.map((r) => r.event)).size,
    pairs: { same: 0, different: 0 },
    truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1,
    sameFarApart: { pairs: 0, merged: 0, recall: 1 },
    differentClose: { pairs: 0, merged: 0, rate: 0 },
    missedReports: labelled.filter((r) => got.get(r.id) === null).map((r) => r.id),
    reposts: sorted.filter((r) => !r.context && repost(r)).map((r) => r.id),
    spuriousReports: scored.filter((r) => r.event === null && got.get(r.id) !== null).map((r) => r.id),
    wrongMerges: [], missedMerges: [],
    mergeOnly: { pairs: { same: 0, different: 0 }, precision: 1, recall: 1 },
    alertsPerEvent: { detected: 0, alerts: 0, mean: 1, worst: [] },
    hiddenEvents: [],
  };
  const perEvent = new Map<string, Set<string>>();
  for (const r of labelled) {
    const k = got.get(r.id);
    if (k == null) continue;
    const set = perEvent.get(r.event!) ?? new Set<string>();
    set.add(k);
    perEvent.set(r.event!, set);
  }
  for (const [event, keys] of perEvent) {
    // an incident opened in the unlabelled hours before the day may be this very event begun before midnight
    const first = [...keys].map((k) => opener.get(k));
    const openers = first.map((r) => r?.event ?? null);
    if (!openers.includes(event) && !first.some((r) => r?.context)) s.hiddenEvents.push({ event, by: [...new Set(openers)] });
    s.alertsPerEvent.detected++;
    s.alertsPerEvent.alerts += keys.size;
    if (keys.size > 1) s.alertsPerEvent.worst.push({ event, alerts: keys.size });
  }
  s.alertsPerEvent.mean = s.alertsPerEvent.detected ? s.alertsPerEvent.alerts / s.alertsPerEvent.detected : 1;
  s.alertsPerEvent.worst.sort((a, b) => b.alerts - a.alerts || a.event.localeCompare(b.event));
  let mergedOnly = 0;
  let sameOnlyMerged = 0;
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i]!;
      const b = labelled[j]!;
      const same = a.event === b.event;
      const ka = got.get(a.id);
      const merged = ka != null && ka === got.get(b.id);
      const apart = Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
      if (ka != null && got.get(b.id) != null) {
        s.mergeOnly.pairs[same ? "same" : "different"]++;
        if (merged) mergedOnly++;
        if (merged && same) sameOnlyMerged++;
      }
      if (same) {
        s.pairs.same++;
        if (merged) s.truePositives++;
        else {
          s.falseNegatives++;
          s.missedMerges.push([a.id, b.id]);
        }
        if (apart > HOUR) {
          s.sameFarApart.pairs++;
          if (merged) s.sameFarApart.merged++;
        }
      } else {
        s.pairs.different++;
        if (merged) {
          s.falsePositives++;
          s.wrongMerges.push([a.id, b.id]);
        }
        if (apart < 6 * HOUR) {
          s.differentClose.pairs++;
          if (merged) s.differentClose.merged++;
        }
      }
    }
  }
  const predicted = s.truePositives + s.falsePositives;
  s.precision = predicted === 0 ? 1 : s.truePositives / predicted;
  s.recall = s.pairs.same === 0 ? 1 : s.truePositives / s.pairs.same;
  s.mergeOnly.precision = mergedOnly === 0 ? 1 : sameOnlyMerged / mergedOnly;
  s.mergeOnly.recall = s.mergeOnly.pairs.same === 0 ? 1 : sameOnlyMerged / s.mergeOnly.pairs.same;
  s.sameFarApart.recall = s.sameFarApart.pairs === 0 ? 1 : s.sameFarApart.merged / s.sameFarApart.pairs;
  s.differentClose.rate = s.differentClose.pairs === 0 ? 0 : s.differentClose.merged / s.differentClose.pairs;
  return s;
}

export const MERGE_TARGETS = { precision: 0.97, recall: 0.9 };

export interface MergeReportOptions {
  /** the labelled sets to score (default: both sets of test/fixtures/merge/) */
  sets?: Record<string, URL | string>;
  windowHours?: number;
  out?: (line: string) => void;
  /** the store's repost rule (npm run eval hands in sources' sameWordsRepeats): reposts are left out */
  reposts?: RepostRule;
}

/** Prints the merge scores of each labelled set (for `npm run eval`); returns them by set name. */
export function printMergeReport(opts: MergeReportOptions = {}): Record<string, MergeScores> {
  const out = opts.out ?? ((l: string) => console.log(l));
  const windowHours = opts.windowHours ?? Number(process.env.MERGE_WINDOW_HOURS || 12);
  const scores: Record<string, MergeScores> = {};
  for (const [name, file] of Object.entries(opts.sets ?? MERGE_SETS)) scores[name] = printOne(name, readMergeSet(file), windowHours, out, opts.reposts);
  if (opts.sets) return scores;
  // The real stream's event chains, when the corpus is beside the project.
  for (const [day, file] of Object.entries(chainSets())) {
    const set = readChainSet(file, streamPath(), CHAIN_CONTEXT_HOURS, opts.reposts);
    if (!set) {
      out(`Merging, real chains ${day}: skipped (corpus not found at ${streamPath()})`);
      continue;
    }
    scores[`chains ${day}`] = printOne(`real chains ${day}`, set, windowHours, out, opts.reposts);
  }
  const days = Object.entries(scores).filter(([k]) => k.startsWith("chains ")).map(([, v]) => v);
  if (days.length) printPooled(days, out);
  return scores;
}

/** The chain days' pairs counted together: a day with one big event weighs as much as its pairs. */
export function poolMergeScores(days: readonly MergeScores[]) {
  const sum = (f: (s: MergeScores) => number): number => days.reduce((a, s) => a + f(s), 0);
  const same = sum((s) => s.pairs.same);
  const merged = sum((s) => s.truePositives);
  const wrong = sum((s) => s.falsePositives);
  // merging alone: the pairs of reports both taken for incidents (every merged pair is one of them); a pair with a
  // report the extractor does not take can never be merged — a miss of the extractor, not of merging
  const bothSame = sum((s) => s.mergeOnly.pairs.same);
  return {
    days: days.length, same, merged, wrong,
    precision: merged + wrong ? merged / (merged + wrong) : 1, recall: same ? merged / same : 1,
    mergeOnly: { same: bothSame, merged, recall: bothSame ? merged / bothSame : 1 },
    /** same-event pairs one of whose reports the extractor did not take for an incident (no alert, no update) */
    missedWithoutReport: same - bothSame,
    farApart: { pairs: sum((s) => s.sameFarApart.pairs), merged: sum((s) => s.sameFarApart.merged) },
    close: { pairs: sum((s) => s.differentClose.pairs), merged: sum((s) => s.differentClose.merged) },
  };
}

function printPooled(days: readonly MergeScores[], out: (line: string) => void): void {
  const p = poolMergeScores(days);
  const r = (n: number, d: number): string => (d ? (n / d).toFixed(3) : "n/a");
  out(`Merging, the ${p.days} chain days pooled: same-event pairs merged ${p.merged}/${p.same} (recall ${r(p.merged, p.same)}), ` +
    `wrong merges ${p.wrong} (precision ${r(p.merged, p.merged + p.wrong)})`);
  out(`  same-event pairs with a report the extractor did not take (never mergeable; no alert, no update): ${p.missedWithoutReport} of the ${p.same - p.merged} missed; ` +
    `merging alone (both reports taken): ${p.mergeOnly.merged}/${p.mergeOnly.same} (recall ${r(p.mergeOnly.merged, p.mergeOnly.same)})`);
  out(`  same-event pairs > 1 h apart: ${p.farApart.merged}/${p.farApart.pairs} merged; different-event pairs < 6 h apart: ${p.close.merged}/${p.close.pairs} wrongly merged`);
}

function printOne(name: string, set: LabelledReport[], windowHours: number, out: (line: string) => void, rule?: RepostRule): MergeScores {
  const s = scoreMerging(set, windowHours, rule);
  const pct = (x: number) => x.toFixed(3);
  const mark = (ok: boolean) => (ok ? "ok" : "BELOW TARGET");
  out(`Merging, ${name} set (${s.reports} reports, ${s.events} events, window ${windowHours} h; pairs: ${s.pairs.same} same-event, ${s.pairs.different} different-event)`);
  out(`  end to end: precision ${pct(s.precision)} (target ≥ ${MERGE_TARGETS.precision}: ${mark(s.precision >= MERGE_TARGETS.precision)})  recall ${pct(s.recall)} (target ≥ ${MERGE_TARGETS.recall}: ${mark(s.recall >= MERGE_TARGETS.recall)})`);
  out(`  merging alone (pairs of reports both taken for incidents: ${s.mergeOnly.pairs.same} same, ${s.mergeOnly.pairs.different} different): precision ${pct(s.mergeOnly.precision)}  recall ${pct(s.mergeOnly.recall)}`);
  out(`  same-event pairs > 1 h apart: ${s.sameFarApart.merged}/${s.sameFarApart.pairs} merged (recall ${pct(s.sameFarApart.recall)})`);
  out(`  different-event pairs < 6 h apart: ${s.differentClose.merged}/${s.differentClose.pairs} wrongly merged (rate ${pct(s.differentClose.rate)})`);
  const ape = s.alertsPerEvent;
  out(`  alerts per real event: ${ape.mean.toFixed(2)} (${ape.alerts} alerts for ${ape.detected} events detected of ${s.events})${ape.worst.length ? `; most: ${ape.worst.slice(0, 5).map((w) => `${w.event} ${w.alerts}`).join(", ")}` : ""}`);
  const hidden = s.hiddenEvents.map((h) => `${h.event} (in ${h.by.map((b) => b ?? "a non-incident post's").join(", ")})`);
  out(`  events with no alert of their own: ${s.hiddenEvents.length} of ${ape.detected}${hidden.length ? `: ${hidden.join(", ")}` : ""}`);
  if (s.missedReports.length) out(`  incident reports not taken for an incident (extractor): ${s.missedReports.join(" ")}`);
  if (s.reposts.length) out(`  reposts of the same words, not analysed by the service and not scored: ${s.reposts.length}`);
  if (s.spuriousReports.length) out(`  non-incident reports taken for one (extractor): ${s.spuriousReports.join(" ")}`);
  const byId = new Map(set.map((r) => [r.id, r]));
  const show = (p: [string, string]) => `${p[0]} (${byId.get(p[0])?.event}) ~ ${p[1]} (${byId.get(p[1])?.event})`;
  for (const p of s.wrongMerges.slice(0, 10)) out(`  wrong merge: ${show(p)}`);
  for (const p of s.missedMerges.slice(0, 10)) out(`  missed merge: ${show(p)}`);
  return s;
}
