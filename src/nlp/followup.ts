// Follow-ups with no facts of their own («ambulances rush to where the drone
// fell», «the base is burning», «air defences keep firing over Erbil», «a
// direct hit»): not incidents on their own (the corpus rules), but reports of
// one. The merging stage attaches them to the most recent compatible event;
// this reads what it needs for that — which kind of follow-up, where, and what
// it adds when it says (the weapon, the target, a toll): an update of the
// event, never an alert of its own. Pure, like the rest of nlp/. The cue lists
// are data (data/followups.ts).

import { normalizeArabic, tokenize } from "./normalize.js";
import { resolvePlace } from "./place/index.js";
import { PhraseMatcher } from "./match.js";
import { classifyType } from "./type.js";
import { extractCasualties } from "./casualties/index.js";
import { findActors } from "./perpetrator.js";
import { stems } from "./numbers.js";
import { districtOf } from "./gazetteer.js";
import { speakerPrefix } from "./classify/statement.js";
import type { Token } from "./normalize.js";
import type { PlaceResolution } from "./place/index.js";
import {
  AFTERMATH_CUES, BARE_PLACE_WORDS, FIRE_WORDS, FOREIGN_NATIONALITY_WORDS, PERSIAN_ACCOUNT_CUES, RENEWED_CUES, SITE_NOUNS, type AftermathKind,
} from "./data/followups.js";
import { MILITARY_TARGET } from "./data/incident-words.js";
import type { AttackType, ProvinceId } from "./taxonomy.js";

export interface FollowUpCue {
  kind: AftermathKind;
  /** where it says it is, as resolvePlace reads it (empty: no Iraqi place named) */
  provinces: ProvinceId[];
  place: string | null;
  placeId: string | null;
  district: string | null;
  coordinates: { lat: number; lon: number } | null;
  /** the weapon it names («إصابة مباشرة للمسيرات»: a drone); `other` when it names none */
  type: AttackType;
  /** the target it names («مقرات المعارضة»), as the extractor's target table reads it; none for air defences */
  target: string | null;
  /** a toll it states («ارتفاع حصيلة … إلى خمسة شهداء»), as the extractor reads tolls */
  killed: number | null;
  injured: number | null;
  /** a combined figure it states («ارتفاع الحصيلة إلى 20 بين قتيل وجريح») */
  casualties: number | null;
  /** the kind of site it names with the article («الحقل النفطي»: حقل), normalised; null when none */
  site: string | null;
}

const cues = new PhraseMatcher<AftermathKind>(AFTERMATH_CUES.map((c) => ({ p: normalizeArabic(c.p), v: c.kind })));
const fire = new PhraseMatcher<AftermathKind>(FIRE_WORDS.map((p) => ({ p: normalizeArabic(p), v: "aftermath" })));
const persian = new PhraseMatcher<AftermathKind>(PERSIAN_ACCOUNT_CUES.map((p) => ({ p: normalizeArabic(p), v: "account" })));
const quick = [...new Set([...AFTERMATH_CUES.map((c) => c.p), ...FIRE_WORDS, ...PERSIAN_ACCOUNT_CUES].map((p) => normalizeArabic(p).split(" ")[0]!.replace(/\*$/, "")))];
const foreignForces = new PhraseMatcher<true>(FOREIGN_NATIONALITY_WORDS.map((w) => ({ p: normalizeArabic(w), v: true })));
const renewed = new PhraseMatcher<true>(RENEWED_CUES.map((w) => ({ p: normalizeArabic(w), v: true })));
const bareWords = new Set(BARE_PLACE_WORDS.map(normalizeArabic));
const siteNouns = new Set(SITE_NOUNS.map(normalizeArabic));
const DEFINITE = /^(و|ف|ب|ل)?ال/;

/** The first kind of site the text names with the article («في الحقل النفطي»), normalised. */
function siteNamed(toks: readonly Token[]): string | null {
  for (const t of toks) {
    if (!DEFINITE.test(t.t)) continue;
    const s = stems(t.t).find((x) => siteNouns.has(x));
    if (s) return s;
  }
  return null;
}

/** Longest bare place flash, in words («انفجاريين مجددا في محافظة اربيل»). */
const MAX_BARE = 8;

/**
 * A post that is a place and (nearly) nothing else: "flash" for the place alone, "footage" for «من» and the
 * place (a caption), "again" for the place and «مجددا» with at most one other word (an act the extractor
 * did not read: «انفجاريين مجددا في …»). Null when it says anything more, or names no Iraqi place.
 */
function barePlace(toks: readonly Token[], place: PlaceResolution): AftermathKind | null {
  if (toks.length === 0 || toks.length > MAX_BARE || place.provinces.length === 0 || place.foreign) return null;
  const covered = new Set<number>();
  for (const m of place.mentions) {
    if (!m.place || !m.province) continue;
    for (let i = m.i; i < m.i + m.len; i++) covered.add(i);
  }
  const again = renewed.find(toks);
  for (const h of again) for (let i = h.i; i < h.i + h.len; i++) covered.add(i);
  const rest = toks.filter((t, i) => !covered.has(i) && !stems(t.t).some((s) => bareWords.has(s)));
  if (again.length > 0) return rest.length <= 1 ? "again" : null;
  if (rest.length > 0) return null;
  return stems(toks[0]!.t).includes("من") ? "footage" : "flash";
}

/** Kinds of place that are one site an attack aims at (a base, an airport, a field, a camp), not a town. */
const SITE_PLACES: ReadonlySet<string> = new Set(["base", "landmark", "crossing"]);

/**
 * A speaker's statement about one site («شركة دانة غاز: لم تسجل اي اصابات في صفوف العاملين بحقل كورمور وتم ايقاف الانتاج»):
 * the operator's, the base's or the targeted side's word on a site just hit — a follow-up of kind "site-statement",
 * which joins only an event at that very site (follow-ups.ts), with the toll it states. Null when it names no such
 * site of Iraq, or is long.
 */
export function readSiteStatement(text: string): FollowUpCue | null {
  if (text.length > MAX_FOLLOW_UP) return null;
  const norm = normalizeArabic(text);
  if (speakerPrefix(norm) === null) return null;
  const toks = tokenize(norm);
  const place = resolvePlace(toks);
  const entry = place.mention?.place ?? null;
  if (!entry || place.foreign || !SITE_PLACES.has(entry.kind)) return null;
  const { killed, injured, casualties } = extractCasualties(toks);
  return {
    kind: "site-statement", provinces: place.provinces, place: entry.ar, placeId: entry.id, district: districtOf(entry),
    coordinates: entry.lat || entry.lon ? { lat: entry.lat, lon: entry.lon } : null,
    // what the site says of the attack names no weapon of its own worth retyping it
    type: "other", target: null, killed, injured, casualties: casualties ?? null, site: null,
  };
}

/** Longest text read: a follow-up is a line or two; a long text that is no incident is an article about something else. */
const MAX_FOLLOW_UP = 400;

/**
 * The follow-up a text is, or null: no cue, too long, placed abroad, or naming
 * no place while speaking of another country's forces. Whether one that names
 * no place can be read in the context of the event just reported is the
 * merging stage's call (src/incidents/follow-ups.ts).
 */
export function readFollowUp(text: string): FollowUpCue | null {
  if (text.length > MAX_FOLLOW_UP) return null;
  const norm = normalizeArabic(text);
  const toks = tokenize(norm);
  const cued = quick.some((w) => norm.includes(w));
  // something «in the sky» is a follow-up only when it is drones or missiles: warplanes, cargo planes or tankers in
  // Iraq's sky are no attack under way
  const aloft = () => { const t = classifyType(toks); return t === "drone" || t === "rocket"; };
  const cue = cued ? cues.find(toks).find((h) => h.v !== "overhead" || aloft()) : undefined;
  // fire in plain words only at a target of attacks (an HQ, a base): elsewhere it may be any fire
  let hit = cued ? cue ?? (toks.some((t) => MILITARY_TARGET.test(t.t)) ? fire.find(toks)[0] : undefined) ?? persian.find(toks)[0] : undefined;
  // with no cue, only a bare place flash (a few words) is one
  if (!hit && toks.length > MAX_BARE) return null;
  const place = resolvePlace(toks);
  if (!hit) {
    const bare = barePlace(toks, place);
    if (!bare) return null;
    hit = { i: 0, len: toks.length, v: bare, p: "" };
  }
  if (place.foreign) return null;
  // the attacking side's account in Persian counts only where it places the attack in Iraq
  if (hit.v === "account" && place.provinces.length === 0) return null;
  // the channel runs foreign news between the flashes («الدفاعات الجوية الأردنية ترفع …»)
  if (place.provinces.length === 0 && foreignForces.find(toks).length > 0) return null;
  const m = place.mention;
  const entry = m?.place ?? null;
  const { killed, injured, casualties } = extractCasualties(toks);
  // «فشل الباتريوت», «تفعيل»: what the defenders do is no raid; a follow-up names the attack's weapon or none
  const type = classifyType(toks);
  return {
    kind: hit.v,
    provinces: place.provinces,
    place: entry?.ar ?? null,
    placeId: entry?.id ?? null,
    district: entry ? districtOf(entry) : null,
    coordinates: entry && (entry.lat || entry.lon) ? { lat: entry.lat, lon: entry.lon } : null,
    // (air defences «confronting» («التصدي») is no clash; a Persian account is read by the Arabic rules only for its
    // place: «پهپادهای انتحاری», suicide drones, is no suicide bomber)
    type: type === "security_operation" || hit.v === "account" || (hit.v === "defence" && type === "clash") ? "other" : type,
    // the forces an air defence belongs to are the defenders, not the target
    target: hit.v === "defence" ? null : findActors(toks).target,
    killed,
    injured,
    casualties: casualties ?? null,
    site: siteNamed(toks),
  };
}
