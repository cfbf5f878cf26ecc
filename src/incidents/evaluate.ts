// Merge quality on the labelled report set (test/fixtures/merge/): the reports
// go through the service's merging logic in time order (Clusterer, as the
// cluster CLI does), then every pair of reports labelled with an event is
// scored: same event and merged = true positive, different events and merged
// = false positive (a wrong merge hides an attack), same event and not merged
// = false negative (a repeated alert). Time alone separates the easy pairs, so
// the hard ones are reported apart: same-event pairs more than an hour apart
// and different-event pairs less than six hours apart.
import { readFileSync } from "node:fs";
import { Clusterer } from "./clusterer.js";

export interface LabelledReport {
  id: string;
  /** event label; null when the report is not an incident (a statement, a condolence) */
  event: string | null;
  source: string;
  publishedAt: string;
  text: string;
  note?: string;
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
  /** reports labelled as no incident that the pipeline put into one */
  spuriousReports: string[];
  wrongMerges: [string, string][];
  missedMerges: [string, string][];
}

const fixtures = new URL("../../test/fixtures/merge/", import.meta.url);
/** The set the thresholds were tuned on, and a set written afterwards to check them (see its README). */
export const MERGE_SETS = { tuning: new URL("reports.jsonl", fixtures), check: new URL("check.jsonl", fixtures) };

export function readMergeSet(file: URL | string = MERGE_SETS.tuning): LabelledReport[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledReport);
}

const HOUR = 3_600_000;

export function scoreMerging(reports: LabelledReport[], windowHours: number): MergeScores {
  const sorted = [...reports].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  const clusterer = new Clusterer({ windowHours });
  const got = new Map<string, string | null>();
  for (const r of sorted) got.set(r.id, clusterer.add({ text: r.text, publishedAt: new Date(r.publishedAt) }).incident);

  const labelled = sorted.filter((r) => r.event !== null);
  const s: MergeScores = {
    reports: reports.length,
    events: new Set(labelled.map((r) => r.event)).size,
    pairs: { same: 0, different: 0 },
    truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1,
    sameFarApart: { pairs: 0, merged: 0, recall: 1 },
    differentClose: { pairs: 0, merged: 0, rate: 0 },
    missedReports: labelled.filter((r) => got.get(r.id) === null).map((r) => r.id),
    spuriousReports: sorted.filter((r) => r.event === null && got.get(r.id) !== null).map((r) => r.id),
    wrongMerges: [], missedMerges: [],
    mergeOnly: { pairs: { same: 0, different: 0 }, precision: 1, recall: 1 },
  };
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
}

/** Prints the merge scores of each labelled set (for `npm run eval`); returns them by set name. */
export function printMergeReport(opts: MergeReportOptions = {}): Record<string, MergeScores> {
  const out = opts.out ?? ((l: string) => console.log(l));
  const windowHours = opts.windowHours ?? Number(process.env.MERGE_WINDOW_HOURS || 12);
  const scores: Record<string, MergeScores> = {};
  for (const [name, file] of Object.entries(opts.sets ?? MERGE_SETS)) scores[name] = printOne(name, readMergeSet(file), windowHours, out);
  return scores;
}

function printOne(name: string, set: LabelledReport[], windowHours: number, out: (line: string) => void): MergeScores {
  const s = scoreMerging(set, windowHours);
  const pct = (x: number) => x.toFixed(3);
  const mark = (ok: boolean) => (ok ? "ok" : "BELOW TARGET");
  out(`Merging, ${name} set (${s.reports} reports, ${s.events} events, window ${windowHours} h; pairs: ${s.pairs.same} same-event, ${s.pairs.different} different-event)`);
  out(`  end to end: precision ${pct(s.precision)} (target ≥ ${MERGE_TARGETS.precision}: ${mark(s.precision >= MERGE_TARGETS.precision)})  recall ${pct(s.recall)} (target ≥ ${MERGE_TARGETS.recall}: ${mark(s.recall >= MERGE_TARGETS.recall)})`);
  out(`  merging alone (pairs of reports both taken for incidents: ${s.mergeOnly.pairs.same} same, ${s.mergeOnly.pairs.different} different): precision ${pct(s.mergeOnly.precision)}  recall ${pct(s.mergeOnly.recall)}`);
  out(`  same-event pairs > 1 h apart: ${s.sameFarApart.merged}/${s.sameFarApart.pairs} merged (recall ${pct(s.sameFarApart.recall)})`);
  out(`  different-event pairs < 6 h apart: ${s.differentClose.merged}/${s.differentClose.pairs} wrongly merged (rate ${pct(s.differentClose.rate)})`);
  if (s.missedReports.length) out(`  incident reports not taken for an incident (extractor): ${s.missedReports.join(" ")}`);
  if (s.spuriousReports.length) out(`  non-incident reports taken for one (extractor): ${s.spuriousReports.join(" ")}`);
  const byId = new Map(set.map((r) => [r.id, r]));
  const show = (p: [string, string]) => `${p[0]} (${byId.get(p[0])?.event}) ~ ${p[1]} (${byId.get(p[1])?.event})`;
  for (const p of s.wrongMerges.slice(0, 10)) out(`  wrong merge: ${show(p)}`);
  for (const p of s.missedMerges.slice(0, 10)) out(`  missed merge: ${show(p)}`);
  return s;
}
