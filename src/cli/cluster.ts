// `npm run -s cluster -- --jsonl < reports.jsonl`: the service's merging logic
// on reports read from stdin. Each input line is {"id", "text", "publishedAt"}
// (ISO 8601, in time order); each output line is {"id", "incident"}: reports
// judged to be one event share the incident key, reports that are not Iraqi
// incidents get null. One output line per input line, in order — other tools
// rely on this contract. The merge window is MERGE_WINDOW_HOURS, as in the service.
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { ConfigError, loadConfig } from "../config.js";
import { Clusterer } from "../incidents/clusterer.js";

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
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const r = parseLine(line);
    if ("error" in r) {
      warn(`line ${n}: ${r.error}`);
      write(JSON.stringify({ id: r.id, incident: null } satisfies ClusterLine));
      continue;
    }
    const { incident } = clusterer.add({ text: r.text, publishedAt: r.publishedAt });
    write(JSON.stringify({ id: r.id, incident } satisfies ClusterLine));
  }
}

async function main(argv: string[]): Promise<void> {
  if (!argv.includes("--jsonl")) {
    console.error("usage: npm run -s cluster -- --jsonl < reports.jsonl\n  reads {\"id\",\"text\",\"publishedAt\"} lines, writes {\"id\",\"incident\"} lines");
    process.exit(2);
  }
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
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  await clusterJsonl(rl, windowHours, (l) => process.stdout.write(l + "\n"), (m) => console.error(m));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`fatal: ${(err as Error).message}`);
    process.exit(1);
  });
}
