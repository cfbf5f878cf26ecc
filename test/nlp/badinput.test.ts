import { describe, it, expect } from "vitest";
import { analyzeReport } from "../../src/nlp/index.js";
import type { ReportInput } from "../../src/nlp/index.js";

const at = new Date("2026-06-01T12:00:00Z");

describe("bad input", () => {
  const cases: [string, string][] = [
    ["empty", ""],
    ["spaces", "   \n\n  "],
    ["non-Arabic", "The quick brown fox jumps over the lazy dog. 12345"],
    ["mixed scripts", "Explosion انفجار 爆炸 взрыв in بغداد 🇮🇶🔥"],
    ["html", "<div><p>انفجار <b>عبوة</b> ناسفة</p><script>alert(1)</script>&amp;&quot;</div>"],
    ["control chars", "انفجار\u0000\u0001\u0007 في\u200f بغداد\u202e"],
    ["lone surrogate", "انفجار \ud800 في بغداد"],
    ["digits only", "1".repeat(10_000)],
    ["one long word", "ا".repeat(100_000)],
  ];
  for (const [name, text] of cases) {
    it(`answers for ${name}`, () => {
      expect(() => analyzeReport({ title: "", text, publishedAt: at })).not.toThrow();
    });
  }
  it("does not throw on missing or wrong fields", () => {
    expect(() => analyzeReport({} as ReportInput)).not.toThrow();
    expect(() => analyzeReport(null as unknown as ReportInput)).not.toThrow();
    expect(() => analyzeReport({ title: 5, text: {}, publishedAt: "x" } as unknown as ReportInput)).not.toThrow();
  });
  it("handles 1 MB of text in bounded time", () => {
    const para = "انفجار عبوة ناسفة في الطارمية شمال بغداد ومقتل شخصين وإصابة ثلاثة آخرين.\n\n";
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const t0 = performance.now();
    const r = analyzeReport({ title: "", text, publishedAt: at });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(Array.isArray(r)).toBe(true);
  });
  it("a pathological page of headlines stays bounded", () => {
    const text = Array.from({ length: 5000 }, (_, k) => `عنوان خبر رقم ${k} عن انفجار في بغداد\n\n${"نص ".repeat(30)}`).join("\n\n");
    const t0 = performance.now();
    analyzeReport({ title: "", text, publishedAt: at });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
