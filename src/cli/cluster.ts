// `npm run -s cluster -- --jsonl [FILE]` (or `--jsonl < FILE`): the service's merging logic
// on reports read from FILE, or from stdin when none (or «-») is given. Each input line is {"id", "text", "publishedAt"}
// (ISO 8601, in time order); each output line is {"id", "incident"}: reports
// judged to be one event share the incident key, reports that are not Iraqi
// incidents get null; a line repeating the words of one seen within 48 hours goes
// where that one went (the store's rule: the service never analyses it again). One output line per input line, in order — other tools
// rely on this contract. The merge window is MERGE_WINDOW_HOURS, as in the service.
// A line with no incident is written once the stream is FOLLOW_UP_REACH past
// it (or at the end): an incident opened minutes later may take it back. (Input
// out of time order may see such a line written before it is taken back.)
import "./v8-budget.js"; // first: before the rule modules load
import { createInterface } from "node:readline";
import { jsonlInput } from "./input-file.js";
import { ConfigError, loadConfig } from "../config.js";
import { Clusterer } from "../incidents/clusterer.js";
import { FOLLOW_UP_REACH } from "../incidents/merge.js";
import { SameWordsMemory } from "../sources/same-words.js";
import { stopQuietlyOnClosedPipe } from "./closed-pipe.js";

export interface ClusterLine {
  id: unknown;
  incident: string | null;
}

/** Parses one input line. */
function parseLine(line: string): { id: unknown; text: string; publishedAt: Date } | { id: unknown; error: string } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { id: null, error: "not JSON" };
  }
  const o = (obj ?? {}) as Record<string, unknown>;
  const id = o.id ?? null;
  if (typeof o.text !== "string") return { id, error: "no text" };
  const publishedAt = new Date(typeof o.publishedAt === "string" || typeof o.publishedAt === "number" ? o.publishedAt : NaN);
  if (Number.isNaN(publishedAt.getTime())) return { id, error: "publishedAt is not an ISO 8601 time" };
  return { id, text: o.text, publishedAt };
}

/** Clusters JSONL lines; `write` gets each output line (without newline). */
export async function clusterJsonl(lines: AsyncIterable<string>, windowHours: number, write: (line: string) => void, warn: (msg: string) => void): Promise<void> {
  const clusterer = new Clusterer({ windowHours });
  /** lines not written yet, in input order; `report`: the Clusterer's number for the line (adopted lines) */
  const queue: { line: ClusterLine; at: number; report: number | null }[] = [];
  const flush = (now: number) => {
    while (queue[0] && (queue[0].line.incident !== null || queue[0].report === null || now - queue[0].at > FOLLOW_UP_REACH)) {
      write(JSON.stringify(queue.shift()!.line));
    }
  };
  const sameWords = new SameWordsMemory<number>();
  /** the incident of each report the Clusterer was given, by its number */
  const incidentOf: (string | null)[] = [];
  let n = 0;
  let added = 0;
  let now = -Infinity;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const r = parseLine(line);
    if ("error" in r) {
      warn(`line ${n}: ${r.error}`);
      queue.push({ line: { id: r.id, incident: null }, at: now, report: null });
      flush(now);
      continue;
    }
    now = Math.max(now, r.publishedAt.getTime());
    // a repost of words seen lately is the same item, as the service's store reads it: never analysed again, it
    // goes where the post it repeats went (then or later, when an incident takes that one back)
    const of = sameWords.repeatOf(r, added);
    if (of !== null) {
      queue.push({ line: { id: r.id, incident: incidentOf[of] ?? null }, at: r.publishedAt.getTime(), report: of });
      flush(now);
      continue;
    }
    const res = clusterer.add({ text: r.text, publishedAt: r.publishedAt });
    incidentOf.push(res.incident);
    queue.push({ line: { id: r.id, incident: res.incident }, at: r.publishedAt.getTime(), report: added++ });
    for (const a of res.adopted) {
      incidentOf[a.report] = a.incident;
      for (const q of queue) if (q.report === a.report) q.line.incident = a.incident;
    }
    flush(now);
  }
  flush(Infinity);
}

async function main(argv: string[]): Promise<void> {
  const input = argv.includes("--jsonl") ? jsonlInput("cluster", argv) : "usage";
  if (input === "usage") {
    console.error("usage: npm run -s cluster -- --jsonl [FILE | -] (default: stdin)\n  reads {\"id\",\"text\",\"publishedAt\"} lines, writes {\"id\",\"incident\"} lines");
    process.exit(2);
  }
  if (!input) process.exit(2);
  let windowHours: number;
  try {
    windowHours = loadConfig().MERGE_WINDOW_HOURS;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const rl = createInterface({ input, crlfDelay: Infinity });
  await clusterJsonl(rl, windowHours, (l) => process.stdout.write(l + "\n"), (m) => console.error(m));
}

// run directly, or from its bundle (bundled.mjs sets argv[1] to this file), not when imported by a test
if (process.argv[1] && /(^|[\\/])src[\\/]cli[\\/]cluster\.ts$/.test(process.argv[1])) {
  stopQuietlyOnClosedPipe();
  main(process.argv.slice(2)).catch((err) => {
    console.error(`fatal: ${(err as Error).message}`);
    process.exit(1);
  });
}
