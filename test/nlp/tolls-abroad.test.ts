import { describe, it, expect } from "vitest";
import { factsWherever } from "../../src/nlp/extract.js";
import { reportedIncidents } from "../../src/nlp/index.js";
import { evalTollsAbroad, type AbroadLabel } from "../../src/nlp/evaluate.js";
import { abroadRoundFiles, loadAbroadRound } from "../../src/cli/eval.js";
import type { IncidentFacts } from "../../src/nlp/types.js";

// Reports from abroad are never alerts, but their tolls are written in the same words as Iraq's: reading them
// wherever they happened measures the toll and type rules on real text (BLIND.md, round 7).

const at = new Date("2026-07-01T12:00:00Z");

describe("the facts of a report wherever it happened", () => {
  it("reads the weapon and the toll of a strike abroad, which is no Iraqi incident", () => {
    const text = "استشهاد 3 مواطنين وإصابة 5 آخرين بغارة إسرائيلية على بلدة في جنوب لبنان";
    expect(reportedIncidents({ title: "", text, publishedAt: at })).toEqual([]);
    const f = factsWherever({ title: "", text, publishedAt: at });
    expect(f && { type: f.type, killed: f.killed, injured: f.injured }).toEqual({ type: "airstrike", killed: 3, injured: 5 });
  });

  it("reads the same facts as the extractor does for an incident in Iraq", () => {
    const text = "مقتل جنديين وإصابة ثلاثة بانفجار عبوة ناسفة في قضاء المقدادية";
    const [incident] = reportedIncidents({ title: "", text, publishedAt: at });
    expect(incident).toBeDefined();
    expect(factsWherever({ title: "", text, publishedAt: at })).toEqual(incident);
  });

  it("reads nothing from a post that names no act", () => {
    expect(factsWherever({ title: "", text: "أسعار النفط ترتفع في الأسواق العالمية", publishedAt: at })).toBeNull();
  });
});

describe("scoring tolls and types against labels", () => {
  const label = (id: string, fields: Partial<AbroadLabel>): AbroadLabel => ({
    id, text: id, incident: true, type: "airstrike", killed: null, injured: null, casualties: null, at_least: false, ...fields,
  });
  const facts = (fields: Partial<IncidentFacts>): IncidentFacts => ({
    provinces: [], place: null, placeId: null, district: null, coordinates: null, type: "airstrike", killed: null, injured: null,
    perpetrator: null, target: null, occurredAt: at, summary: "", ...fields,
  });
  it("counts exact figures, figures not stated, figures not read and other numbers apart; non-incidents are not scored", () => {
    const read: Record<string, IncidentFacts | null> = {
      exact: facts({ killed: 2, injured: 4, casualties: null, atLeast: true }),
      invented: facts({ killed: 1 }),
      unread: facts({ type: "rocket" }),
      wrong: facts({ injured: 7, casualties: 12 }),
      none: null,
    };
    const rows = [
      label("exact", { killed: 2, injured: 4, at_least: true }),
      label("invented", {}),
      label("unread", { killed: 3 }),
      label("wrong", { injured: 9, casualties: 12 }),
      label("none", { type: "drone" }),
      label("statement", { incident: false, type: null }),
    ];
    const r = evalTollsAbroad(rows, (input) => read[input.text] ?? null);
    expect(r.n).toBe(5);
    expect({ type: r.type, killed: r.killed, injured: r.injured }).toEqual({ type: 3, killed: 3, injured: 4 });
    expect({ invented: r.invented, unread: r.unread, wrong: r.wrong }).toEqual({ invented: 1, unread: 1, wrong: 1 });
    expect(r.combined).toEqual({ labelled: 1, exact: 1 });
    expect(r.atLeast).toEqual({ labelled: 1, exact: 1 });
    expect({ killed: r.killedStated, injured: r.injuredStated }).toEqual({ killed: { labelled: 2, exact: 1 }, injured: { labelled: 2, exact: 1 } });
    expect(r.misses.map((m) => `${m.id}:${m.kind}`).sort()).toEqual(["invented:killed", "none:type", "unread:killed", "unread:type", "wrong:injured"]);
  });
});

// Round 7's labels (ids and fields: test/nlp/fixtures/abroad-r7.jsonl) over texts read from ../shared/corpus/stream.jsonl,
// which a fresh clone does not have: then this skips. Floors are the figures reached after the round's classes were
// fixed (BLIND.md; first, untuned: type 0.748, stated death tolls 57/68, stated injury counts 43/57, 12 figures
// stated where the text states none): a regression guard, not a held-out measure.
const r7 = abroadRoundFiles().includes("abroad-r7.jsonl") ? loadAbroadRound("abroad-r7.jsonl") : null;
if (!r7) console.warn("../shared/corpus/stream.jsonl not found (or $CORPUS_DIR): skipping round 7's regression test");
describe.skipIf(!r7)("round 7 on the real stream", () => {
  it("stays at or above the reached figures", () => {
    expect(r7!.missing).toEqual([]);
    const r = evalTollsAbroad(r7!.rows);
    expect(r.n).toBe(210);
    expect(r.type / r.n).toBeGreaterThanOrEqual(0.79);
    expect(r.killedStated.exact).toBeGreaterThanOrEqual(62);
    expect(r.injuredStated.exact).toBeGreaterThanOrEqual(50);
    expect(r.invented).toBeLessThanOrEqual(9);
  });
});
