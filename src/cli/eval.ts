// `npm run eval`: scores the extractor on the dev corpus. Other sections (merge quality)
// can be appended after printExtractorReport().

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { evalExtractor } from "../nlp/evaluate.js";
import type { LabelledRow, ExtractorReport } from "../nlp/evaluate.js";
import { printMergeReport } from "../incidents/index.js";
import { corpusDir } from "../incidents/evaluate.js";

export { corpusDir };

export function loadCorpus(file = "dev.jsonl"): LabelledRow[] | null {
  return loadJsonl(join(corpusDir(), file));
}

/** Labelled rows from any JSONL file in the corpus format (null when the file is missing). */
export function loadJsonl(path: string): LabelledRow[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledRow);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function printExtractorReport(rows?: LabelledRow[] | null, out: (s: string) => void = console.log): ExtractorReport | null {
  const data = rows ?? loadCorpus();
  if (!data) {
    out(`corpus not found at ${join(corpusDir(), "dev.jsonl")}, skipping`);
    return null;
  }
  const r = evalExtractor(data);
  out(`== extractor (${r.n} posts: tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})`);
  out(`incident  precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}`);
  out(`province  ${pct(r.province)}   type ${pct(r.type)}   killed ${pct(r.killed)}   injured ${pct(r.injured)}`);
  if (r.misses.length) {
    out(`-- misses (${r.misses.length})`);
    for (const m of r.misses) out(`${m.id}\t${m.kind}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}\t${m.reason}`);
  }
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `npm run -s eval -- --file test/nlp/fixtures/challenge.jsonl` scores any labelled JSONL file
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const k = args.indexOf("--file");
  if (k >= 0) {
    const path = args[k + 1];
    const rows = path ? loadJsonl(path) : null;
    if (!rows) {
      console.error(`usage: eval [--file <labelled.jsonl>] (file not found: ${path ?? "-"})`);
      process.exitCode = 2;
    } else printExtractorReport(rows);
  } else {
    printExtractorReport();
    console.log("");
    printMergeReport();
  }
}
