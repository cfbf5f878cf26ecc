import { describe, it, expect } from "vitest";
import { loadCorpus } from "../../src/cli/eval.js";
import { evalExtractor } from "../../src/nlp/evaluate.js";

// Regression guard: the dev-corpus metrics must not fall below what the rules reach now
// (targets are F1 ≥ 0.90, province ≥ 0.90, type ≥ 0.85, killed/injured ≥ 0.85).
// The corpus lives beside the repo (../shared/corpus) and is never copied into it.
const FLOOR = { f1: 0.98, province: 0.99, type: 0.94, killed: 0.96, injured: 0.97 }; // reached: 0.984, 0.991, 0.941, 0.968, 0.977

const rows = loadCorpus();
if (!rows) console.warn("corpus not found (../shared/corpus/dev.jsonl or $CORPUS_DIR): skipping the corpus regression test");

describe.skipIf(!rows)("dev corpus regression guard", () => {
  it("stays at or above the reached metrics", () => {
    const r = evalExtractor(rows!);
    expect(r.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(r.province).toBeGreaterThanOrEqual(FLOOR.province);
    expect(r.type).toBeGreaterThanOrEqual(FLOOR.type);
    expect(r.killed).toBeGreaterThanOrEqual(FLOOR.killed);
    expect(r.injured).toBeGreaterThanOrEqual(FLOOR.injured);
  });
});
