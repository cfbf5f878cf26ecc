// How many victims a person noun names by its form: a singular one, a dual two, a plural leaves the
// count to a number (corpus README §4: «مقتل جندي» is 1, «عنصرا أمن», «شخصين» are 2).

import { stems } from "../numbers.js";
import { PERSON_SINGULAR, PERSON_DUAL, PERSON_PLURAL } from "../cues.js";
import { OWNER_SUFFIX, FIVE_NOUNS, TWO_AFTER, ACC_SINGULAR_ADJECTIVE, AFTER_ACC_SINGULAR, OWNED_GROUPS, THE_BOMBER } from "../data/toll-words.js";

/** 1 for a singular victim noun, 2 for a dual, 0 for a plural (count comes elsewhere), -1 otherwise. */
export function personForm(tok: string, next: string | undefined): number {
  // «ومقتل الانتحاري»: the bomber himself, killed by his own act, is no victim of it (corpus README §4)
  if (THE_BOMBER.test(tok)) return -1;
  const cands = new Set<string>();
  for (const s of stems(tok)) {
    cands.add(s);
    for (const suf of OWNER_SUFFIX) if (s.length > suf.length + 2 && s.endsWith(suf)) {
      const b = s.slice(0, -suf.length);
      // construct dual before a pronoun («طفلاها», «طفليها», «نجليه», «حارسيه»): two; not the
      // five nouns («أخيه», «أبيه», «ذويه»), whose -ي/-ا is a case ending
      if (/[اي]$/.test(b) && b.length >= 4 && !PERSON_SINGULAR.has(s) &&
        PERSON_SINGULAR.has(b.slice(0, -1)) && !FIVE_NOUNS.has(b.slice(0, -1)) && !soundPluralConstruct(b)) return 2;
      // «حمايته»: his guard detail, a group of no stated size (a plural: the count comes elsewhere, if at all)
      if (OWNED_GROUPS.has(b) || (b.endsWith("ت") && OWNED_GROUPS.has(b.slice(0, -1) + "ه"))) return 0;
      cands.add(b);
      if (b.endsWith("ت")) cands.add(b.slice(0, -1) + "ه");
    }
  }
  for (const s of cands) {
    if (PERSON_DUAL.has(s)) {
      // «عنصري» is dual only in construct («عنصري امن»); «مدنيا» accusative singular elsewhere.
      // «جنديا أمريكيا», «عنصرا أمنيا»: an accusative singular with its adjective, not the construct «جنديا الشرطة»
      if (s.endsWith("ا") && (!next || ACC_SINGULAR_ADJECTIVE.test(next) || AFTER_ACC_SINGULAR.test(next))) return 1;
      return 2;
    }
  }
  const twoAfter = !!next && TWO_AFTER.test(next);
  for (const s of cands) {
    // «مدنيا» right after a verb is an accusative singular; after a number it is the counted noun
    if (s.endsWith("ا") && PERSON_SINGULAR.has(s.slice(0, -1)) && !twoAfter) return 1;
    if (PERSON_PLURAL.has(s)) return twoAfter ? 2 : 0;
  }
  for (const s of cands) if (PERSON_SINGULAR.has(s)) return twoAfter ? 2 : 1;
  // accusative singular with tanween alif («عضوا», «مختارا»)
  for (const s of cands) if (s.length > 3 && s.endsWith("ا") && PERSON_SINGULAR.has(s.slice(0, -1))) return 1;
  // nominative dual «-ان» of a singular person noun («مهربان», «راعيان»)
  for (const s of cands) if (s.length > 4 && s.endsWith("ان") && PERSON_SINGULAR.has(s.slice(0, -2))) return 2;
  return -1;
}

/** «منتسبيها», «مواطنيه»: a noun whose plural is the sound «-ين» writes its plural construct before a pronoun
 * exactly as its dual («منتسبَيْها» / «منتسبِيها»): the form says no number, so it is not read as two. */
function soundPluralConstruct(b: string): boolean {
  return b.endsWith("ي") && PERSON_PLURAL.has(b.slice(0, -1) + "ين");
}
