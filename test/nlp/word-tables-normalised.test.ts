// The rules match normalised tokens (alef and hamza forms → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), so a word table written
// with «على», «قذائف» or «يؤدي» silently never matches. Every exported pattern of the nlp data tables must be
// written normalised, and every set must hold the normalised form of what it lists.
import { describe, it, expect } from "vitest";
import { normalizeArabic } from "../../src/nlp/index.js";
import * as followups from "../../src/nlp/data/followups.js";
import * as foreign from "../../src/nlp/data/foreign.js";
import * as incidentWords from "../../src/nlp/data/incident-words.js";
import * as locationWords from "../../src/nlp/data/location-words.js";
import * as regions from "../../src/nlp/data/regions.js";
import * as similarity from "../../src/nlp/data/similarity.js";
import * as storyWords from "../../src/nlp/data/story-words.js";
import * as tollWords from "../../src/nlp/data/toll-words.js";
import * as typedNames from "../../src/nlp/data/typed-names.js";

const TABLES: Record<string, Record<string, unknown>> = {
  followups, foreign, "incident-words": incidentWords, "location-words": locationWords, regions, similarity, "story-words": storyWords,
  "toll-words": tollWords, "typed-names": typedNames,
};
/** Letters normalisation folds away: a pattern holding one can never match a normalised token. */
const FOLDED = /[\p{L}]*[أإآٱؤئةى][\p{L}]*/gu;

/** Tables whose plain strings are compared as they are (the others' strings go through normalizeArabic or a
 * PhraseMatcher, which normalises its cues). */
const STRINGS_AS_THEY_ARE: Record<string, Record<string, unknown>> = { similarity };
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

function patterns(v: unknown): RegExp[] {
  if (v instanceof RegExp) return [v];
  if (Array.isArray(v)) return v.flatMap(patterns);
  return [];
}

describe("the nlp word tables are written normalised", () => {
  for (const [file, mod] of Object.entries(TABLES)) {
    it(`data/${file}.ts`, () => {
      const bad: string[] = [];
      for (const [name, v] of Object.entries(mod)) {
        for (const re of patterns(v)) for (const w of re.source.match(FOLDED) ?? []) bad.push(`${name}: ${w}`);
        if (v instanceof Set) for (const x of v) if (typeof x === "string" && !v.has(normalizeArabic(x))) bad.push(`${name}: ${x}`);
        if (STRINGS_AS_THEY_ARE[file]) for (const x of strings(v)) if (normalizeArabic(x) !== x) bad.push(`${name}: ${x}`);
      }
      expect(bad).toEqual([]);
    });
  }
});
