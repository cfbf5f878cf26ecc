// Reasons found once the frames are passed: every act in the past, an arrest of no militant, only
// aftermath with no weapon, attack or killing named, or an interception of nothing named (aftermath too).

import type { Token } from "../normalize.js";
import { readNumber } from "../numbers.js";
import {
  FOLLOW_UP, OF_WOUNDS, HARM, FALL, FALLEN_OBJECT, MILITARY_TARGET, AGO, AGO_UNIT, YEAR_BEFORE, INTERCEPTION, INCOMING, COUNTER, ARREST, RELEASE, SOUND,
} from "../data/incident-words.js";
import type { Hit } from "../match.js";
import type { TypeCue } from "../cues.js";
import { past, militant, killing, events } from "./matchers.js";
import { notToday } from "../earlier-today.js";
import { appendedBackground } from "../appended-background.js";
import { MONTHS, YEAR } from "../data/story-words.js";
import type { Reading } from "./reading.js";

export function lateReason(r: Reading, year: number | undefined): string | null {
  if (pastEvent(r, year)) return "past-event";
  if (arrestOfNoMilitant(r)) return "arrest-not-militant";
  if (onlyAftermath(r)) return "aftermath";
  if (interceptionOfNothing(r)) return "aftermath";
  return null;
}

/** Every act — blasts heard, smoke and falls too — is told in background sentences (earlier events, comparisons,
 * «قبل 5 أشهر», «عام 2014», «في حزيران 2014»), and no death from wounds brings it to now. A cue in a clause appended
 * after an act, about an earlier act of its own or ranking the news, does not date that act (appended-background.ts). */
function pastEvent(r: Reading, year: number | undefined): boolean {
  const { toks, evs } = r;
  const cues = [...notToday(toks, past.find(toks)).map((h) => h.i), ...agoCues(toks), ...earlierYearCues(toks, year)];
  if (!cues.length) return false;
  const followUp = toks.some((t, k) => FOLLOW_UP.test(t.t) && OF_WOUNDS.test(toks[k + 1]?.t ?? ""));
  if (followUp) return false;
  const named = events.find(toks);
  for (const h of evs) if (!dated(r, cues, named, h)) return false;
  return true;
}

/** The act `h` shares a sentence with a past cue that dates it (not one of a clause appended after it). An arrest or
 * a release is not dated by a cue after the act it answers («القبض على متهمين بتنفيذ تفجير … الشهر الماضي», «تحرر شاباً
 * اختطفته عصابة قبل ثلاثة أيام»): the cue dates that act; the arrest is today's news. */
function dated(r: Reading, cues: readonly number[], named: readonly Hit<number>[], h: Hit<number>): boolean {
  const { toks } = r;
  const answers = ARREST.test(h.p) || RELEASE.has(h.p);
  return cues.some((c) => toks[c]!.sent === toks[h.i]!.sent && !appendedBackground(toks, r.norm, h.i, c, named) &&
    !(answers && c > h.i && r.evs.some((e) => e.i > h.i && e.i < c && !ARREST.test(e.p) && !RELEASE.has(e.p))));
}

/** Weapons heard from afar: a drone, a missile or aircraft whose sound is all that is told. (Gunfire heard
 * is shooting where it is heard: «بعد سماع أصوات إطلاق نار» stays an act.) */
const AUDIBLE: ReadonlySet<string> = new Set(["drone", "rocket", "airstrike"]);

/** The weapon hit is a sound heard («صوت مسيرة»: the sound of a drone), not a weapon anyone used or carried. */
const heard = (toks: readonly Token[], h: Hit<TypeCue>): boolean =>
  AUDIBLE.has(h.v.type) && h.i > 0 && SOUND.test(toks[h.i - 1]!.t) && toks[h.i - 1]!.sent === toks[h.i]!.sent;

/** Arrests count only when they target militants / armed men, not politicians or crowds (nor a prankster whose
 * horn sounded like drones: a weapon only heard makes no arrest an operation against armed men). */
function arrestOfNoMilitant(r: Reading): boolean {
  const { toks, typeHits } = r;
  const onlyArrest = !typeHits.some((h) => h.v.type !== "security_operation" && !h.v.weak && !heard(toks, h)) && !killing.find(toks).length;
  if (!onlyArrest || !typeHits.some((h) => h.v.type === "security_operation")) return false;
  // «جهاز مكافحة الإرهاب يعتقل صاحب المنزل»: the force's name names no militant arrested (its operations,
  // «العملية العسكرية», are against militants by name)
  const arrestsOnly = typeHits.every((h) => h.v.type !== "security_operation" || ARREST.test(h.p));
  return !militant.find(toks).some((h) => !(arrestsOnly && COUNTER.test(toks[h.i - 1]?.t ?? "")));
}

/** «منظومة الباتريوت تحاول الاعتراض في أربيل»: air defences firing with no incoming drone, rocket or aircraft
 * named is a launch on its own (corpus rules: interceptor launches alone are no incident) — aftermath, which
 * merging may attach to an attack under way (data/followups.ts reads air defences as a follow-up). */
function interceptionOfNothing(r: Reading): boolean {
  return r.evs.every((h) => INTERCEPTION.has(h.p)) && !r.typeHits.some((h) => INCOMING.has(h.v.type) && !h.v.weak);
}

/** Only aftermath or injuries («أعمدة الدخان تتصاعد من …», «طالت مكاتب …», «سقوط إصابات») with no weapon,
 * attack or killing named: not an incident on its own — a follow-up when an incident is known nearby. */
function onlyAftermath(r: Reading): boolean {
  const { toks, typeHits, evs, strongEvents } = r;
  return !strongEvents.length && !typeHits.some((h) => !h.v.weak) && !killing.find(toks).length &&
    !evs.some((h) => HARM.has(h.p) || (FALL.test(h.p) && FALLEN_OBJECT.test(toks[h.i + 1]?.t ?? ""))) &&
    !toks.some((t) => MILITARY_TARGET.test(t.t));
}

/** «قبل ثلاثة أسابيع», «قبل 5 أشهر»: a time ago (PAST_CUES lists the wordings without a number); the
 * positions of «قبل». */
function agoCues(toks: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.t !== AGO) continue;
    const n = readNumber(toks, i + 1);
    if (!n) continue;
    const u = toks[i + 1 + n.len];
    if (u && u.sent === toks[i]!.sent && AGO_UNIT.test(u.t)) out.push(i);
  }
  return out;
}

/** Each month's last word → the words before it in each month it ends («الثاني»: كانون, تشرين; «حزيران»: ""). */
const MONTH_ENDS = new Map<string, string[]>();
for (const m of MONTHS) {
  const words = m.split(" ");
  const last = words.pop()!;
  MONTH_ENDS.set(last, [...(MONTH_ENDS.get(last) ?? []), words.join(" ")]);
}
const CLITIC = /^(و|ب|ل)(?=..)/;

/** Token i ends a month's name that heads its sentence («في حزيران 2014، …», «في 10 كانون الثاني 2015 قتل …»): a date
 * there dates what the sentence tells. Further in, a month and year mostly date a noun («ناشط في احتجاجات تشرين الأول
 * 2019», «مجزرة سبايكر في حزيران 2014») or start a span («للمرة الأولى منذ حزيران 2014»), not the act. */
function monthHeadsAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!.t;
  const before = MONTH_ENDS.get(t) ?? MONTH_ENDS.get(t.replace(CLITIC, ""));
  if (!before) return false;
  const prev = i > 0 ? toks[i - 1]!.t.replace(CLITIC, "") : null;
  const two = before.includes(prev ?? "\0") && toks[i - 1]!.sent === toks[i]!.sent;
  if (!two && !before.includes("")) return false;
  let k = two ? i - 1 : i;
  if (k > 0 && toks[k - 1]!.sent === toks[k]!.sent && /^\d{1,2}$/.test(toks[k - 1]!.t)) k--;
  if (k > 0 && toks[k - 1]!.sent === toks[k]!.sent && IN_OR_AND.test(toks[k - 1]!.t)) k--;
  return k === 0 || toks[k - 1]!.sent !== toks[k]!.sent;
}
const IN_OR_AND = /^(في|وفي|و)$/;

/** «عام 2014», «في العام 2019», «في حزيران 2014، …» at a sentence's head: an earlier year than the report's (the positions of the year's
 * word or the month's). */
function earlierYearCues(toks: readonly Token[], year: number | undefined): number[] {
  const out: number[] = [];
  if (!year) return out;
  // the year first: the word before it is asked only of the few tokens before an earlier year
  for (let i = 0; i + 1 < toks.length; i++) {
    const next = toks[i + 1]!.t;
    if (next.length !== 4 || !YEAR.test(next) || Number(next) >= year) continue;
    if (YEAR_BEFORE.test(toks[i]!.t) || monthHeadsAt(toks, i)) out.push(i);
  }
  return out;
}
