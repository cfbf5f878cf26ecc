// Property-style: over many random, hostile, very long inputs the alert always
// parses as Telegram HTML and stays within the limit; the summary is what gives.
import { describe, expect, it } from "vitest";
import { CAPTION_LIMIT, escapeHtml, renderAlert, renderTollRise, TEXT_LIMIT } from "../../src/alerts/index.js";
import { ATTACK_TYPES, PROVINCES } from "../../src/nlp/taxonomy.js";
import { checkTelegramHtml, incident, rng, tr } from "./helpers.js";

const PIECES = [
  "انفجار", "عبوة", "ناسفة", "في", "قضاء", "الطارمية", "شمال", "بغداد", "قُتِلَ", "مدنيين", "٣", "12",
  "<b>", "</b>", "<a href=\"http://x\">", "</a>", "&", "&amp;", "&lt;", "\"", "'", ">", "<", "<<>>",
  "😀", "👨‍👩‍👧", "🇮🇶", "\u200f", "\u0651", "\n", " ", "  ", ".", "،", "؟", "IS", "x".repeat(50),
];

function randomText(r: () => number, maxPieces: number): string {
  const n = Math.floor(r() * maxPieces);
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]! + (r() < 0.6 ? " " : "");
  // sometimes one enormous word with no space to cut at
  if (r() < 0.1) s += "ب".repeat(Math.floor(r() * 9000));
  // sometimes a lone half of a surrogate pair cut off by the feed
  if (r() < 0.05) s += "😀".slice(0, 1);
  return s;
}

function firstGraphemes(s: string, n: number): string {
  let out = "";
  for (const g of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(s)) {
    if (n-- === 0) break;
    out += g.segment;
  }
  return out;
}
const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const maybe = <T,>(r: () => number, v: T): T | null => (r() < 0.3 ? null : v);

describe("alert limits (property)", () => {
  it("always parses and stays within 4096 (text) and 1024 (caption) characters", () => {
    const r = rng(20260423);
    let trimmed = 0;
    for (let run = 0; run < 300; run++) {
      const summary = randomText(r, 4000);
      const inc = incident({
        type: pick(r, ATTACK_TYPES),
        provinces: r() < 0.9 ? [pick(r, PROVINCES)] : [],
        place: maybe(r, randomText(r, 60)),
        perpetrator: maybe(r, randomText(r, 80)),
        killed: maybe(r, Math.floor(r() * 300)),
        injured: maybe(r, Math.floor(r() * 3000)),
        summary,
      });
      const sources = Array.from({ length: Math.floor(r() * (r() < 0.1 ? 200 : 6)) }, () => ({
        name: randomText(r, 20) || "x",
        url: r() < 0.7 ? `https://news.example/${"a/".repeat(Math.floor(r() * 400))}?q=${Math.floor(r() * 1e6)}&x=1` : maybe(r, randomText(r, 10)),
      }));
      for (const locale of ["ar", "en"] as const) {
        for (const limit of [TEXT_LIMIT, CAPTION_LIMIT]) {
          const html = renderAlert(inc, { t: tr(locale), locale, timeZone: "Asia/Baghdad", sources, limit, updated: r() < 0.5 });
          const { error } = checkTelegramHtml(html);
          expect(error, `run ${run} ${locale} ${limit}`).toBeNull();
          expect(html.length, `run ${run} ${locale} ${limit}`).toBeLessThanOrEqual(limit);
          const fits = escapeHtml(summary.trim());
          if (html.includes(fits)) continue;
          trimmed++;
          // trimmed, not dropped: a message always has room for the summary's beginning
          if (limit === TEXT_LIMIT && !html.includes(escapeHtml(firstGraphemes(summary.trim(), 10)))) {
            expect.fail(`run ${run} ${locale}: the summary's beginning is missing`);
          }
        }
      }
      const rise = renderTollRise(inc, { killed: maybe(r, 1), injured: maybe(r, 2) }, tr("ar"), "ar");
      expect(checkTelegramHtml(rise).error).toBeNull();
    }
    expect(trimmed).toBeGreaterThan(50); // the generator does reach the limits
  });

  it("drops a lone surrogate half rather than sending it (Telegram rejects invalid UTF-16)", () => {
    const html = renderAlert(incident({ summary: "نص" + "😀".slice(0, 1) + " ثم" }), { t: tr("ar"), locale: "ar", timeZone: "Asia/Baghdad", sources: [] });
    expect(checkTelegramHtml(html).error).toBeNull();
  });
});
