// Throughput of analyzeReport on one core, on fixed inputs (the same every run):
//   stream — the whole real channel stream (../shared/corpus/stream.jsonl, ~10,600 posts, 3 in 100 Iraqi
//            incidents): what the service actually sees; the target (≥ 10,000 posts/s) applies to it;
//   dev    — the labelled dev corpus (446 posts, half of them incidents, long article pages): the
//            incident-heavy worst case, printed for comparison.
// Each input is analysed once to warm up, then repeated until ≥ 2 s. Printed: posts, seconds (wall and
// CPU of this process), posts/s on the wall clock and per CPU second (steadier on a shared machine).
// Then the path a user pays for once: `npm run -s analyze -- --jsonl FILE` as a fresh process (its npm
// script, as a user runs it), pinned to one core with `taskset` when there is one, three runs, median
// of the figure it prints (its analysis time: start-up excluded, V8's warm-up included) and of posts per
// second of the whole run (npm, node and the CLI's start-up included).
// Run alone with `npx tsx bench/nlp.ts`, or `npm run bench -- nlp`.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { analyzeReport } from "../src/nlp/index.js";
import { corpusDir } from "../src/incidents/evaluate.js";

interface Post { text: string; publishedAt: Date }

function load(path: string): Post[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => {
    const r = JSON.parse(l) as { text: string; publishedAt?: string };
    return { text: r.text, publishedAt: new Date(r.publishedAt ?? "2026-06-01T12:00:00Z") };
  });
}

export function measure(posts: readonly Post[], minMs = 2000): { posts: number; wall: number; cpu: number } {
  for (const p of posts) analyzeReport({ title: "", text: p.text, publishedAt: p.publishedAt });
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const p of posts) analyzeReport({ title: "", text: p.text, publishedAt: p.publishedAt });
    n += posts.length;
    elapsed = performance.now() - t0;
  }
  const c = process.cpuUsage(c0);
  return { posts: n, wall: elapsed / 1000, cpu: (c.user + c.system) / 1e6 };
}

export async function benchNlp(): Promise<void> {
  const dir = corpusDir();
  for (const [name, file] of [["stream", "stream.jsonl"], ["dev", "dev.jsonl"]] as const) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      console.log(`nlp ${name}: ${path} not found, skipping`);
      continue;
    }
    const posts = load(path);
    const r = measure(posts);
    console.log(`nlp ${name} (${file}, ${posts.length} posts): ${r.posts} posts in ${r.wall.toFixed(2)} s wall / ` +
      `${r.cpu.toFixed(2)} s CPU = ${Math.round(r.posts / r.wall)} posts/s wall, ${Math.round(r.posts / r.cpu)} posts/CPU-s` +
      (name === "stream" ? " (target ≥ 10000, one core)" : ""));
  }
  for (const [name, file] of [["stream", "stream.jsonl"], ["dev", "dev.jsonl"]] as const) {
    const path = join(dir, file);
    if (existsSync(path)) cliOnce(name, path);
  }
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));
let pinnable: boolean | undefined;
/** Whether this machine can pin a process to core 0 (taskset present and core 0 allowed); asked once. */
function canPin(): boolean {
  pinnable ??= spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  return pinnable;
}

/**
 * `analyze --jsonl` as a fresh process, three times: the median of the posts/s it prints (the analysis) and of
 * posts over the whole run, npm and start-up included (what a user timing the command sees).
 */
function cliOnce(name: string, file: string): void {
  const path = resolve(file); // the child runs in the project's folder
  const pinned = canPin();
  const runs: number[] = [];
  const whole: number[] = [];
  let posts = "?";
  for (let k = 0; k < 3; k++) {
    const cmd = ["npm", "run", "-s", "analyze", "--", "--jsonl", path];
    const t0 = performance.now();
    const r = pinned ? spawnSync("taskset", ["-c", "0", ...cmd], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 })
      : spawnSync(cmd[0]!, cmd.slice(1), { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
    const secs = (performance.now() - t0) / 1000;
    const m = /analyzed (\d+) posts in [\d.]+ s \((\d+) posts\/s/.exec(r.stderr ?? "");
    if (!m) { console.log(`nlp cli ${name}: no figure printed (${(r.stderr ?? "").trim().slice(0, 200)})`); return; }
    posts = m[1]!;
    runs.push(Number(m[2]));
    whole.push(Math.round(Number(posts) / secs));
  }
  runs.sort((a, b) => a - b);
  whole.sort((a, b) => a - b);
  console.log(`nlp cli ${name} (npm run analyze -- --jsonl, ${posts} posts, fresh process, ${pinned ? "one core" : "not pinned: taskset could not pin to core 0"}): ` +
    `median ${runs[1]} posts/s as printed (runs ${runs.join(", ")}); whole run, npm and start-up included: median ${whole[1]} posts/s (runs ${whole.join(", ")})` +
    (name === "stream" ? " (target ≥ 10000, never below 5000)" : ""));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void benchNlp();
}
