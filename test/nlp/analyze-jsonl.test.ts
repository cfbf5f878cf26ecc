import { describe, it, expect } from "vitest";
import { analyzeJsonl } from "../../src/cli/analyze.js";

async function* lines(ls: string[]) { for (const l of ls) yield l; }

describe("analyze --jsonl", () => {
  it("answers every line in order, warns about bad ones by line number, and keeps the contract fields", async () => {
    const out: string[] = [];
    const warns: string[] = [];
    const n = await analyzeJsonl(lines([
      JSON.stringify({ id: "a", text: "مقتل ما لا يقل عن 7 أشخاص بانفجار سيارة مفخخة في بغداد" }),
      "{not json",
      "",
      "[1,2]",
      JSON.stringify({ id: "d", text: "مقتل وإصابة 15 شخصا بانفجار عبوة ناسفة في سوق ببغداد" }),
    ]), (s) => out.push(s), (m) => warns.push(m));
    expect(n).toBe(4);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(["a", null, null, "d"]);
    expect(rows[0].incidents[0]).toMatchObject({ provinces: ["baghdad"], type: "car_bomb", killed: 7, injured: null, atLeast: true, casualties: null });
    expect(rows[3].incidents[0]).toMatchObject({ killed: null, injured: null, casualties: 15, atLeast: false });
    expect(warns).toEqual([expect.stringMatching(/^line 2: not JSON/), "line 4: not a JSON object"]);
  });
});
