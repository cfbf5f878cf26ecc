import { describe, it, expect } from "vitest";
import { normalizeArabic } from "../../src/nlp/index.js";
import { normalizeWithMap as nwm, tokenize } from "../../src/nlp/normalize.js";

describe("normalizeArabic", () => {
  it("folds alef and hamza variants, ة, ى", () => {
    expect(["أ", "إ", "آ", "ٱ"].map(normalizeArabic)).toEqual(["ا", "ا", "ا", "ا"]);
    expect(normalizeArabic("محافظة ديالى")).toBe("محافظه ديالي");
    expect(normalizeArabic("مؤتمر رئيس")).toBe("موتمر رييس");
  });
  it("reads a run of alefs as one: a channel's stretched word («انفجاار», «عاااجل»)", () => {
    expect(normalizeArabic("انفجاار قوي")).toBe("انفجار قوي");
    expect(normalizeArabic("عاااجل")).toBe("عاجل");
    expect(normalizeArabic("أإآٱ")).toBe("ا");
    const orig = "انفجاار في الحلة";
    const { text, map } = nwm(orig);
    expect(text).toBe("انفجار في الحله");
    expect(orig.slice(map[text.indexOf("في")], map[text.indexOf("في") + 2])).toBe("في");
  });
  it("drops diacritics and tatweel", () => {
    expect(normalizeArabic("هُجُوماً")).toBe("هجوما");
    expect(normalizeArabic("عاجـــــل")).toBe("عاجل");
    expect(normalizeArabic("المسيّرة")).toBe("المسيره");
  });
  it("maps Arabic-Indic and Persian digits to ASCII", () => {
    expect(normalizeArabic("٧ و ۱۵ و ٣٠")).toBe("7 و 15 و 30");
  });
  it("maps Arabic punctuation and Persian letters", () => {
    expect(normalizeArabic("نعم، لا؛ هل؟")).toBe("نعم, لا; هل?");
    expect(normalizeArabic("کویت")).toBe("كويت");
  });
  it("keeps a map back to the original text", () => {
    const orig = "قُتِلَ عنصرا أمنٍ";
    const { text, map } = nwm(orig);
    const i = text.indexOf("عنصرا");
    expect(orig.slice(map[i], map[i + "عنصرا".length])).toBe("عنصرا");
  });
  it("keeps a number's separators and a clock time in one token («1,500», «3.4», «22:30»)", () => {
    expect(tokenize(normalizeArabic("مقتل 1,500 شخص و 3.4 كم الساعة 22:30 مساء")).map((t) => t.t))
      .toEqual(["مقتل", "1,500", "شخص", "و", "3.4", "كم", "الساعه", "22:30", "مساء"]);
  });
  it("tokenises and splits sentences", () => {
    const toks = tokenize(normalizeArabic("انفجار في بغداد. مقتل 3 اشخاص"));
    expect(toks.map((t) => t.t)).toEqual(["انفجار", "في", "بغداد", "مقتل", "3", "اشخاص"]);
    expect(toks[3]!.sent).toBe(1);
  });
});
