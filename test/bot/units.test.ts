// Pure parts of the bot: callback codec, selections, durations, names, keyword matching.
import { describe, expect, it } from "vitest";
import { containsKeyword, normalizeKeyword } from "../../src/alerts/filters.js";
import { decodeAction, encodeAction, type Action } from "../../src/callback-data.js";
import { parseDuration, parseTimeRange } from "../../src/bot/duration.js";
import { NameIndex } from "../../src/bot/names.js";
import { toggle } from "../../src/bot/subscriber.js";
import { createI18n } from "../../src/i18n.js";
import { normalizeArabic, PROVINCES } from "../../src/nlp/index.js";

describe("callback data", () => {
  it("round-trips every kind of action", () => {
    const actions: Action[] = [
      { k: "prov", id: "diyala" }, { k: "prov", id: "all" }, { k: "type", id: "security_operation" }, { k: "type", id: "none" },
      { k: "dmenu", province: "dhi_qar" }, { k: "dist", id: "diyala/baqubah" }, { k: "dall", province: "basra" },
      { k: "sev", level: "deaths" }, { k: "lang", locale: "en" }, { k: "menu", name: "keywords" },
      { k: "stop", confirm: true }, { k: "stop", confirm: false }, { k: "kwdel", list: "none", i: 3 }, { k: "kwclear" },
      { k: "map", incident: 12 }, { k: "broadcast", op: "go", broadcast: 7 }, { k: "broadcast", op: "x", broadcast: 123456789 },
    ];
    for (const a of actions) {
      const data = encodeAction(a);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeAction(data)).toEqual(a);
    }
  });

  it("keeps a map pin with a bad id a map pin, with no incident", () => {
    for (const bad of ["map:", "map:-1", "map:1e3", "map:1234567890", "map:1;drop"]) expect(decodeAction(bad), bad).toEqual({ k: "map", incident: null });
  });

  it("rejects stale or forged data", () => {
    for (const bad of ["", "p", "p:atlantis", "p:diyala:extra", "t:nuke", "s:some", "l:fr", "kr:any:-1", "kr:any:x", "m:admin",
      "x:maybe", "d:../../etc", "map", "adm:bc:go", "adm:bc:del:1", "adm:x:go:1", "p:" + "a".repeat(80), "constructor", "__proto__:x"]) {
      expect(decodeAction(bad), bad).toBeNull();
    }
  });
});

describe("toggle", () => {
  const U = ["a", "b", "c"];
  it("narrows 'all' to the tapped item, adds and removes, and 'all'/'none' reset", () => {
    expect(toggle({ all: true, ids: [] }, "b", U)).toEqual({ all: false, ids: ["b"] });
    expect(toggle({ all: false, ids: ["b"] }, "a", U)).toEqual({ all: false, ids: ["a", "b"] });
    expect(toggle({ all: false, ids: ["a", "b"] }, "b", U)).toEqual({ all: false, ids: ["a"] });
    expect(toggle({ all: false, ids: ["a"] }, "a", U)).toEqual({ all: false, ids: [] });
    expect(toggle({ all: false, ids: ["a", "b"] }, "c", U)).toEqual({ all: true, ids: [] });
    expect(toggle({ all: false, ids: ["a"] }, "all", U)).toEqual({ all: true, ids: [] });
    expect(toggle({ all: true, ids: [] }, "none", U)).toEqual({ all: false, ids: [] });
  });
});

describe("durations and time ranges", () => {
  it("reads /pause durations in Latin and Arabic", () => {
    expect(parseDuration("2h")).toBe(2 * 3_600_000);
    expect(parseDuration("30m")).toBe(30 * 60_000);
    expect(parseDuration("1d")).toBe(86_400_000);
    expect(parseDuration("٣ س")).toBe(3 * 3_600_000);
    expect(parseDuration("2 ساعة")).toBe(2 * 3_600_000);
    for (const bad of ["", "2", "h", "0m", "31d", "2w", "-1h", "1.5h", "abc"]) expect(parseDuration(bad), bad).toBeNull();
  });

  it("reads quiet hours, across midnight too", () => {
    expect(parseTimeRange("23:00-07:00")).toEqual({ start: 1380, end: 420 });
    expect(parseTimeRange("٢٢:٣٠–٦")).toEqual({ start: 1350, end: 360 });
    expect(parseTimeRange("1-5")).toEqual({ start: 60, end: 300 });
    for (const bad of ["", "23:00", "25:00-01:00", "10:70-11:00", "8-8", "night"]) expect(parseTimeRange(bad), bad).toBeNull();
  });
});

describe("names typed by users", () => {
  const i18n = createI18n();
  const names = new NameIndex((locale, key) => i18n.t(locale, key));

  it("knows ids, Arabic and English names, with or without the article, and multi-word names", () => {
    const { found, unknown } = names.parse("diyala بغداد البصره Salah ad Din ذي قار الموصل نينوى");
    expect(unknown).toEqual([]);
    expect(found).toEqual([
      { kind: "province", id: "diyala" }, { kind: "province", id: "baghdad" }, { kind: "province", id: "basra" },
      { kind: "province", id: "salahuddin" }, { kind: "province", id: "dhi_qar" }, { kind: "province", id: "nineveh" },
    ]);
    expect(names.parse("عبوة ناسفة، car bomb, drone").found).toEqual([
      { kind: "type", id: "ied" }, { kind: "type", id: "car_bomb" }, { kind: "type", id: "drone" },
    ]);
  });

  it("suggests the closest name for a typo and nothing for gibberish", () => {
    expect(names.parse("ديالا").unknown).toEqual([{ word: "ديالا", suggestion: { kind: "province", id: "diyala" } }]);
    expect(names.parse("bagdhad").unknown[0]!.suggestion).toEqual({ kind: "province", id: "baghdad" });
    expect(names.parse("كربلا").unknown[0]!.suggestion).toEqual({ kind: "province", id: "karbala" });
    expect(names.parse("qwertyuiop").unknown).toEqual([{ word: "qwertyuiop", suggestion: null }]);
  });

  it("a part of Iraq names its provinces («كردستان», «إقليم كردستان», «Kurdistan Region»), each once; never a typo's hint", () => {
    const kurdistan = [
      { kind: "province", id: "erbil" }, { kind: "province", id: "sulaymaniyah" }, { kind: "province", id: "duhok" }, { kind: "province", id: "halabja" },
    ];
    for (const typed of ["كردستان", "إقليم كردستان", "Kurdistan Region", "kurdistan"]) expect(names.parse(typed), typed).toEqual({ found: kurdistan, unknown: [] });
    expect(names.parse("اربيل كردستان ied").found).toEqual([...kurdistan, { kind: "type", id: "ied" }]);
    expect(names.parse("جنوب العراق").found.map((n) => n.id)).toEqual(["basra", "dhi_qar", "maysan", "muthanna", "qadisiyah", "najaf"]);
    // the provinces and types keep their one meaning; a typo of a region gets no region as its hint
    expect(names.parse("دهوك").found).toEqual([{ kind: "province", id: "duhok" }]);
    expect(names.parse("كردستن").unknown).toEqual([{ word: "كردستن", suggestion: null }]);
  });

  it("every province is reachable by its Arabic and English display name", () => {
    for (const p of PROVINCES) {
      expect(names.parse(i18n.t("ar", `province-${p}`)).found).toEqual([{ kind: "province", id: p }]);
      expect(names.parse(i18n.t("en", `province-${p}`)).found).toEqual([{ kind: "province", id: p }]);
    }
  });
});

describe("keywords", () => {
  const text = normalizeArabic("انفجار عبوة ناسفة قرب مطار بغداد الدولي والعبوة كانت مزروعة، وخسائر بالدينار");
  it("match plain words on normalised text, with clitics, not inside other words", () => {
    expect(containsKeyword(text, normalizeKeyword("العبوة"))).toBe(true);
    expect(containsKeyword(text, normalizeKeyword("عبوه"))).toBe(true);
    expect(containsKeyword(text, normalizeKeyword("مطار بغداد"))).toBe(true);
    expect(containsKeyword(text, normalizeKeyword("مطار  البصرة"))).toBe(false);
    expect(containsKeyword(text, normalizeKeyword("نار"))).toBe(false); // inside «الدينار»
    expect(containsKeyword(text, normalizeKeyword("دينار"))).toBe(true);
  });
  it("never treat user input as a pattern", () => {
    expect(normalizeKeyword(".*")).toBe("");
    expect(containsKeyword(text, "(")).toBe(false);
    expect(normalizeKeyword("  أمن   (الحشد) ")).toBe("امن الحشد");
  });
});
