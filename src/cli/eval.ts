// `npm run eval`: scores the extractor on the dev corpus. Other sections (merge quality)
// can be appended after printExtractorReport().

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { evalExtractor, evalPlaces, evalTollsAbroad } from "../nlp/evaluate.js";
import type { AbroadLabel, LabelledRow, ExtractorReport, PlaceLabel } from "../nlp/evaluate.js";
import { printAlertRounds, printMergeReport } from "../incidents/index.js";
import { corpusDir } from "../incidents/evaluate.js";
import { sameWordsRepeats } from "../sources/same-words.js";
import { stopQuietlyOnClosedPipe } from "./closed-pipe.js";

export { corpusDir };

export function loadCorpus(file = "dev.jsonl"): LabelledRow[] | null {
  return loadJsonl(join(corpusDir(), file));
}

/** A labelled file that cannot be scored; the message names the file and the line. */
export class LabelledFileError extends Error {}

/**
 * Labelled rows from any JSONL file in the corpus format (null when the file is
 * missing). A folder, a line that is not JSON or a row without its text and
 * `iraq_incident` label throws a LabelledFileError naming the line.
 */
export function loadJsonl(path: string): LabelledRow[] | null {
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) throw new LabelledFileError(`${path} is a folder, not a JSONL file`);
  const rows: LabelledRow[] = [];
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new LabelledFileError(`${path}:${i + 1}: not JSON`);
    }
    const r = row as Partial<LabelledRow> | null;
    if (!r || typeof r !== "object" || typeof r.text !== "string" || typeof r.iraq_incident !== "boolean") {
      throw new LabelledFileError(`${path}:${i + 1}: not a labelled row (needs "text" and "iraq_incident")`);
    }
    rows.push(r as LabelledRow);
  });
  return rows;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Blind-round labels kept in the repo: ids and fields, never texts (test/nlp/fixtures/blind-r*.jsonl). */
export const BLIND_DIR = fileURLToPath(new URL("../../test/nlp/fixtures/", import.meta.url));

/** Texts of the real stream by id (null when ../shared/corpus/stream.jsonl is absent). */
let streamCache: Map<string, { text: string; publishedAt: string }> | null | undefined;
export function streamTexts(): Map<string, { text: string; publishedAt: string }> | null {
  if (streamCache !== undefined) return streamCache;
  const path = join(corpusDir(), "stream.jsonl");
  if (!existsSync(path)) return (streamCache = null);
  streamCache = new Map();
  for (const l of readFileSync(path, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as { id: string; text: string; publishedAt: string };
    streamCache.set(r.id, { text: r.text, publishedAt: r.publishedAt });
  }
  return streamCache;
}

/** A round's labels (ids and fields, one JSON object a line) joined with their texts from the stream; null when the
 * stream is absent. Labels whose post is not in the stream are reported in `missing`. */
function joinWithStream<T extends { id: string }>(file: string, withDev = false): { rows: (T & { text: string; publishedAt: string })[]; missing: string[] } | null {
  const stream = streamTexts();
  if (!stream) return null;
  let texts = stream;
  // a round that also holds dev posts (a news site's articles are not in the channel's stream) reads them there
  if (withDev) {
    const dev = loadCorpus();
    if (!dev) return null;
    texts = new Map([...dev.map((r) => [r.id, { text: r.text, publishedAt: r.publishedAt ?? "2026-06-01T12:00:00Z" }] as const), ...stream]);
  }
  const rows: (T & { text: string; publishedAt: string })[] = [];
  const missing: string[] = [];
  for (const l of readFileSync(join(BLIND_DIR, file), "utf8").split("\n")) {
    if (!l.trim()) continue;
    const lab = JSON.parse(l) as T;
    const post = texts.get(lab.id);
    if (post) rows.push({ ...lab, text: post.text, publishedAt: post.publishedAt });
    else missing.push(lab.id);
  }
  return { rows, missing };
}

/** The round files of BLIND_DIR whose names match `name`, in order. */
const roundFiles = (name: RegExp): string[] => (existsSync(BLIND_DIR) ? readdirSync(BLIND_DIR).filter((f) => name.test(f)).sort() : []);

/** A blind round's labels joined with their texts from the stream; null when the stream is absent. */
export function loadBlindRound(file: string): { rows: LabelledRow[]; missing: string[] } | null {
  return joinWithStream<Omit<LabelledRow, "text">>(file);
}

export function blindRoundFiles(): string[] {
  return roundFiles(/^blind-r\d+\.jsonl$/);
}

/** Every blind round in the repo, scored on texts read from the stream. */
export function printBlindRounds(out: (s: string) => void = console.log): void {
  for (const file of blindRoundFiles()) {
    const round = loadBlindRound(file);
    if (!round) {
      out(`blind round ${file}: ${join(corpusDir(), "stream.jsonl")} not found (the texts live there, never in the repo), skipping`);
      continue;
    }
    out(`blind round ${file} (texts from the stream${round.missing.length ? `; ${round.missing.length} ids not in it: ${round.missing.join(" ")}` : ""})`);
    printExtractorReport(round.rows, out);
  }
}

/** Rounds of reports from abroad (abroad-r*.jsonl): labels of the toll and type, read as if Iraq were not
 * required — their incidents are never alerts, so they measure the toll and type rules alone. */
export function abroadRoundFiles(): string[] {
  return roundFiles(/^abroad-r\d+\.jsonl$/);
}

/** An abroad round's labels joined with their texts from the stream; null when the stream is absent. */
export function loadAbroadRound(file: string): { rows: AbroadLabel[]; missing: string[] } | null {
  return joinWithStream<Omit<AbroadLabel, "text">>(file);
}

/** Every abroad round, scored on texts read from the stream. */
export function printAbroadRounds(out: (s: string) => void = console.log): void {
  for (const file of abroadRoundFiles()) {
    const round = loadAbroadRound(file);
    if (!round) {
      out(`round ${file}: ${join(corpusDir(), "stream.jsonl")} not found (the texts live there, never in the repo), skipping`);
      continue;
    }
    const r = evalTollsAbroad(round.rows);
    const of = (x: number): string => (r.n ? `${x}/${r.n} = ${(x / r.n).toFixed(3)}` : "n/a");
    out(`tolls and types of reports from abroad, ${file} (${round.rows.length} posts, ${r.n} incidents; texts from the stream)`);
    const stated = (x: { labelled: number; exact: number }): string => `${x.exact}/${x.labelled}${x.labelled ? ` = ${(x.exact / x.labelled).toFixed(3)}` : ""}`;
    out(`  type ${of(r.type)}   killed ${of(r.killed)}   injured ${of(r.injured)}`);
    out(`  of the stated tolls: killed ${stated(r.killedStated)}   injured ${stated(r.injuredStated)}`);
    out(`  figures the text does not state: ${r.invented}   stated but not read: ${r.unread}   read as another number: ${r.wrong}` +
      `   combined figures read exactly: ${r.combined.exact}/${r.combined.labelled}   lower bounds marked: ${r.atLeast.exact}/${r.atLeast.labelled}`);
    for (const m of r.misses) out(`  ${m.id}\t${m.kind}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}\t${m.reason}`);
  }
}

/** Rounds of places (places-r*.jsonl): where each incident happened, to the place; posts of the stream and of dev. */
export function placeRoundFiles(): string[] {
  return roundFiles(/^places-r\d+\.jsonl$/);
}

/** A places round's labels joined with their texts (the stream's, dev's); null when the corpus is absent. */
export function loadPlaceRound(file: string): { rows: PlaceLabel[]; missing: string[] } | null {
  return joinWithStream<Omit<PlaceLabel, "text">>(file, true);
}

/** Every places round, scored on texts read from the corpus. */
export function printPlaceRounds(out: (s: string) => void = console.log): void {
  for (const file of placeRoundFiles()) {
    const round = loadPlaceRound(file);
    if (!round) {
      out(`round ${file}: the corpus (${corpusDir()}) not found (the texts live there, never in the repo), skipping`);
      continue;
    }
    const r = evalPlaces(round.rows);
    const v = r.verdicts;
    const of = (x: number): string => (r.n ? `${x} (${(x / r.n).toFixed(3)})` : "n/a");
    out(`places, ${file} (${round.rows.length} posts; ${r.n} labelled incidents the service alerts; texts from the corpus)`);
    out(`  the alert's place: the labelled one ${of(v.same)}   a larger area holding it ${of(v.coarser)}   another place ${of(v.other)}` +
      ` (in another province: ${r.otherProvince})   none ${of(v.none)}   a place where the text names none ${of(v.unplaced)}`);
    for (const m of r.misses) out(`  ${m.id}\t${m.kind}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}\t${m.reason}`);
  }
}

export function printExtractorReport(rows?: LabelledRow[] | null, out: (s: string) => void = console.log): ExtractorReport | null {
  const data = rows ?? loadCorpus();
  if (!data) {
    out(`corpus not found at ${join(corpusDir(), "dev.jsonl")}, skipping`);
    return null;
  }
  const r = evalExtractor(data);
  out(`== extractor (${r.n} posts: tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})`);
  // a share of nothing is no figure: a recall-only round (no alert among its posts) has no precision, and with
  // no incident found nothing to read a province or a toll from
  const of = (x: number, n: number): string => (n ? pct(x) : "n/a");
  out(`incident  precision ${of(r.precision, r.tp + r.fp)}  recall ${of(r.recall, r.tp + r.fn)}  F1 ${of(r.f1, r.tp)}`);
  out(`province  ${of(r.province, r.tp)}   type ${of(r.type, r.tp)}   killed ${of(r.killed, r.tp)}   injured ${of(r.injured, r.tp)}`);
  out(`tolls stated where the text states none: ${r.invented} of ${r.tp}` +
    (r.combined.labelled ? `   combined figures read exactly: ${r.combined.exact} of ${r.combined.labelled}` : ""));
  if (r.misses.length) {
    out(`-- misses (${r.misses.length})`);
    for (const m of r.misses) out(`${m.id}\t${m.kind}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}\t${m.reason}`);
  }
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  stopQuietlyOnClosedPipe();
  // `npm run -s eval -- --file test/nlp/fixtures/challenge.jsonl` scores any labelled JSONL file
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const k = args.indexOf("--file");
  if (k >= 0) {
    const path = args[k + 1];
    let rows: LabelledRow[] | null = null;
    try {
      rows = path ? loadJsonl(path) : null;
    } catch (err) {
      if (!(err instanceof LabelledFileError)) throw err;
      console.error(`eval: ${err.message}`);
      process.exit(2);
    }
    if (!rows) {
      console.error(`usage: eval [--file <labelled.jsonl>] (file not found: ${path ?? "-"})`);
      process.exitCode = 2;
    } else printExtractorReport(rows);
  } else {
    console.log("dev corpus (../shared/corpus/dev.jsonl)");
    printExtractorReport();
    console.log("");
    printBlindRounds();
    console.log("");
    printAbroadRounds();
    console.log("");
    printPlaceRounds();
    console.log("");
    // reposts the store would not keep are no reports (sources/, beside incidents/, owns the rule)
    printMergeReport({ reposts: sameWordsRepeats });
    console.log("");
    printAlertRounds(console.log, undefined, sameWordsRepeats);
  }
}
