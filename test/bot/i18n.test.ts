// Every string the bot shows comes from locales/, in both languages, and the
// Arabic texts keep commands, numbers and links intact in right-to-left text
// (see locales/README.md for the bidi decision).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/bot/index.js";
import { createI18n } from "../../src/i18n.js";
import { formatTime } from "../../src/alerts/index.js";

const i18n = createI18n();
const root = new URL("../../", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === "admin" ? [] : files(p)) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Message ids of a .ftl file (not terms, not comments). */
const ids = (locale: string) =>
  new Set([...readFileSync(join(root, `locales/${locale}.ftl`), "utf8").matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1]!));

// Keys built at run time from ids: every variant must exist.
const DYNAMIC = [
  "severity-all", "severity-casualties", "severity-deaths", "btn-all-provinces", "btn-all-types", "menu-provinces", "menu-types",
  "value-all-provinces", "value-all-types", ...COMMANDS.map((c) => `commands.${c}`),
];

const SAMPLE = { value: "ديالى", time: "14:30", from: "23:00", to: "07:00", n: 15, max: 20, word: "Reuters", suggestion: "ديالى",
  command: "/subscribe", names: "ديالى، بغداد", words: "«مطار»", province: "ديالى" };

describe("locales", () => {
  const keysInCode = new Set<string>();
  for (const f of files(join(root, "src/bot"))) {
    for (const m of readFileSync(f, "utf8").matchAll(/\bt\(\s*"([a-z][\w.-]*)"/g)) keysInCode.add(m[1]!);
  }

  it("has every key the bot uses, in Arabic and English", () => {
    expect(keysInCode.size).toBeGreaterThan(40);
    for (const key of [...keysInCode, ...DYNAMIC]) {
      const [id, attr] = key.split(".");
      for (const locale of ["ar", "en"]) {
        expect(ids(locale).has(id!), `${locale}: ${key}`).toBe(true);
        const text = i18n.t(locale, key, SAMPLE);
        expect(text, `${locale}: ${key}`).not.toBe(key);
        expect(text.length, `${locale}: ${key}`).toBeGreaterThan(0);
        if (attr) expect(text.length).toBeLessThanOrEqual(256);
      }
    }
  });

  it("has the same messages in both languages", () => {
    expect([...ids("en")].sort()).toEqual([...ids("ar")].sort());
  });

  it("does not wrap placeables in FSI/PDI marks (they break copy-paste, commands and href)", () => {
    for (const key of [...keysInCode, ...DYNAMIC]) {
      for (const locale of ["ar", "en"]) expect(i18n.t(locale, key, SAMPLE)).not.toMatch(/[\u2066-\u2069]/);
    }
    const link = '<a href="https://www.example.iq/news?id=5&amp;x=1">Example</a>';
    expect(i18n.t("ar", "alert-sources", { links: link, count: 1 })).toContain(link);
  });

  it("keeps every /command in Arabic text left-to-right (LRM before the slash)", () => {
    let checked = 0;
    for (const key of keysInCode) {
      const text = i18n.t("ar", key, SAMPLE);
      for (const m of text.matchAll(/\/[a-z]+/g)) {
        checked++;
        expect(text[m.index - 1], `${key}: ${m[0]}`).toBe("\u200E");
      }
      // a line that starts with a command also starts right-to-left
      for (const line of text.split("\n")) if (line.includes("\u200E/") && line.indexOf("\u200E/") < 2) expect(line.startsWith("\u200F\u200E/")).toBe(true);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("writes numbers and times with ASCII digits, kept together", () => {
    expect(i18n.t("ar", "latest-title", { n: 15 })).toContain("15");
    expect(i18n.t("ar", "latest-title", { n: 2 })).toContain("حادثين");
    const time = formatTime(new Date("2026-11-24T11:30:00Z"), "Asia/Baghdad", "ar");
    const paused = i18n.t("ar", "paused-until", { time });
    expect(paused).toContain("14:30");
    expect(paused).not.toMatch(/[٠-٩]/);
  });
});
