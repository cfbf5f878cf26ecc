import { describe, it, expect } from "vitest";
import { loadBlindRound, blindRoundFiles } from "../../src/cli/eval.js";
import { evalExtractor } from "../../src/nlp/evaluate.js";

// Regression guard on the blind rounds: labels (ids and fields) are in test/nlp/fixtures/blind-r*.jsonl,
// the texts in ../shared/corpus/stream.jsonl, which a fresh clone does not have: then this skips.
// Floors are the figures reached after fixing the general rules behind round 1's misses (see BLIND.md).
// Every figure is optional so that a round states only what it can guard (round 4 flags nothing: no precision).
const FLOORS: Record<string, { precision?: number; recall?: number; province?: number; type?: number; invented: number; falseAlerts?: number }> = {
  "blind-r1.jsonl": { precision: 0.94, recall: 0.98, province: 1.0, type: 0.94, invented: 0 },
  // Round 2 was held out until scored once (0.675 precision, 2 invented tolls); since then it is seen
  // and tuned on like round 1: these are the figures reached, not a held-out measure.
  "blind-r2.jsonl": { precision: 0.93, recall: 0.98, province: 1.0, type: 0.98, invented: 0 },
  // Round 3 was held out from everyone changing rules and scored once, on the final code of the session
  // (untuned 0.634, held-out 0.652); since then it is seen and tuned on by class (0.900, 45 / 50): these are
  // the figures reached, not a held-out measure.
  "blind-r3.jsonl": { precision: 0.9, recall: 1.0, province: 0.97, type: 0.97, invented: 0 },
  // Round 4 is what the service does not flag (rounds 1-3 hold every flagged post): nothing was flagged, so
  // it has no precision or fields to guard, only the count of false alerts among its 198 non-incidents.
  "blind-r4.jsonl": { invented: 0, falseAlerts: 0 },
  // Round 5 likewise (5 Dec): 200 screened posts outside every earlier label, 0 positives by both labellers.
  "blind-r5.jsonl": { invented: 0, falseAlerts: 0 },
};

const files = blindRoundFiles();
const probe = files.length ? loadBlindRound(files[0]!) : null;
if (!probe) console.warn("../shared/corpus/stream.jsonl not found (or $CORPUS_DIR): skipping the blind-round regression test");

describe.skipIf(!probe)("blind rounds on the real stream", () => {
  for (const file of files) {
    it(`${file} stays at or above the reached figures`, () => {
      const round = loadBlindRound(file)!;
      expect(round.missing).toEqual([]);
      const r = evalExtractor(round.rows);
      const floor = FLOORS[file];
      // A new round must state its floor: without one this test would assert nothing.
      expect(floor, `add ${file} to FLOORS with its first figures`).toBeDefined();
      if (!floor) return;
      for (const k of ["precision", "recall", "province", "type"] as const) {
        if (floor[k] !== undefined) expect(r[k], k).toBeGreaterThanOrEqual(floor[k]);
      }
      expect(r.invented).toBeLessThanOrEqual(floor.invented);
      if (floor.falseAlerts !== undefined) expect(r.fp).toBeLessThanOrEqual(floor.falseAlerts);
    });
  }
});
