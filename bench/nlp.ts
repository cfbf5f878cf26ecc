// Throughput of analyzeReport over the dev corpus on one core (the corpus repeated until ≥ 2 s).
// Run alone with `npx tsx bench/nlp.ts`, or from bench/run.ts via benchNlp().

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { analyzeReport } from "../src/nlp/index.js";

export async function benchNlp(): Promise<void> {
  const dir = process.env.CORPUS_DIR ?? fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
  const path = join(dir, "dev.jsonl");
  if (!existsSync(path)) {
    console.log(`nlp bench: corpus not found at ${path}, skipping`);
    return;
  }
  const texts = readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const publishedAt = new Date("2026-06-01T12:00:00Z");
  // warm-up (builds the gazetteer index once)
  for (const text of texts) analyzeReport({ title: "", text, publishedAt });
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (const text of texts) analyzeReport({ title: "", text, publishedAt });
    n += texts.length;
    elapsed = performance.now() - t0;
  }
  const rate = (n / elapsed) * 1000;
  console.log(`nlp: ${Math.round(rate)} posts/s (${n} posts in ${(elapsed / 1000).toFixed(2)} s, one core; target ≥ 5000)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void benchNlp();
}
