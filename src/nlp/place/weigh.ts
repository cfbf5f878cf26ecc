// The weight of each place mention for its province (or its foreign country): the headline and the lead
// weigh most, a locative frame adds, a reference point, a background sentence and a bare country name
// weigh little; some mentions are no location at all.

import type { Token } from "../normalize.js";
import type { ProvinceId } from "../taxonomy.js";
import { districtOf, type PlaceMention } from "../gazetteer.js";
import { stems } from "../numbers.js";
import {
  ADMIN, BASE, SPATIAL, ACT_OF_PLACE, AFTER_WORD, AFTER_SPAN, IN, FUNCTION_AL, NOT_ADJECTIVE, COUNTRY_WORD, STATES, TERRITORY_OF, LANDFORM_OF, COMPASS, DISTANCE_UNIT, AREA_NOUN,
} from "../data/location-words.js";
import { frameOf, sourcePlace, attackOn, heardFromElsewhere } from "./frame.js";
import type { Frame } from "./frame.js";
import { namesakeAbroad } from "./namesake.js";
import { containedIn, inDistrictNamed } from "./containers.js";
import { iraqiSide } from "./iraq.js";

/** What the story says around its mentions. */
export interface Story {
  toks: readonly Token[];
  mentions: readonly PlaceMention[];
  /** per token, 1 when told as background (earlier events, comparisons: index.ts backgroundTokens) */
  bg: Uint8Array;
  firstSent: number;
  /** mentions that are an outlet's name in a dateline line («البصرة - بغداد اليوم»): no place */
  outlets: ReadonlySet<number>;
  /** provinces named as such («محافظة ديالى») */
  provincesNamed: ReadonlySet<ProvinceId | null>;
  /** places where sounds from elsewhere were heard, at any of their mentions (heardPlaces) */
  heard: ReadonlySet<string>;
}

/** The weights summed so far. */
export interface Tally {
  prov: Map<ProvinceId, number>;
  foreign: Map<string, number>;
  weights: Map<PlaceMention, number>;
  /** mentions that count only when no province gets any weight (an institution, a direction, an
   * ambiguous name after a spatial preposition) */
  fallback: { m: PlaceMention; w: number; provinceOnly?: boolean }[];
  /** towns the place lies outside of («شمالي العاصمة بغداد»: outsideOf) */
  outside: Set<PlaceMention>;
  /** mentions the story puts the incident in («في», «منطقة», «قضاء» before them) */
  placed: Set<PlaceMention>;
}

const addTo = <K>(map: Map<K, number>, k: K, w: number): void => { map.set(k, (map.get(k) ?? 0) + w); };

/** The places where sounds from elsewhere were heard (heardFromElsewhere), at one mention or another: a tag «#الفاو»
 * under «أهالي الفاو يسمعون أصوات انفجارات قادمة من عبادان» is that place too. */
export function heardPlaces(toks: readonly Token[], mentions: readonly PlaceMention[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const m of mentions) if (m.place && !m.country && heardFromElsewhere(toks, m.i, m.len)) (out ??= new Set()).add(m.place.id);
  return out ?? NONE;
}
const NONE: ReadonlySet<string> = new Set();

/** Weigh mention `mi` of the story into the tally. */
export function weighMention(s: Story, t: Tally, mi: number): void {
  const { toks, mentions, firstSent } = s;
  const m = mentions[mi]!;
  const tok = toks[m.i]!;
  if (s.outlets.has(mi)) return;
  const reference = compassReference(s, t, mi);
  // of another province (or a distance away) it does not place the incident; of the same one it still says the
  // province, but is not the place
  const own = reference && reference !== m.province ? "ref" : frameOf(toks, m.i, !!m.country);
  // «يسمع صداه في قضاء شط العرب بالبصرة»: the province right after a place where a sound was heard is that place's
  const prev = mentions[mi - 1];
  // (and the province of a reference point, right after it or after «في»: «المقابلة لمنفذ المنذرية في ديالى»)
  const prevFrame = prev && !m.country && prev.province === m.province &&
    (prev.i + prev.len === m.i || (prev.i + prev.len === m.i - 1 && toks[m.i - 1]!.t === IN)) ? frameOf(toks, prev.i, !!prev.country) : null;
  const frame = own === "loc" && prevFrame === "near" ? "near" : own === "loc" && prevFrame === "ref" ? "ref"
    // «… قرب مدينة بيرانشهر داخل الأراضي الإيرانية، بحسب مصادر محلية في قضاء جومان»: where the source is, beside an
    // event placed abroad, places it only when nothing else does (a source at the event's place is the usual case)
    : own === "loc" && !m.country && mentions.some((o) => o.country) && sourcePlace(toks, m.i) ? "inst" : own;
  if (frame === "not" || (!!m.place && s.heard.has(m.place.id))) return;
  if (frame === "inst" || frame === "dir") {
    if (m.province && !m.country && !m.ambiguous) t.fallback.push({ m, w: (tok.sent === firstSent ? 1 : 0.5) * (frame === "dir" ? 0.5 : 1) });
    if (frame === "dir" && m.country) addTo(t.foreign, m.country, 0.5);
    return;
  }
  // «X بمحافظة P» where the gazetteer puts X elsewhere (a homonym): the text decides
  if (m.province && m.place?.kind !== "province" && containedIn(toks, m, mentions[mi + 1]) && mentions[mi + 1]!.province !== m.province) return;
  // «قرية الحديد في ناحية أبي صيدا» where the gazetteer's Hadid lies in another district: a homonym the gazetteer does
  // not know, inside the district or sub-district the text names (which is weighed on its own)
  const next = mentions[mi + 1];
  if (m.place && m.place.kind !== "province" && m.place.kind !== "district" && inDistrictNamed(toks, m, next) &&
    districtOf(m.place) !== districtOf(next!.place!)) return;
  if (commonNounWithAdjective(s, m)) return;
  if (ambiguousUnconfirmed(s, m)) {
    const w = ambiguousFallback(s, m);
    if (w) t.fallback.push({ m, w });
    return;
  }
  // a crossing named the same on both sides, with nothing saying it is the Iraqi side: not placed in Iraq
  // (a town where its blast was only heard — «وسماع صوته في أبي الخصيب والتنومة» — does not make it Iraq's)
  if (m.place?.shared && !iraqiSide(toks) && !mentions.some((o) => o !== m && o.province === m.province && !o.place?.shared && frameOf(toks, o.i, false) !== "near")) {
    addTo(t.foreign, m.place.shared, tok.sent === firstSent ? 3 : 1);
    return;
  }
  const abroad = m.province && !m.country ? namesakeAbroad(toks, m) : null;
  if (abroad) {
    addTo(t.foreign, abroad, (tok.sent === firstSent ? 3 : 1) + (frame === "loc" ? 1.5 : 0));
    return;
  }
  let w = positionWeight(s, m, frame);
  // an earlier event's place, named to compare: its province when nothing else places the story, never the place
  if (m.province && !m.country && earlierActPlace(s, m)) {
    t.fallback.push({ m, w: w * 0.2, provinceOnly: true });
    return;
  }
  if (m.country) {
    const cw = countryWeight(s, m, frame, w);
    if (cw === null) return;
    w = cw;
    addTo(t.foreign, m.country, w);
  } else if (m.province) {
    addTo(t.prov, m.province, w);
  }
  t.weights.set(m, reference ? Math.min(w, REFERENCE_AS_PLACE) : w);
  if (outsideOf(s, m)) t.outside.add(m);
  else if (frame === "loc") t.placed.add(m);
}

/** «شمالي العاصمة بغداد», «جنوب الموصل»: a town or a city right after a compass word is what the place lies
 * outside of. It still says the province, and is the place when nothing else is (the town it is near), but a place
 * the story puts the incident in is where it happened («… في منطقة الحسينية شمالي بغداد»: index.ts mostSpecific); a
 * province or an administrative area named as such after one («شمال محافظة دهوك», «شرقي قضاء العلم») may hold it. */
function outsideOf(s: Story, m: PlaceMention): boolean {
  if (!compassRun(s.toks, m.i) || m.place?.kind === "province") return false;
  return !stems(s.toks[m.i]!.t).some((x) => AREA_NOUN.has(x));
}

/** How many compass words («شمال», «شمال شرقي»: one or two) stand right before token `i` in its sentence. */
export function compassRun(toks: readonly Token[], i: number): number {
  let n = 0;
  while (n < 2 && i - n - 1 >= 0 && toks[i - n - 1]!.sent === toks[i]!.sent && COMPASS.has(toks[i - n - 1]!.t)) n++;
  return n;
}

/** What a reference point weighs as the place (a reference frame's own weight in the headline). */
const REFERENCE_AS_PLACE = 0.3;

/** «في قضاء الطارمية شمال العاصمة بغداد»: a place after a compass word (or two: «شمال شرقي») right after an Iraqi
 * place already counted is where that one lies, a reference point — else the capital, more specific than a
 * district, would be taken for the place; so is one a distance away («(120 كلم جنوب بغداد)»). Returns the province
 * of the place it is the reference of ("far": a distance away), null when it is none. */
function compassReference(s: Story, t: Tally, mi: number): ProvinceId | "far" | null {
  const { toks } = s;
  const m = s.mentions[mi]!;
  const run = compassRun(toks, m.i);
  const k = m.i - run - 1; // the word before the compass words
  if (!run || k < 0 || toks[k]!.sent !== toks[m.i]!.sent) return null;
  if (DISTANCE_UNIT.has(toks[k]!.t)) return "far";
  const prev = s.mentions[mi - 1];
  if (!prev || prev.i + prev.len - 1 !== k || !prev.province || prev.country || !t.weights.has(prev)) return null;
  // a province or a quarter «south of» a town is rather a namesake of that town's province («حي القادسية جنوب
  // الموصل», «منطقة العامرية جنوب الفلوجة»): the town still says where
  return prev.place && NAMESAKE_PRONE.has(prev.place.kind) ? null : prev.province;
}

/** Kinds of place whose names other provinces' quarters also bear. */
const NAMESAKE_PRONE: ReadonlySet<string> = new Set(["province", "neighbourhood"]);

/** A word with the article, after a clitic or not. */
const DEFINITE = /^([وفبل]?ال|و?لل)/;

/** Headline 3, the two sentences after it 2, below 1; a locative frame adds 1.5; near a place a
 * quarter, a reference point a tenth, a background sentence a fifth. */
function positionWeight(s: Story, m: PlaceMention, frame: Frame): number {
  const sent = s.toks[m.i]!.sent;
  let w = 1;
  if (sent === s.firstSent) w += 2;
  else if (sent <= s.firstSent + 2) w += 1;
  if (frame === "loc") w += 1.5;
  if (frame === "near") w *= 0.25;
  if (frame === "ref") w *= 0.1;
  if (s.bg[m.i]) w *= 0.2;
  return w;
}

/** A place in construct after an act that follows «بعد» («هذا ثاني تفجير تشهده المحافظة اليوم، بعد تفجير المقدادية
 * صباحاً», «… تستهدف قاعدة حرير، بعد أقل من ساعة على هجوم مطار أربيل») is an earlier event's, told to compare: it places
 * the story only when nothing else does — below the lead, or where its sentence names another place before it (the
 * news's own). Alone in the headline or the lead («اعتقال متهمين بعد تفجير المقدادية») it is the story's place. */
function earlierActPlace(s: Story, m: PlaceMention): boolean {
  const { toks } = s;
  const sent = toks[m.i]!.sent;
  const act = m.i - 1;
  if (act < 1 || toks[act]!.sent !== sent || !ACT_OF_PLACE.test(toks[act]!.t)) return false;
  for (let k = act - 1; k >= 0 && k >= act - 6 && toks[k]!.sent === sent; k--) {
    if (AFTER_WORD.test(toks[k]!.t)) {
      return sent > s.firstSent + 1 || s.mentions.some((o) => o.i < k && toks[o.i]!.sent === sent && !!o.province && !o.country);
    }
    if (!AFTER_SPAN.test(toks[k]!.t)) return false;
  }
  return false;
}

/** A name that is also an ordinary noun, followed by its adjective, is that noun: «المدينة القديمة»,
 * «الحي الصناعي», «السوق الشعبي» (not the district al-Madina of Basra). */
function commonNounWithAdjective(s: Story, m: PlaceMention): boolean {
  if (!m.common || m.len !== 1) return false;
  const tok = s.toks[m.i]!;
  // in construct after its act the adjective is the act's («نزاع الدير العشائري»: the tribal clash of al-Dair)
  const before = s.toks[m.i - 1];
  if (before && before.sent === tok.sent && ACT_OF_PLACE.test(before.t)) return false;
  const nx = s.toks[m.i + 1];
  return !!nx && nx.sent === tok.sent && /^(ال)/.test(nx.t) && !FUNCTION_AL.has(nx.t) && !NOT_ADJECTIVE.test(nx.t) &&
    !s.mentions.some((o) => o.i === m.i + 1);
}

/** Ambiguous names (common words, names shared with other countries) need an admin noun right before
 * them («ناحية الرشاد», «قضاء المدينة») or their province named as well. */
function ambiguousUnconfirmed(s: Story, m: PlaceMention): boolean {
  if (!m.ambiguous) return false;
  const { toks } = s;
  // the noun names the place in construct («ناحية العظيم»); with its article it ends another phrase («شرق الناحية»)
  const prev = m.i > 0 ? toks[m.i - 1]!.t : "";
  // the name itself starts with one («ناحية يثرب»); not «حي العامل» where the story names another province («كربلاء –
  // … في حي العامل»): a neighbourhood's name is found in many a city
  const ownAdmin = m.len > 1 && stems(toks[m.i]!.t).some((x) => ADMIN.has(x)) &&
    !(m.place?.kind === "neighbourhood" && s.mentions.some((o) => o.place?.kind === "province" && !o.country && o.province !== m.province));
  const adminBefore = (!DEFINITE.test(prev) && stems(prev).some((x) => ADMIN.has(x) || BASE.has(x))) || ownAdmin;
  return !adminBefore && !(m.province && s.provincesNamed.has(m.province) && m.place?.kind !== "province");
}

/** «قرب القائم», «في القائم», «بالخالص»: a spatial preposition makes an ambiguous name a place when nothing
 * else is named (its fallback weight; 0: none). */
function ambiguousFallback(s: Story, m: PlaceMention): number {
  const { toks, firstSent } = s;
  const tok = toks[m.i]!;
  const nx = toks[m.i + m.len];
  const npGoesOn = !!nx && nx.sent === tok.sent && nx.t.startsWith("ال") && !FUNCTION_AL.has(nx.t); // «في الحي الصناعي»
  const glued = /^و?ب/.test(tok.t) && !m.first.startsWith("ب"); // «بالخالص»: «في» glued to the name
  // («بعبوة القائم», «ارتفاع حصيلة تفجير القائم»: the act's place in construct after it)
  const spatial = m.i > 0 && toks[m.i - 1]!.sent === tok.sent && (SPATIAL.has(toks[m.i - 1]!.t) || attackOn(toks, m.i - 1) || ACT_OF_PLACE.test(toks[m.i - 1]!.t) ||
    landformAfterSpatial(toks, m.i - 1));
  if (m.province && !m.country && !m.common && !npGoesOn && (glued || spatial)) return tok.sent === firstSent ? 1.5 : 0.75;
  // «الرفاعي: مقتل شخص …», «الإصلاح الآن: …»: a channel's place tag, the name alone (or «now») before the colon that
  // opens the post
  if (m.province && !m.country && placeTag(toks, m)) return 1.5;
  return 0;
}

/** The mention opens the text and its sentence holds nothing else but «الآن» (a colon ends it: normalize.ts). */
function placeTag(toks: readonly Token[], m: PlaceMention): boolean {
  if (m.i !== 0 || toks[0]!.sent !== 0) return false;
  let k = m.i + m.len;
  if (toks[k]?.sent === 0 && NOW.test(toks[k]!.t)) k++;
  return k < toks.length && toks[k]!.sent !== 0;
}
/** «الآن», and the spoken «هسه»: a channel's «now» after its place tag. Normalised. */
const NOW = /^(ال)?(ان|الان|هسه|هسا|حاليا)$/;

/** «في صحراء القائم», «بصحراء حديثة»: the landform at k, in construct before the name, follows a spatial preposition (or
 * has «ب» glued to it). */
function landformAfterSpatial(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!.t;
  if (!LANDFORM_OF.test(t)) return false;
  if (t.startsWith("ب") && t !== "باديه") return true;
  const before = toks[k - 1];
  return !!before && before.sent === toks[k]!.sent && SPATIAL.has(before.t);
}

/** A bare country name is mostly an actor («هجوم من قبل إيران»); it is a location only with a locative
 * frame. A definite nisba adjective after a definite noun describes an actor («الضربات الأمريكية
 * السعودية», «القوات التركية»), not a place — unless the noun is a territory («الأراضي الإيرانية»): null. */
function countryWeight(s: Story, m: PlaceMention, frame: Frame, w: number): number | null {
  const { toks } = s;
  const tok = toks[m.i]!;
  const countryName = m.len === 1 ? stems(tok.t).some((x) => COUNTRY_WORD.test(x.replace(/^ال/, ""))) : m.first === STATES;
  if (countryName && m.len === 1 && frame !== "loc" && /^(و)?ال/.test(tok.t) && /يه$|ي$/.test(tok.t)) {
    const prev = toks[m.i - 1];
    if (prev && prev.sent === tok.sent && /^(و)?ال/.test(prev.t) && !FUNCTION_AL.has(prev.t) && !TERRITORY_OF.test(prev.t)) return null;
  }
  if (frame !== "loc" && !tok.t.startsWith("ب") && countryName) return w * 0.3;
  return w;
}
