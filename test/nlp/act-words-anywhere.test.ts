// A story with no act word is answered before it is tokenised, and a page with none before it is cut into
// stories (match.ts mayOccurIn / mayOccurAnywhereIn, extract.ts reportedIncidents): a shortcut that must never
// answer "no act" where the phrase matcher would find one — whatever clitic, article, digit or mark stands
// before the word.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EVENT_CUES } from "../../src/nlp/cues.js";
import { events } from "../../src/nlp/acts-matcher.js";
import { PhraseMatcher } from "../../src/nlp/match.js";
import { hasToken, normalizeArabic, tokenize, WORD_LETTERS } from "../../src/nlp/normalize.js";
import { analyzeReport, reportedIncidents } from "../../src/nlp/index.js";
import { corpusDir } from "../../src/incidents/evaluate.js";
import { at } from "./helpers.js";

const firstWords = [...new Set(EVENT_CUES.map((c) => normalizeArabic(c.p).trim().split(/\s+/)[0]!.replace(/\*$/, "")))];
const LETTERS = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"];
/** Everything that may stand before a word: nothing, any one or two letters (a clitic, or a letter of another
 * word), a clitic and an article with a letter after them, a digit, a Latin letter, marks. Not written from the
 * stem rule: the test holds the scan to the matcher whatever that rule becomes. */
const BEFORE = [
  "", ...LETTERS, ...LETTERS.flatMap((a) => LETTERS.map((b) => a + b)),
  ...["", ...LETTERS].flatMap((c) => ["ال", "لل"].flatMap((a) => ["", ...LETTERS].map((x) => c + a + x))),
  "12", "x", "#", "«", "(",
];

const incidentsOf = (title: string, text: string) =>
  analyzeReport({ title, text, publishedAt: at }).flatMap((s) => (s.incident ? [s.incident] : []));

describe("an act word where a token may start it", () => {
  it("is never missed by the shortcut, whatever stands before it", () => {
    const missed: string[] = [];
    let found = 0;
    for (const w of firstWords) {
      for (const b of BEFORE) {
        const norm = `${b}${w}`;
        const hits = events.find(tokenize(norm));
        if (!hits.length) continue;
        found++;
        if (!events.mayOccurIn(norm)) missed.push(norm);
        if (!events.mayOccurAnywhereIn(norm)) missed.push(`(page) ${norm}`);
      }
    }
    expect(missed).toEqual([]);
    // the forms above do reach the matcher: each word with every clitic and article at least
    expect(found).toBeGreaterThan(firstWords.length * 8);
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

  it("starting with a digit is found after a letter too (a digit after a letter starts a token)", () => {
    const m = new PhraseMatcher([{ p: "15 قتيلا", v: 1 }]);
    const norm = normalizeArabic("حصيلة15 قتيلا");
    expect(m.find(tokenize(norm))).toHaveLength(1);
    expect(m.mayOccurIn(norm)).toBe(true);
    expect(m.mayOccurIn(normalizeArabic("حصيلة قتلى"))).toBe(false);
  });

  it("reads the letters of a word as the tokenizer does", () => {
    const letter = new RegExp(`[${WORD_LETTERS}0-9]`);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (hasToken(String.fromCharCode(c)) !== letter.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("a story of marks alone is empty, one of words without an act names no event", () => {
    expect(analyzeReport({ title: "", text: "!!! ... ؟؟", publishedAt: at }).map((s) => s.reason)).toEqual(["empty"]);
    expect(analyzeReport({ title: "", text: "الطقس معتدل في بغداد اليوم", publishedAt: at }).map((s) => s.reason)).toEqual(["no-event"]);
  });
});

describe("reportedIncidents: the incidents of a report without its other stories", () => {
  it("are analyzeReport's incident stories", () => {
    const pages = [
      "انفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى أسفر عن مقتل مدنيين اثنين وإصابة ثلاثة آخرين",
      "الطقس معتدل في بغداد اليوم",
      "",
      "عاجل | انفجار عبوة ناسفة على رتل في الطارمية شمال بغداد",
      // the act word written with a hamza and a tatweel: read once the page is normalised
      "إنفجـــار في قضاء المقدادية بمحافظة ديالى",
    ];
    for (const text of pages) expect(reportedIncidents({ title: "", text, publishedAt: at })).toEqual(incidentsOf("", text));
    expect(reportedIncidents({ title: "", text: pages[0]!, publishedAt: at })).toHaveLength(1);
    expect(reportedIncidents({ title: "", text: pages[4]!, publishedAt: at })).toHaveLength(1);
  });

  it("reads the title too: the act may be named there alone", () => {
    const input = { title: "انفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى", text: "المصدر: قيادة الشرطة.", publishedAt: at };
    expect(reportedIncidents(input)).toEqual(incidentsOf(input.title, input.text));
    expect(reportedIncidents(input)).toHaveLength(1);
  });

  const stream = join(corpusDir(), "stream.jsonl");
  if (!existsSync(stream)) console.warn(`corpus not found (${stream}): skipping the real-stream check of the page shortcut`);
  it.skipIf(!existsSync(stream))("are analyzeReport's on every post of the real stream, title or not", () => {
    const differ: string[] = [];
    let skipped = 0;
    for (const line of readFileSync(stream, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const p = JSON.parse(line) as { id: string; text: string; publishedAt: string };
      if (!events.mayOccurAnywhereIn(normalizeArabic(p.text))) skipped++;
      const publishedAt = new Date(p.publishedAt);
      // the post as it is, and with its first line as a feed's title
      const title = p.text.split("\n")[0]!;
      for (const input of [{ title: "", text: p.text, publishedAt }, { title, text: p.text.slice(title.length), publishedAt }]) {
        const all = analyzeReport(input).flatMap((s) => (s.incident ? [s.incident] : []));
        if (JSON.stringify(reportedIncidents(input)) !== JSON.stringify(all)) differ.push(p.id);
      }
    }
    expect(differ).toEqual([]);
    expect(skipped).toBeGreaterThan(1000);
  });
});
