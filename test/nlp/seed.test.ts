import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeReport } from "../../src/nlp/index.js";

// The seed page (examples/, shipped with the product) and its expected result (test/fixtures/seed/).
const seed = (p: string) => fileURLToPath(new URL(`../fixtures/seed/${p}`, import.meta.url));

interface Expected {
  stories: {
    headline: string; incident: boolean; provinces?: string[]; place_contains?: string[]; type?: string;
    killed?: number; injured?: number; injured_any_of?: number[]; perpetrator_contains?: string;
  }[];
  boilerplate_to_drop: string[];
}

describe("seed page", () => {
  const text = readFileSync(fileURLToPath(new URL("../../examples/seed-page.txt", import.meta.url)), "utf8");
  const expected = JSON.parse(readFileSync(seed("seed-expected.json"), "utf8")) as Expected;
  const stories = analyzeReport({ title: "", text, publishedAt: new Date("2020-04-10T12:00:00Z") });

  it("splits into the expected stories", () => {
    expect(stories.map((s) => s.headline)).toEqual(expected.stories.map((s) => s.headline));
  });
  it("drops the boilerplate", () => {
    for (const s of stories) for (const b of expected.boilerplate_to_drop) expect(s.text).not.toContain(b);
  });
  expected.stories.forEach((exp, k) => {
    it(`story ${k + 1}: ${exp.incident ? "incident" : "not an incident"}`, () => {
      const got = stories[k]!;
      if (!exp.incident) {
        expect(got.incident).toBeNull();
        expect(got.reason).toBeTruthy();
        return;
      }
      const f = got.incident!;
      expect(f).not.toBeNull();
      expect(f.provinces).toEqual(exp.provinces);
      expect(exp.place_contains!.some((p) => f.place?.includes(p))).toBe(true);
      expect(f.type).toBe(exp.type);
      expect(f.killed).toBe(exp.killed);
      if (exp.injured !== undefined) expect(f.injured).toBe(exp.injured);
      if (exp.injured_any_of) expect(exp.injured_any_of).toContain(f.injured);
      if (exp.perpetrator_contains) expect(f.perpetrator ?? "").toContain(exp.perpetrator_contains);
      expect(f.summary.length).toBeGreaterThan(10);
    });
  });
});
