// Reading a count of victims: «N [من] persons», «persons», «X وY», with its lower-bound mark
// («ما لا يقل عن N», «N على الأقل») — and the number that ends right before a toll noun.

import type { Token } from "../normalize.js";
import { readNumber, stems, VAGUE_WORDS } from "../numbers.js";
import { CAS_NOUNS, NON_PERSON_AFTER, DEMONYMS } from "../cues.js";
import {
  COUNT_FILLERS, ORDINAL_ONE, UNIT_BEFORE, LOWER_BOUND_BEFORE, AT_LEAST_ON, AT_LEAST_LEAST, VAGUE_FILLERS, ONE_OF, RANK,
  PREPOSITIONS, NISBA_ENDING, TWO_AFTER, OF, UNIT_PREPOSITIONS, ORDINAL_ADJECTIVE, FORCES_BODY, RANK_AND_FILE, CAUSE_PREFIX, ALSO, ANOTHER, KILLER_SUBJECTS, KILLER_SUBJECT_TAIL, KILLERS_RIDING, ONE_OF_THEM_AFTER, KIN_AND,
  OWNER_SUFFIX, AGE_OPENERS, AGE_NOUN, AGE_UNITS, INJURY_WORDS, IN_STATE, HEALTH_STATES, WOUNDS_SUSTAINED, TAMYIZ, TOLL_MASDARS, CAUSE_WORDS, ONE_WORD, NATIONALITY, INCIDENT_NOUN, OTHER_ACT_WORD,
} from "../data/toll-words.js";
import { personForm } from "./person.js";
import { verbs } from "./matchers.js";

export interface Count { value: number | null; end: number; atLeast?: boolean }

/** «N … على الأقل» right after a count (within two tokens). */
export function atLeastAfter(toks: readonly Token[], end: number, sent: number): boolean {
  for (let k = end; k < Math.min(toks.length - 1, end + 3); k++) {
    if (toks[k]!.sent !== sent) return false;
    if (AT_LEAST_ON.has(toks[k]!.t) && toks[k + 1]!.t === AT_LEAST_LEAST) return true;
  }
  return false;
}

/** «ما لا يقل عن N», «أكثر من N» right before the count starting at k. */
export function atLeastBefore(toks: readonly Token[], k: number): boolean {
  const sent = toks[k]?.sent;
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    if (toks[b]!.sent !== sent) return false;
    if (LOWER_BOUND_BEFORE.has(toks[b]!.t)) return true;
  }
  return false;
}

/** The token after a number counts things, not people («5 صواريخ», «10 كم», «بالمئة»). */
function countsThings(afterT: string): boolean {
  if (!afterT) return false;
  if (!/^ب/.test(afterT)) return stems(afterT).some((s) => NON_PERSON_AFTER.has(s));
  return NON_PERSON_AFTER.has(afterT);
}

/** A toll noun or a person noun, or «من» before one: what a count of victims is followed by. */
const countsPeople = (afterT: string): boolean =>
  afterT === OF || personForm(afterT, undefined) >= 0 || !!CAS_NOUNS[afterT] || stems(afterT).some((s) => CAS_NOUNS[s]);

/** Read «N [من] persons», «persons», «X وY» starting at j. `dead`: it counts the killed, so a second victim told
 * «بجروح» («مقتل شرطي و شقيقته بجروح بليغة») was hurt, not killed, and is left out (secondVictim). */
export function readCount(toks: readonly Token[], j: number, sent: number, allowSkip: boolean, dead = false): Count | null {
  let k = j;
  let skipped = 0;
  let lower = false;
  let vague = false;
  while (k < toks.length && toks[k]!.sent === sent && COUNT_FILLERS.has(toks[k]!.t)) {
    if (LOWER_BOUND_BEFORE.has(toks[k]!.t)) lower = true;
    if (VAGUE_FILLERS.has(toks[k]!.t)) vague = true;
    k++;
  }
  for (;;) {
    const tok = toks[k];
    if (!tok || tok.sent !== sent) return null;
    const num = readNumber(toks, k);
    if (num) {
      const prev = toks[k - 1]?.t ?? "";
      if (UNIT_BEFORE.has(prev)) return null;
      const after = toks[k + num.len];
      const afterT = after && after.sent === sent ? after.t : "";
      if (countsThings(afterT)) return null;
      if (num.value === null) return { value: null, end: k + num.len };
      if (!Number.isInteger(num.value) || num.value > 5000) return null;
      if (skipped > 0 && !countsPeople(afterT)) return null;
      let value = num.value;
      let end = k + num.len;
      // «ثلاث نساء وطفل»: the counted noun, then additions
      const counted = !!afterT && !afterT.startsWith("و") && personForm(afterT, undefined) >= 0;
      if (counted) end++;
      // additive «ضابط وجنديان», «عمده القريه وثلاثه من ابنائه»; after a masdar («مقتل 17 جنديا») a number from 11 to
      // 99 counts a noun in the accusative, and another one with «و» («وضابطا») is counted by the same number («17
      // soldiers and officers»), not one more. After a verb the accusative is the object's: «قتلوا 12 راعيا وطفلا» is 13.
      const tamyiz = counted && TAMYIZ.test(afterT) && value >= 11 && value <= 99 && TOLL_MASDARS.has((toks[j - 1]?.t ?? "").replace(/^[وب]/, ""));
      const more = additive(toks, end, sent, dead, tamyiz);
      value += more.value;
      end = more.end;
      return lower || atLeastAfter(toks, end, sent) ? { value, end, atLeast: true } : { value, end };
    }
    if (VAGUE_WORDS.has(tok.t)) return { value: null, end: k + 1 };
    const pf = personForm(tok.t, toks[k + 1]?.t);
    // «مقتل عدد من الجنود»: a vague count, whatever noun follows
    if (vague && pf >= 0) return { value: null, end: k + 1 };
    // «اغتال مسلحون مجهولون، اليوم، مدرساً», «اغتال مسلحان محامياً»: the killers, then the victim
    const victim = pf >= 0 && skipped === 0 ? victimAfterKillers(toks, k, sent) : -1;
    if (victim >= 0) return readCount(toks, victim, sent, false, dead);
    if (pf > 0 && skipped === 0) {
      const more = additive(toks, k + 1 + (pf === 2 && TWO_AFTER.test(toks[k + 1]?.t ?? "") ? 1 : 0), sent, dead);
      return { value: pf + more.value, end: more.end };
    }
    if (pf === 0) {
      // plural noun without a number: «آخرين», «مدنيين» → vague
      return { value: null, end: k + 1 };
    }
    // («أصيب عدد آخر بجروح»: a vague count of others, not one other)
    if (skipped === 0 && (ORDINAL_ONE.has(tok.t) || (tok.t.endsWith("ا") && ORDINAL_ONE.has(tok.t.slice(0, -1))))) return { value: vague ? null : 1, end: k + 1 };
    // «مقتل عراقي برصاص حرس الحدود»: a people's name as the victim (no person noun after it to qualify; not the
    // killer: «قتل عراقي الجنسية ثلاثة من أقاربه»)
    if (skipped === 0 && isDemonym(tok.t) && personForm(toks[k + 1]?.t ?? "", undefined) < 0 &&
      !NATIONALITY.test(toks[k + 1]?.t ?? "") && !readNumber(toks, k + 1)) {
      const more = additive(toks, k + 1, sent, dead);
      return { value: 1 + more.value, end: more.end };
    }
    // «وتقتل أحدهم», «مقتل أحدهما»: one of those just named (not «لأحدهم»: one of the victims already counted)
    if (skipped === 0 && ONE_OF_THEM_AFTER.test(tok.t) && !tok.t.startsWith("ل")) return { value: 1, end: k + 1 };
    if (skipped === 0 && ONE_OF.test(tok.t) && toks[k + 1]?.sent === sent &&
      (/^ال/.test(toks[k + 1]!.t) || toks[k + 1]!.t === OF || personForm(toks[k + 1]!.t, undefined) >= 0)) {
      const more = additive(toks, k + 2, sent, dead);
      return { value: 1 + more.value, end: more.end };
    }
    if (!allowSkip || skipped >= 3 || verbs.at(toks, k) || OTHER_ACT_WORD.test(tok.t)) return null;
    skipped++;
    k++;
  }
}

/** After a verb, killers named as its subject («مسلحون مجهولون», then the time) and a singular or dual person noun
 * after them: that noun is the victim, where it starts (-1 if none). «قتل مسلحون في اشتباك» has none: they died. */
function victimAfterKillers(toks: readonly Token[], k: number, sent: number): number {
  if (!KILLER_SUBJECTS.has(toks[k]!.t)) return -1;
  let j = k + 1;
  for (let riding = 0; j < k + 8 && toks[j]?.sent === sent; j++) {
    if (KILLER_SUBJECT_TAIL.has(toks[j]!.t)) continue;
    // «مسلحون مجهولون يستقلون دراجة نارية، مساء الخميس، ناشطاً»: what they rode (a noun and its adjective), no victim
    if (riding === 0 && KILLERS_RIDING.has(toks[j]!.t)) { riding = 1; continue; }
    if (riding > 0 && riding <= 2 && personForm(toks[j]!.t, toks[j + 1]?.t) < 0) { riding++; continue; }
    break;
  }
  const t = toks[j];
  return t && t.sent === sent && personForm(t.t, toks[j + 1]?.t) > 0 ? j : -1;
}

/** The items added to a count with «و»: «ضابط وجنديان», «ضابط و3 جنود», «آمر فوج وثلاثة من مرافقيه». */
export function additive(toks: readonly Token[], from: number, sent: number, dead = false, underCount = false): { value: number; end: number } {
  let value = 0;
  let k = from;
  for (let guard = 0; guard < 4; guard++) {
    const j = nextItem(toks, k, from, sent, dead);
    const t = toks[j];
    // «ضابط و3 جنود»: the conjunction stands apart before digits
    if (t && t.sent === sent && t.t === "و") {
      const second = secondVictim(toks, j, sent, dead);
      if (second) { value += second.value; k = second.end; continue; }
      const num = readNumber(toks, j + 1);
      if (!num || num.value === null || toks[j + 1 + num.len]?.sent !== sent) break;
      const after = toks[j + 1 + num.len]!.t;
      if (!addsPeople(after)) break;
      value += num.value;
      k = j + num.len + 2;
      continue;
    }
    if (!t || t.sent !== sent || !t.t.startsWith("و") || t.t.length < 3) break;
    const bare = t.t.slice(1);
    if (verbs.at([{ ...t, t: bare }], 0)) break;
    const num = readNumber([{ ...t, t: bare }, ...toks.slice(j + 1, j + 3)], 0);
    if (num && num.value !== null) {
      const after = toks[j + num.len]?.t ?? "";
      if (!addsPeople(after)) break;
      value += num.value;
      k = j + num.len + 1;
      continue;
    }
    const pf = personForm(bare, toks[j + 1]?.t);
    // «مقتل عراقي وسوري»: a people's name as the second victim, after one person or a people's name (after a dual it is
    // in apposition: «مقتل جنديين أمريكي وبريطاني» is two)
    if (pf < 0 && isDemonym(bare) && oneBefore(toks, from)) { value += 1; k = j + 1; continue; }
    // a second noun under the same number ends the phrase: the cause («بهجوم») or the clause follows it. Qualified
    // («وضابطا برتبة نقيب», «وطفلا رضيعا», «ومنتسبا في الشرطة») it is one more person.
    if (pf > 0 && underCount && TAMYIZ.test(bare) && endsCount(toks, j + 1, sent)) { k = j + 1; continue; }
    if (pf > 0) { value += pf; k = j + 1; continue; }
    break;
  }
  return { value, end: k };
}

/** A people's name as a noun, with or without the article («عراقي», «الإيراني»). */
const isDemonym = (t: string): boolean => DEMONYMS.has(t.replace(/^ال/, ""));

/** The victim before `from` is one person or a people's name («مقتل عراقي وسوري»), not a dual or a plural. */
function oneBefore(toks: readonly Token[], from: number): boolean {
  const t = toks[from - 1]?.t ?? "";
  return personForm(t, undefined) === 1 || isDemonym(t);
}

/** The count's phrase ends before token k: the sentence ends, the cause opens («بهجوم», «جراء»), or the next clause
 * («وإصابة آخرين»: a «و» word that is no person; not «واحداً», which qualifies the noun before it: «ومدنياً واحداً»). */
function endsCount(toks: readonly Token[], k: number, sent: number): boolean {
  const t = toks[k];
  if (!t || t.sent !== sent || CAUSE_WORDS.has(t.t)) return true;
  // «في هجوم»: the cause after «في»
  if (t.t === "في" && INCIDENT_NOUN.test(toks[k + 1]?.t ?? "")) return true;
  if (CAUSE_PREFIX.test(t.t)) return !RANK.test(t.t);
  return t.t.startsWith("و") && t.t.length > 2 && !ONE_WORD.test(t.t) && personForm(t.t.slice(1), toks[k + 1]?.t) < 0;
}

/** After «و N»: people of this kind («و3 جنود», «وثلاثة من مرافقيه»), not another kind («مقتل 3 و5 جرحى»). */
function addsPeople(after: string): boolean {
  if (after !== OF && personForm(after, undefined) < 0) return false;
  return !stems(after).some((x) => CAS_NOUNS[x]);
}

/** Where the next «و» item of a list stands: one adjective («ضابط عراقي وجنديان»), a rank phrase
 * («برتبة ملازم أول وجنديين») or a head noun («آمر فوج وثلاثة») may sit before it. */
function nextItem(toks: readonly Token[], k: number, from: number, sent: number, dead: boolean): number {
  let j = k;
  const t0 = toks[j];
  if (!t0 || t0.sent !== sent) return j;
  // «قتل مختار قرية البو عجيل وزوجته», «ضابطاً برتبة نقيب في وزارة الداخلية وشقيقه»: his kin, past what names him
  if (k === from && !t0.t.startsWith("و")) {
    const kin = kinAhead(toks, j, sent);
    if (kin >= 0) return kin;
  }
  if (!t0.t.startsWith("و") && toks[j + 1]?.t.startsWith("و") && NISBA_ENDING.test(t0.t)) j++;
  else if (RANK.test(t0.t)) {
    let r = j + 1;
    while (r < j + 4 && toks[r] && toks[r]!.sent === sent && !toks[r]!.t.startsWith("و")) r++;
    j = r;
  } else if (k === from && !t0.t.startsWith("و") && !t0.t.startsWith("ب") && !PREPOSITIONS.has(t0.t) && !/^ال/.test(t0.t) && t0.t.length > 2 &&
    toks[j + 1]?.t.startsWith("و") && readNumber([{ ...toks[j + 1]!, t: toks[j + 1]!.t.slice(1) }], 0)) j++;
  else if (k === from) j = afterQualifier(toks, j, sent, dead);
  return j;
}

/** Words a victim's kin may come after him («مختار قرية البو عجيل وزوجته»). */
const KIN_REACH = 6;

/** Where the victim's kin («وزوجته», «وشقيقه», «ونجله»: the pronoun is his) stands within KIN_REACH words from j, in
 * the sentence, with no verb and no cause before it; -1 if none. */
function kinAhead(toks: readonly Token[], j: number, sent: number): number {
  for (let r = j; r < j + KIN_REACH; r++) {
    const t = toks[r];
    if (!t || t.sent !== sent || verbs.at(toks, r) || CAUSE_WORDS.has(t.t) || (CAUSE_PREFIX.test(t.t) && !RANK.test(t.t))) return -1;
    if (KIN_AND.test(t.t)) return r;
  }
  return -1;
}

/** «آمر الفوج الثاني واثنين من الجنود», «ضابط في الجيش وجنديان»: the first victim's unit — a definite
 * genitive, or «في / من» and a body of the forces — with up to one adjective, then the list goes on with a
 * count («واثنين من», «وثلاثة», a dual). A single person after it is more often the subject of the next clause
 * («اغتيال مختار في الطارمية ومحافظ بغداد يوجه …»), and a place after «في» is where it happened: no skip. */
function afterQualifier(toks: readonly Token[], j: number, sent: number, dead: boolean): number {
  let r = j;
  const prep = UNIT_PREPOSITIONS.has(toks[r]?.t ?? "");
  if (prep) r++;
  const first = toks[r];
  if (!first || first.sent !== sent || !/^ال/.test(first.t) || first.t.length < 4) return j;
  if (prep && !FORCES_BODY.test(first.t)) return j;
  r++;
  const adj = toks[r];
  if (adj && adj.sent === sent && ((/^ال/.test(adj.t) && NISBA_ENDING.test(adj.t)) || ORDINAL_ADJECTIVE.test(adj.t))) r++;
  const item = toks[r];
  if (!item || item.sent !== sent || !item.t.startsWith("و")) return j;
  const bare = item.t.slice(1);
  const counts = !!readNumber([{ ...item, t: bare }, ...toks.slice(r + 1, r + 3)], 0) || personForm(bare, toks[r + 1]?.t) === 2 ||
    !!secondVictim(toks, r, sent, dead);
  return counts ? r : j;
}

/** A second victim after «و» (joined or standing apart) at r, where a single person noun is read as one only
 * when the phrase cannot be the next clause: a noun of the first victim's own («وحارسه الشخصي», «وصديقه»,
 * «و طفليها»: a possessive suffix refers back to him) or a rank-and-file victim («و مدني», «ومقاتل من الحشد»),
 * and after it the toll phrase goes on to its cause or a preposition («بانفجار», «من», «أيضاً»), not to a
 * verb («و والده يصاب», «و مسؤول محلي: …» stay out). */
function secondVictim(toks: readonly Token[], r: number, sent: number, dead: boolean): { value: number; end: number } | null {
  const item = toks[r];
  if (!item || item.sent !== sent || !item.t.startsWith("و")) return null;
  const at = item.t === "و" ? r + 1 : r;
  const noun = toks[at];
  if (!noun || noun.sent !== sent) return null;
  const w = at === r ? item.t.slice(1) : noun.t;
  if (w.length < 3) return null;
  const pf = personForm(w, toks[at + 1]?.t);
  if (pf <= 0) return null;
  const owned = OWNER_SUFFIX.some((suf) => w.endsWith(suf) && ownerOf(w.slice(0, -suf.length))) ||
    (pf === 2 && OWNER_SUFFIX.some((suf) => w.endsWith(suf)));
  const rankAndFile = stems(w).some((x) => RANK_AND_FILE.has(x));
  if (!owned && !rankAndFile) return null;
  return closesTollPhrase(toks, at + 1, sent, dead) ? { value: pf, end: at + 1 } : null;
}

/** A person noun before a possessive suffix, its feminine «ة» written «ت» there as Arabic does («ابنتها», «زوجته»).
 * (personForm reads the suffixed word so too; here the head alone says the suffix is one.) */
function ownerOf(head: string): boolean {
  return personForm(head, undefined) > 0 || (head.length > 2 && head.endsWith("ت") && personForm(`${head.slice(0, -1)}ه`, undefined) > 0);
}

/** After a second victim: the end of the sentence, a «ب» cause, a preposition, «أيضاً» or the next toll phrase
 * («و إصابة زوجها»), past at most one definite adjective or «آخر» («وحارسه الشخصي بهجوم», «و مقاتل آخر بهجوم») and
 * an age («و ابنتها البالغة من العمر 13 عاما بقصف»). */
function closesTollPhrase(toks: readonly Token[], k: number, sent: number, dead: boolean): boolean {
  k = afterAge(toks, k, sent);
  let t = toks[k];
  if (t && t.sent === sent && ((/^ال/.test(t.t) && NISBA_ENDING.test(t.t)) || ANOTHER.has(t.t))) t = toks[++k];
  if (!t || t.sent !== sent) return true;
  if (t.t === "و" ? toks[k + 1]?.sent === sent && verbs.at(toks, k + 1) : t.t.startsWith("و") && verbs.at(toks, k)) return true;
  return (CAUSE_PREFIX.test(t.t) && !(dead && hurtAt(toks, k, sent))) || PREPOSITIONS.has(t.t) || ALSO.has(t.t);
}

/** How a victim was hurt starts at k («بجروح بليغة», «بحالة حرجة»): the victim before it was wounded, not killed —
 * unless the wounds are what they died of («بجراح اصيبا بها»). */
function hurtAt(toks: readonly Token[], k: number, sent: number): boolean {
  const t = toks[k];
  if (!t || t.sent !== sent) return false;
  const next = toks[k + 1];
  const then = next && next.sent === sent ? next.t : "";
  if (INJURY_WORDS.has(t.t)) return !WOUNDS_SUSTAINED.test(then);
  return IN_STATE.has(t.t) && HEALTH_STATES.has(then);
}

/** Past an age told of a victim («البالغ من العمر 13 عاماً», «البالغة 13 عاماً»): where the phrase goes on. */
function afterAge(toks: readonly Token[], k: number, sent: number): number {
  if (!AGE_OPENERS.has(toks[k]?.t ?? "") || toks[k]!.sent !== sent) return k;
  let j = k + 1;
  if (toks[j]?.t === OF && toks[j + 1]?.t === AGE_NOUN) j += 2;
  const n = toks[j] && toks[j]!.sent === sent ? readNumber(toks, j) : null;
  if (!n) return k;
  j += n.len;
  return AGE_UNITS.has(toks[j]?.t ?? "") && toks[j]!.sent === sent ? j + 1 : k;
}

/** The number that ends right before token i (a number may span two tokens). */
export function numberBefore(toks: readonly Token[], i: number): number | null | undefined {
  // the longest number that ends right before i («احد عشر قتيلا» is 11, not 10)
  for (let back = 3; back >= 1; back--) {
    const k = i - back;
    if (k < 0 || toks[k]!.sent !== toks[i]!.sent) continue;
    const r = readNumber(toks, k);
    if (r && k + r.len === i) {
      if (UNIT_BEFORE.has(toks[k - 1]?.t ?? "")) return undefined;
      if (r.value !== null && (!Number.isInteger(r.value) || r.value > 5000)) return undefined;
      return r.value;
    }
  }
  return undefined;
}
