import { describe, it, expect } from "vitest";
import { parseNumber } from "../../src/nlp/numbers.js";
import { normalizeArabic } from "../../src/nlp/index.js";

const n = (s: string) => parseNumber(normalizeArabic(s));

describe("numbers", () => {
  it("reads digits in any script", () => {
    expect(n("23")).toBe(23);
    expect(n("٩")).toBe(9);
    expect(n("۱۲")).toBe(12);
    expect(n("1,500")).toBe(1500);
    // a dot before three digits is a thousands separator too; a list («3,4») is no number
    expect(n("1.500")).toBe(1500);
    expect(n("3,4")).toBeUndefined();
  });
  it("reads number words in both genders", () => {
    expect(n("ثلاثة")).toBe(3);
    expect(n("ثلاث")).toBe(3);
    expect(n("خمسةٌ")).toBe(5);
    expect(n("ثمانية")).toBe(8);
    expect(n("عشرة")).toBe(10);
  });
  it("reads teens and compounds", () => {
    expect(n("ثلاث عشرة")).toBe(13);
    expect(n("ثمانية عشر")).toBe(18);
    expect(n("احد عشر")).toBe(11);
    expect(n("خمسة وعشرين")).toBe(25);
    expect(n("خمسة وخمسون")).toBe(55);
    expect(n("سبعين")).toBe(70);
  });
  it("reads hundreds and thousands", () => {
    expect(n("مئة")).toBe(100);
    expect(n("مائتين")).toBe(200);
    expect(n("مئة وخمسون")).toBe(150);
    expect(n("ثلاثة آلاف")).toBe(3000);
  });
  it("reads vague quantities as null (several, unknown)", () => {
    expect(n("عشرات")).toBeNull();
    expect(n("العشرات")).toBeNull();
    expect(n("عدة")).toBeNull();
  });
  it("is undefined for non-numbers", () => {
    expect(n("انفجار")).toBeUndefined();
  });
});
