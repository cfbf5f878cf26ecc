// A story with no act word is answered before it is tokenised, and a page with none before it is cut into
// stories (match.ts mayOccurIn / mayOccurAnywhereIn, extract.ts reportedIncidents): a shortcut that must never
// answer "no act" where the phrase matcher would find one — whatever clitic, article, digit or mark stands
// before the word.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EVENT_CUES } from "../../src/nlp/cues.js";
import { events } from "../../src/nlp/acts-matcher.js";
import { normalizeArabic, tokenize } from "../../src/nlp/normalize.js";
import { analyzeReport, reportedIncidents } from "../../src/nlp/index.js";
import { corpusDir } from "../../src/incidents/evaluate.js";
import { at } from "./helpers.js";

const firstWords = [...new Set(EVENT_CUES.map((c) => normalizeArabic(c.p).trim().split(/\s+/)[0]!.replace(/\*$/, "")))];
/** What may stand before a word: clitics and the article, glued; a digit, a hashtag, quotes, a tatweel; or a
 * letter that makes it part of another word. */
const BEFORE = ["", "و", "ف", "ب", "ل", "ال", "لل", "وال", "بال", "فال", "ولل", "12", "#", "«", "ـ", "(", "ز", "مت", "ا"];
const AFTER = ["", "ات", "ه", " في بغداد", "ين"];

describe("an act word where a token may start it", () => {
  it("is never missed by the shortcut, in any of its forms", () => {
    const missed: string[] = [];
    let found = 0;
    for (const w of firstWords) {
      for (const b of BEFORE) {
        for (const a of AFTER) {
          const norm = normalizeArabic(`قالت المصادر ${b}${w}${a} اليوم`);
          const hits = events.find(tokenize(norm));
          if (hits.length) found++;
          if (hits.length && !events.mayOccurIn(norm)) missed.push(norm);
          if (hits.length && !events.mayOccurAnywhereIn(norm)) missed.push(`(page) ${norm}`);
        }
      }
    }
    expect(missed).toEqual([]);
    // the forms above do reach the matcher: most of them are acts
    expect(found).toBeGreaterThan(firstWords.length * BEFORE.length);
  });

  it("inside another word, or absent, lets a story through unread", () => {
    expect(events.mayOccurIn(normalizeArabic("الطقس معتدل في بغداد والحرارة 30 درجة"))).toBe(false);
    // «انفجار» glued to a letter that is no clitic is part of another word: neither the matcher nor the shortcut see it
    const glued = normalizeArabic("زانفجار");
    expect(events.find(tokenize(glued))).toEqual([]);
    expect(events.mayOccurIn(glued)).toBe(false);
    // a page keeps it in view: cutting the page into stories may drop what stands before it
    expect(events.mayOccurAnywhereIn(glued)).toBe(true);
  });

  it("with diacritics and a tatweel in it is still seen (normalised first)", () => {
    const norm = normalizeArabic("انفجـــار عبوةٍ ناسفةٍ في بغداد");
    expect(events.mayOccurIn(norm)).toBe(true);
    expect(events.find(tokenize(norm)).length).toBeGreaterThan(0);
  });
});

describe("reportedIncidents: the incidents of a report without its other stories", () => {
  it("are analyzeReport's incident stories", () => {
    const pages = [
      "انفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى أسفر عن مقتل مدنيين اثنين وإصابة ثلاثة آخرين",
      "الطقس معتدل في بغداد اليوم",
      "",
      "عاجل | انفجار عبوة ناسفة على رتل في الطارمية شمال بغداد",
    ];
    for (const text of pages) {
      const all = analyzeReport({ title: "", text, publishedAt: at }).flatMap((s) => (s.incident ? [s.incident] : []));
      expect(reportedIncidents({ title: "", text, publishedAt: at })).toEqual(all);
    }
    expect(reportedIncidents({ title: "", text: pages[0]!, publishedAt: at })).toHaveLength(1);
  });

  it("reads the title too", () => {
    const input = { title: "انفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى", text: "أسفر عن مقتل مدنيين اثنين.", publishedAt: at };
    expect(reportedIncidents(input)).toEqual(analyzeReport(input).flatMap((s) => (s.incident ? [s.incident] : [])));
    expect(reportedIncidents(input)).toHaveLength(1);
  });

  const stream = join(corpusDir(), "stream.jsonl");
  if (!existsSync(stream)) console.warn(`corpus not found (${stream}): skipping the real-stream check of the page shortcut`);
  it.skipIf(!existsSync(stream))("skip no post of the real stream that reports one", () => {
    const wrong: string[] = [];
    let skipped = 0;
    for (const line of readFileSync(stream, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const p = JSON.parse(line) as { id: string; text: string; publishedAt: string };
      if (events.mayOccurAnywhereIn(normalizeArabic(`\n${p.text}`))) continue;
      skipped++;
      if (analyzeReport({ title: "", text: p.text, publishedAt: new Date(p.publishedAt) }).some((s) => s.incident)) wrong.push(p.id);
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(1000);
  });
});
