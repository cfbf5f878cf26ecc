// `npm run -s analyze -- FILE` (or `-` for stdin) prints the analysis of one text file as JSON.
// `npm run -s analyze -- --jsonl [FILE] < in.jsonl` reads (from FILE when given, else stdin) {"id","text"[,"publishedAt"]} lines and writes
// {"id","incidents":[{provinces,place,type,killed,injured,perpetrator,summary,…}]} lines (stable contract:
// fields are only ever added beside these — `casualties`, a combined killed-and-injured figure, and
// `atLeast`, the lower-bound mark of a stated toll). One output line per non-empty input line, in order;
// a line that is not a JSON object still gets `{"id":null,"incidents":[]}` and a line-numbered warning
// on stderr. At the end it prints `analyzed N posts in S s (R posts/s)` on stderr (analysis time, from the
// first line read to the last line written; process start-up excluded). It raises V8's interrupt
// budget before the rules load (v8-budget.ts; the README's speed paragraph).

import "./v8-budget.js"; // first: before the rule modules load
import { readFileSync } from "node:fs";
import { checkFile, jsonlInput } from "./input-file.js";
import { analyzeReport, reportedIncidents } from "../nlp/index.js";
import type { IncidentFacts } from "../nlp/index.js";
import { eachLine } from "./lines.js";
import { stopQuietlyOnClosedPipe } from "./closed-pipe.js";

const DEFAULT_DATE = "2026-06-01T12:00:00Z";

function dateOf(v: unknown): Date {
  const d = typeof v === "string" || typeof v === "number" ? new Date(v) : new Date(DEFAULT_DATE);
  return Number.isFinite(d.getTime()) ? d : new Date(DEFAULT_DATE);
}

export function incidentJson(f: IncidentFacts) {
  return {
    provinces: f.provinces, place: f.place, type: f.type, killed: f.killed, injured: f.injured,
    perpetrator: f.perpetrator, summary: f.summary, casualties: f.casualties, atLeast: f.atLeast,
  };
}

function incidentsOf(text: string, publishedAt: Date) {
  return reportedIncidents({ title: "", text, publishedAt }).map(incidentJson);
}

/** Analyses one JSONL line (the `lineNo`-th of its file) into its output line, with its newline; a line
 * that cannot be read is answered all the same and `warn`ed about. */
export function analyzeLine(line: string, lineNo: number, warn: (msg: string) => void): string {
  let id: unknown = null;
  let incidents: ReturnType<typeof incidentsOf> = [];
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (e) {
    warn(`line ${lineNo}: not JSON (${(e as Error).message.slice(0, 80)})`);
  }
  if (row !== undefined) {
    if (!row || typeof row !== "object" || Array.isArray(row)) warn(`line ${lineNo}: not a JSON object`);
    else {
      const r = row as { id?: unknown; text?: unknown; publishedAt?: unknown };
      id = r.id ?? null;
      if (typeof r.text !== "string") warn(`line ${lineNo}: no "text" string`);
      incidents = incidentsOf(typeof r.text === "string" ? r.text : "", dateOf(r.publishedAt));
    }
  }
  return `${JSON.stringify({ id, incidents })}\n`;
}

/** Analyses JSONL lines one at a time: `write` gets each output line (with its newline), `warn` each
 * bad line; `posts` counts the non-empty lines. */
export function jsonlAnalyzer(write: (s: string) => void, warn: (msg: string) => void) {
  let lineNo = 0;
  let posts = 0;
  return {
    line(line: string): void {
      lineNo++;
      if (!line.trim()) return;
      posts++;
      write(analyzeLine(line, lineNo, warn));
    },
    get posts() { return posts; },
  };
}

/** `jsonlAnalyzer` over a sequence of lines; returns the number of non-empty lines. */
export async function analyzeJsonl(lines: AsyncIterable<string> | Iterable<string>, write: (s: string) => void, warn: (msg: string) => void): Promise<number> {
  const analyzer = jsonlAnalyzer(write, warn);
  for await (const line of lines) analyzer.line(line);
  return analyzer.posts;
}

async function jsonl(input: NodeJS.ReadableStream): Promise<void> {
  // output is buffered and written in blocks: one write per line costs more than the analysis
  let buf: string[] = [];
  let size = 0;
  const flush = () => { if (buf.length) { process.stdout.write(buf.join("")); buf = []; size = 0; } };
  const analyzer = jsonlAnalyzer((s) => { buf.push(s); size += s.length; if (size > 1 << 16) flush(); },
    (m) => process.stderr.write(`analyze: ${m}\n`));
  let t0 = 0;
  let c0: NodeJS.CpuUsage | null = null;
  await eachLine(input, (line) => {
    if (!t0) { t0 = performance.now(); c0 = process.cpuUsage(); }
    analyzer.line(line);
  });
  const posts = analyzer.posts;
  flush();
  const secs = t0 ? (performance.now() - t0) / 1000 : 0;
  const c = c0 ? process.cpuUsage(c0) : { user: 0, system: 0 };
  const cpu = (c.user + c.system) / 1e6;
  // CPU seconds too: on a shared machine the wall clock also counts time spent waiting for a core
  process.stderr.write(`analyzed ${posts} posts in ${secs.toFixed(2)} s (${secs ? Math.round(posts / secs) : 0} posts/s; ` +
    `${cpu.toFixed(2)} s CPU, ${cpu ? Math.round(posts / cpu) : 0} posts/CPU-s)\n`);
}

function readInput(file: string): string | null {
  if (file === "-") return readFileSync(0, "utf8");
  return checkFile("analyze", file) ? readFileSync(file, "utf8") : null;
}

function usage(): void {
  process.stderr.write("usage: npm run -s analyze -- FILE | - | --jsonl [FILE | -] (default: stdin)\n");
  process.exitCode = 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--jsonl")) {
    const input = jsonlInput("analyze", args);
    if (input === "usage") return usage();
    if (!input) { process.exitCode = 2; return; }
    return jsonl(input);
  }
  const file = args[0];
  if (!file) return usage();
  const text = readInput(file);
  if (text === null) { process.exitCode = 2; return; }
  const stories = analyzeReport({ title: "", text, publishedAt: new Date(DEFAULT_DATE) });
  process.stdout.write(`${JSON.stringify(stories.map(({ text: _t, ...s }) => s), null, 2)}\n`);
}

// run directly, or from its bundle (bundled.mjs sets argv[1] to this file), not when imported by a test
if (process.argv[1] && /(^|[\\/])src[\\/]cli[\\/]analyze\.ts$/.test(process.argv[1])) {
  stopQuietlyOnClosedPipe();
  void main();
}
