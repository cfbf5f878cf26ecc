import { describe, it, expect } from "vitest";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../../src/cli/eval.js";
import { evalExtractor } from "../../src/nlp/evaluate.js";

// Regression guard on the hand-written challenge sets (test/nlp/fixtures/challenge*.jsonl): posts
// written for this repo (not from the dev corpus and not paraphrases of it) in the styles of Iraqi
// news sites and Telegram channels, labelled by the corpus rules (../shared/corpus/README.md), that
// cover what the dev corpus lacks: every province, every type, casualty phrasings, hard negatives.
// - challenge.jsonl (186): written first; the rules were then fixed against its misses.
// - challenge-2.jsonl (81), challenge-3.jsonl (66), challenge-4.jsonl (37), challenge-5.jsonl (34), challenge-6.jsonl (46),
//   challenge-7.jsonl (81), challenge-8.jsonl (54):
//   written later, one at a
//   time, and each scored BEFORE any fix
//   aimed at them, to measure generalisation (see the commit log for the before figures).
// Score any of them with `npm run -s eval -- --file test/nlp/fixtures/challenge.jsonl`.
// Floors sit a little under the reached figures so that one changed reading does not fail CI.
const SETS: Record<string, { f1: number; province: number; type: number; killed: number; injured: number; n: number }> = {
  // reached 0.996, 0.992, 1.000, 0.992, 1.000 (before the fixes: 0.917, 0.959, 0.893, 0.918, 0.943)
  "challenge.jsonl": { n: 150, f1: 0.98, province: 0.97, type: 0.97, killed: 0.97, injured: 0.97 },
  // reached 1.000 on every figure (before: 0.863, 1.000, 0.977, 0.909, 0.977)
  "challenge-2.jsonl": { n: 60, f1: 0.97, province: 0.97, type: 0.95, killed: 0.95, injured: 0.95 },
  // reached 1.000, 1.000, 0.951, 1.000, 1.000 (before: 0.976, 1.000, 0.805, 0.976, 1.000)
  "challenge-3.jsonl": { n: 60, f1: 0.97, province: 0.97, type: 0.92, killed: 0.95, injured: 0.95 },
  // reached 0.952, 1.000, 1.000, 1.000, 1.000 (before: 0.864, 0.947, 0.947, 1.000, 1.000)
  "challenge-4.jsonl": { n: 35, f1: 0.92, province: 0.95, type: 0.95, killed: 0.95, injured: 0.95 },
  // channel-style posts of the 2026 war stream; reached 1.000 on every figure (before: 0.950, 1.000, 0.947, 0.947, 1.000;
  // the untuned rules of the first commit: 0.976, 1.000, 0.950, 0.950, 0.950)
  "challenge-5.jsonl": { n: 30, f1: 0.95, province: 0.95, type: 0.92, killed: 0.92, injured: 0.92 },
  // thin 29-July-style follow-ups, long multi-incident articles with preliminary/final tolls, reference-point
  // places, numbers that are not tolls; reached 0.987, 1.000, 0.973, 1.000, 1.000 (before: 0.973, 0.972, 0.972,
  // 0.944, 0.972). Left: a thin «قصف» follow-up typed airstrike only by its wave's context, and a base the post
  // does not place in Iraq.
  "challenge-6.jsonl": { n: 40, f1: 0.95, province: 0.95, type: 0.94, killed: 0.95, injured: 0.95 },
  // NAYA-channel style 2026 posts (one-liners, digests, follow-ups, regional negatives); reached 1.000, 1.000, 0.978,
  // 1.000, 1.000 (before: 0.977, 1.000, 0.977, 1.000, 1.000; the first 56 posts alone: 1.000, 1.000, 0.964, 1.000, 1.000).
  // Left: an ISIS attack with no weapon named (armed_attack by the dev corpus's practice, other by the letter of the rules).
  "challenge-7.jsonl": { n: 75, f1: 0.96, province: 0.96, type: 0.95, killed: 0.96, injured: 0.96 },
  // news-website articles 2007–2020: headline totals vs body splits, preliminary vs final tolls, minor second
  // stories, numbers that are not tolls, statements repeating tolls, victims' origin and hospital places, ى/ي;
  // reached 1.000 on every figure (before: 0.977, 0.976, 1.000, 0.952, 1.000)
  "challenge-8.jsonl": { n: 50, f1: 0.96, province: 0.96, type: 0.95, killed: 0.95, injured: 0.95 },
};

describe("challenge sets regression guard", () => {
  for (const [file, floor] of Object.entries(SETS)) {
    const rows = loadJsonl(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)));
    it(`${file}: at least ${floor.n} labelled posts, metrics at or above the floors`, () => {
      expect(rows?.length ?? 0).toBeGreaterThanOrEqual(floor.n);
      const r = evalExtractor(rows!);
      expect(r.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(r.province).toBeGreaterThanOrEqual(floor.province);
      expect(r.type).toBeGreaterThanOrEqual(floor.type);
      expect(r.killed).toBeGreaterThanOrEqual(floor.killed);
      expect(r.injured).toBeGreaterThanOrEqual(floor.injured);
    });
  }
});
