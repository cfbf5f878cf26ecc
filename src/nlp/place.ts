// Resolve where the incident happened, not every place named (corpus README §2):
// - a place right after «في/ب/داخل/قضاء/ناحية/منطقة…» is a location; the headline and lead weigh most;
// - a place after «مستشفى», «باسم», «باتجاه», «أبناء» … is not where it happened (hospital in another
//   province, a spokesman's city, a direction, people from a town);
// - a place after «قرب / بين / الحدود / كم» is a reference point: it counts only when nothing else does,
//   so «قرب الحدود الإيرانية» does not move it and «تقاطع قادر كرم بين كركوك والسليمانية» stays at
//   Qadir Karam;
// - places in background sentences (earlier events, comparisons) count little.
// The province with the highest total wins; a foreign location that outweighs every Iraqi one makes
// the story «outside Iraq».

import type { Token } from "./normalize.js";
import type { ProvinceId } from "./taxonomy.js";
import { findPlaces } from "./gazetteer.js";
import type { PlaceMention } from "./gazetteer.js";
import { stems } from "./numbers.js";
import { LOCATIVE_BEFORE, NOT_LOCATION_BEFORE, NEAR_BEFORE, BACKGROUND_CUES } from "./cues.js";
import { PhraseMatcher } from "./match.js";

const background = new PhraseMatcher<true>(BACKGROUND_CUES);

export interface PlaceResolution {
  provinces: ProvinceId[];
  /** the chosen mention (most specific in the main province) */
  mention: PlaceMention | null;
  /** strongest foreign country when it outweighs Iraq */
  foreign: string | null;
  iraqiScore: number;
  foreignScore: number;
  mentions: PlaceMention[];
}

type Frame = "loc" | "not" | "near" | "ref" | "inst" | "dir" | "none";
/** «باتجاه مطار أربيل»: a destination; where it happened only when nothing else is named. */
const DIRECTION = new Set(["الى", "الي", "باتجاه", "اتجاه", "نحو", "صوب"]);
/** «البوكمال المحاذية لقضاء القائم»: the second place only describes the first. */
const REF_BEFORE = new Set(["المحاذيه", "المحاذي", "محاذيه", "المقابله", "المقابل", "مقابله", "المجاوره", "المجاور", "القريبه",
  "القريب", "المطله", "المطل", "المتاخمه", "المتاخم"]);
/** «شرطة ذي قار», «مجلس محافظة ميسان»: an institution of a province, not where it happened —
 * but when nothing else is named, the province of the reporting institution is the best guess. */
const INSTITUTION = new Set(["محافظ", "شرطه", "قياده", "مديريه", "صحه", "دائره", "ديوان", "مجلس", "حكومه", "قائد"]);
/** Country names and their adjectives: as a bare word they are mostly actors, not locations. */
const COUNTRY_WORD = /^(ايران|ايرانيه|ايراني|سوريا|سوريه|سوري|تركيا|تركيه|تركي|كويت|كويتي|كويتيه|سعوديه|سعودي|اردن|اردني|اردنيه|لبنان|لبناني|لبنانيه|اسرائيل|اسرائيلي|اسرائيليه|امريكا|امريكي|امريكيه|قطر|بحرين|امارات|باكستان|باكستاني|روسيا|مصر|اليمن|يمن)$/;

/** «الجانب الشمالي من العاصمة»: «من» after these is partitive, not an origin. */
const PARTITIVE = new Set(["جانب", "الجانب", "جزء", "اطراف", "مناطق", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
  "غربي", "وسط", "القريبه", "قريبه", "الشمالي", "الجنوبي", "الشرقي", "الغربي"]);
/** Admin nouns: a locative frame, but keep looking further back («مستشفى محافظة X», «من محافظة X»). */
const ADMIN = new Set(["محافظه", "قضاء", "ناحيه", "مدينه", "قريه", "بلده", "منطقه", "حي", "العاصمه"]);
const PREP_LOC = new Set(["في", "داخل", "ضمن"]);
/** «الجانب الإيراني من منفذ الشلامجة»: the neighbour's side of a border place is not Iraq. */
const NEIGHBOUR_SIDE = /^(ال)?(ايراني|كويتي|سوري|تركي|سعودي|اردني)$/;
/** A nationality adjective after a name: «ميناء الشعيبة الكويتي» is Kuwait's Shuaiba, not Basra's. Countries by
 * their ISO code, as data/foreign.ts and the shared crossings give them: one country, one weight. */
const NATIONALITY: ReadonlyArray<[RegExp, string]> = [
  [/^(ال)?كويتي(ه)?$/, "kw"], [/^(ال)?ايراني(ه)?$/, "ir"], [/^(ال)?سوري(ه)?$/, "sy"], [/^(ال)?تركي(ه)?$/, "tr"],
  [/^(ال)?سعودي(ه)?$/, "sa"], [/^(ال)?اردني(ه)?$/, "jo"], [/^(ال)?لبناني(ه)?$/, "lb"],
];
/** «… بالكويت», «… في الكويت» right after a name's noun phrase: the name is that country's. */
const IN_COUNTRY: ReadonlyArray<[RegExp, string]> = [
  [/^(ب|في)?(ال)?كويت$/, "kw"], [/^(ب|في)?ايران$/, "ir"], [/^(ب|في)?سوري(ا|ه)$/, "sy"], [/^(ب|في)?تركيا$/, "tr"],
  [/^(ب|في)?(ال)?سعوديه$/, "sa"], [/^(ب|في)?(ال)?اردن$/, "jo"], [/^(ب|في)?لبنان$/, "lb"],
];

/** The country whose namesake of an Iraqi place this mention is: a nationality adjective in the name's
 * noun phrase («ميناء الشعيبة الكويتي»), or the country right after it («"الشعيبة الصناعية" بالكويت»). */
function namesakeAbroad(toks: readonly Token[], m: PlaceMention): string | null {
  const sent = toks[m.i]!.sent;
  for (let k = m.i + m.len; k < Math.min(toks.length, m.i + m.len + 4) && toks[k]!.sent === sent; k++) {
    const t = toks[k]!.t;
    for (const [re, c] of NATIONALITY) if (re.test(t)) return c;
    for (const [re, c] of IN_COUNTRY) if (re.test(t)) return /^(ب|في)/.test(t) || toks[k - 1]!.t === "في" ? c : null;
    if (t === "في") continue;
    if (!t.startsWith("ال") || FUNCTION_AL.has(t)) return null; // the noun phrase ended
  }
  return null;
}

/** Spatial prepositions that let an ambiguous name stand as a place when nothing else is named. */
const SPATIAL = new Set(["في", "قرب", "داخل", "بالقرب", "اطراف", "محيط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
  "شرقي", "غربي"]);
/** Nouns that make «العراقية» a place («الأراضي العراقية»). */
const TERRITORY = /^(و|ب|في|داخل)?(ال)?(اراضي|ارض|مياه|اجواء|ساحه|حدود|مدن|محافظات|مناطق|دوله|جمهوريه|عاصمه|سماء|سياده)$/;
/** Function words that start with ال but do not continue a noun phrase. */
const FUNCTION_AL = new Set(["الى", "الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الا", "الان", "اليوم", "الليله"]);
/** «X بمحافظة P», «X التابع لمحافظة P», «X ضمن (حدود) محافظة P»: the text names X's province itself. */
const CONTAINER_GLUE = new Set(["بمحافظه", "محافظه", "لمحافظه", "في", "ضمن", "التابع", "التابعه", "الواقع", "الواقعه",
  "باقليم", "اقليم", "لاقليم", "حدود", "الحدود", "الاداريه"]);

/** «دويه», «دويها»: the sound of a blast already named. */
const HEARD = /^(و)?دوي(ه|ها|هما)$/;
/** Nouns after which a country adjective is a place («الأراضي الإيرانية», «الجانب السوري»). */
const TERRITORY_OF = /^(و|ب|في)?(ال)?(اراضي|ارض|مياه|اجواء|ساحه|حدود|مدن|محافظات|مناطق|عمق|جانب|داخل|سماء|منطقه|مدينه|قريه|بلده|مخيم)$/;
/** Words after a name that do not describe it as an adjective would («المدينة الواقعة …»). */
const NOT_ADJECTIVE = /^ال(واقع|تابع|محاذي|مجاور|قريب|مطل|متاخم|مقابل)/;
/** Attack nouns whose target follows «على» («القصف بقذائف الهاون على العظيم», «هجوم على …»). */
const ATTACK_ON = /^(و|ب|ال|بال)*(قصف|هجوم|هجمات|هاون|قذائف|صواريخ|غاره|غارات|استهداف|تعرض|انفجار)/;

/** «على X» right after an attack phrase (within four words): X is the target, a place. */
function attackOn(toks: readonly Token[], k: number): boolean {
  if (toks[k]!.t !== "على" && toks[k]!.t !== "علي") return false;
  for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j]!.sent === toks[k]!.sent; j--) if (ATTACK_ON.test(toks[j]!.t)) return true;
  return false;
}

function frameOf(toks: readonly Token[], i: number, foreign = false): Frame {
  const sent = toks[i]!.sent;
  let admin = false;
  for (let back = 1; back <= 3; back++) {
    const k = i - back;
    if (k < 0 || toks[k]!.sent !== sent) break;
    const t = toks[k]!.t;
    const ss = stems(t);
    // «انفجار في العبدلي … يسمع دويه في صفوان»: where the sound of a blast told before is heard
    if (PREP_LOC.has(t)) return HEARD.test(toks[k - 1]?.t ?? "") && toks[k - 1]!.sent === sent ? "near" : "loc";
    // «من X»: «بالقرب من X» is near; for a foreign place it is an origin («عدوان من السعودية»,
    // «من قبل إيران»); «الجانب الشمالي من العاصمة» is partitive
    if (t === "من") {
      const before = toks[k - 1];
      const bs = before && before.sent === sent ? stems(before.t) : [];
      if (bs.some((s) => REF_BEFORE.has(s))) return "ref";
      // «انطلقت من البصرة», «انطلاقاً من …»: where an attack came from, not where it struck
      if (bs.some((s) => /^انطلق|^انطلاقا$/.test(s))) return "not";
      if (bs.some((s) => NEAR_BEFORE.has(s))) return "near";
      if (before && NEIGHBOUR_SIDE.test(before.t) && /جانب$/.test(toks[k - 2]?.t ?? "")) return "not";
      if (bs.some((s) => PARTITIVE.has(s))) return "loc";
      if (foreign) return "not";
      return admin ? "loc" : "none";
    }
    if (ss.some((s) => ADMIN.has(s))) { admin = true; continue; }
    // «طريق بغداد – كركوك», «الطريق الرابط بين …»: the places name the road, they are reference points
    if (ss.some((s) => s === "طريق")) return "ref";
    if (ss.some((s) => REF_BEFORE.has(s))) return "ref";
    if (ss.some((s) => INSTITUTION.has(s))) return "inst";
    if (DIRECTION.has(t)) return "dir";
    if (ss.some((s) => NOT_LOCATION_BEFORE.has(s))) return "not";
    if (ss.some((s) => NEAR_BEFORE.has(s))) return "near";
    if (back === 1 && t.startsWith("من") && t.length <= 3 && toks[k - 1] && stems(toks[k - 1]!.t).some((s) => s === "قبل")) return "not";
    if (ss.some((s) => LOCATIVE_BEFORE.has(s))) return "loc";
    // «بأربيل», «في» glued or separate
    if (back === 1 && (toks[i]!.t.startsWith("ب") || toks[i]!.t.startsWith("وب"))) return "loc";
  }
  return admin ? "loc" : "none";
}

/** The next mention is a province that the text names as the container of m. */
function containedIn(toks: readonly Token[], m: PlaceMention, next: PlaceMention | undefined): boolean {
  if (!next || next.place?.kind !== "province" || !next.province) return false;
  const from = m.i + m.len;
  if (next.i - from > 3 || toks[next.i]!.sent !== toks[m.i]!.sent) return false;
  let glue = false;
  for (let k = from; k < next.i; k++) {
    if (!CONTAINER_GLUE.has(toks[k]!.t)) return false;
    if (/محافظه|اقليم|التابع|الواقع/.test(toks[k]!.t)) glue = true;
  }
  return glue;
}

/** «الجانب العراقي» anywhere in the story. */
function iraqiSide(toks: readonly Token[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) if (/جانب$/.test(toks[i]!.t) && /^(ال)?عراقي$/.test(toks[i + 1]!.t)) return true;
  return false;
}

/** A homonym («الحسينية» of Baghdad or of Karbala, «ناحية الحسينية شمال شرقي بغداد») is the one whose
 * province the text names elsewhere. */
function homonymsByNamedProvince(mentions: PlaceMention[]): void {
  if (mentions.some((m) => m.alts)) {
    const named = (self: PlaceMention): Set<string> =>
      new Set(mentions.filter((o) => o !== self && o.province && !o.country && !o.ambiguous).map((o) => o.province!));
    for (const m of mentions) {
      if (!m.alts || !m.province) continue;
      const n = named(m);
      if (n.has(m.province)) continue;
      const alt = m.alts.filter((a) => n.has(a.province));
      if (alt.length === 1) {
        m.place = alt[0]!;
        m.province = alt[0]!.province as ProvinceId;
      }
    }
  }
}

/** A place the text puts in another province once («جبال حمرين ضمن حدود محافظة ديالى», a range or a
 * homonym) lies there at its other mentions too («… في جبال حمرين» in the headline). */
function relocateContained(toks: readonly Token[], mentions: PlaceMention[]): void {
  const relocated = new Map<string, ProvinceId>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    const nx = mentions[mi + 1];
    if (m.place && m.place.kind !== "province" && m.province && containedIn(toks, m, nx) && nx!.province !== m.province) {
      relocated.set(m.place.id, nx!.province!);
    }
  }
  if (relocated.size) {
    // texts that put the place in two provinces («شيخان بمحافظة دهوك» … «شيخان التابع إدارياً إلى
    // محافظة نينوى») are left to the weighing below
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi]!;
      const p = m.place ? relocated.get(m.place.id) : undefined;
      if (!p) continue;
      for (let nj = mi + 1; nj < mentions.length; nj++) {
        const o = mentions[nj]!;
        if (o.i - (m.i + m.len) > 6 || toks[o.i]!.sent !== toks[m.i]!.sent) break;
        if (o.place?.kind === "province" && o.province && o.province !== p) relocated.delete(m.place!.id);
      }
    }
    for (const m of mentions) {
      const p = m.place ? relocated.get(m.place.id) : undefined;
      if (p) m.province = p;
    }
  }
}

/** «العراق», «الاراضي العراقية», «كردستان العراق» as a location: Iraq without a province (its weight). */
function iraqAsPlace(toks: readonly Token[], bgSent: ReadonlySet<number>, firstSent: number): number {
  let generic = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.t.includes("عراق")) continue;
    const ss = stems(toks[i]!.t);
    if (!ss.some((s) => s === "عراق" || s === "عراقيه")) continue;
    // «فصائل عراقية», «قوات عراقية»: an actor; «الأراضي العراقية», «المياه العراقية»: a place
    if (!ss.includes("عراق") && !TERRITORY.test(toks[i - 1]?.t ?? "")) continue;
    const frame = frameOf(toks, i);
    if (frame === "not" || frame === "near" || frame === "ref" || frame === "inst" || frame === "dir") continue;
    // «المقاومة الإسلامية في العراق» is the name of an actor, not where something happened
    if (toks[i - 1]?.t === "في" && /مقاومه$/.test(toks[i - 3]?.t ?? "") && /اسلاميه$/.test(toks[i - 2]?.t ?? "")) continue;
    let w = toks[i]!.sent === firstSent ? 3 : 1;
    if (frame === "loc") w += 1.5;
    if (bgSent.has(toks[i]!.sent)) w *= 0.2;
    generic = Math.max(generic, w);
  }
  return generic;
}

/** The most specific place of the main province among its strong mentions. */
function mostSpecific(weights: ReadonlyMap<PlaceMention, number>, main: ProvinceId): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestW = 0;
  for (const [m, w] of weights) {
    if (m.province !== main) continue;
    if (!best || m.specificity > best.specificity && w >= Math.min(1, bestW) || (m.specificity === best.specificity && w > bestW)) {
      best = m;
      bestW = w;
    }
  }
  return best;
}

export function resolvePlace(toks: readonly Token[]): PlaceResolution {
  const mentions = findPlaces(toks);
  homonymsByNamedProvince(mentions);
  relocateContained(toks, mentions);
  const bgSent = new Set<number>();
  for (const h of background.find(toks)) bgSent.add(toks[h.i]!.sent);
  const prov = new Map<ProvinceId, number>();
  const foreign = new Map<string, number>();
  const weights = new Map<PlaceMention, number>();
  const firstSent = toks[0]?.sent ?? 0;
  const provincesNamed = new Set(mentions.filter((m) => m.place?.kind === "province").map((m) => m.province));

  const fallback: { m: PlaceMention; w: number }[] = [];
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    const tok = toks[m.i]!;
    const frame = frameOf(toks, m.i, !!m.country);
    if (frame === "not") continue;
    if (frame === "inst" || frame === "dir") {
      if (m.province && !m.country && !m.ambiguous) fallback.push({ m, w: (tok.sent === firstSent ? 1 : 0.5) * (frame === "dir" ? 0.5 : 1) });
      if (frame === "dir" && m.country) foreign.set(m.country, (foreign.get(m.country) ?? 0) + 0.5);
      continue;
    }
    // «X بمحافظة P» where the gazetteer puts X elsewhere (a homonym): the text decides
    if (m.province && m.place?.kind !== "province" && containedIn(toks, m, mentions[mi + 1]) && mentions[mi + 1]!.province !== m.province) continue;
    // Ambiguous names (common words, names shared with other countries) need an admin noun
    // right before them («ناحية الرشاد», «قضاء المدينة») or their province named as well.
    const adminBefore = (m.i > 0 && stems(toks[m.i - 1]!.t).some((s) => ADMIN.has(s) || s === "قاعده" || s === "معسكر")) ||
      (m.len > 1 && stems(tok.t).some((s) => ADMIN.has(s))); // the name itself starts with one («ناحية يثرب»)
    // a name that is also an ordinary noun, followed by its adjective, is that noun: «المدينة القديمة»,
    // «الحي الصناعي», «السوق الشعبي» (not the district al-Madina of Basra)
    if (m.common && m.len === 1) {
      const nx = toks[m.i + 1];
      if (nx && nx.sent === tok.sent && /^(ال)/.test(nx.t) && !FUNCTION_AL.has(nx.t) && !NOT_ADJECTIVE.test(nx.t) &&
        !mentions.some((o) => o.i === m.i + 1)) continue;
    }
    if (m.ambiguous && !adminBefore && !(m.province && provincesNamed.has(m.province) && m.place?.kind !== "province")) {
      // «قرب القائم», «في القائم»: a spatial preposition makes it a place when nothing else is named
      const nx = toks[m.i + m.len];
      const npGoesOn = !!nx && nx.sent === tok.sent && nx.t.startsWith("ال") && !FUNCTION_AL.has(nx.t); // «في الحي الصناعي»
      const glued = /^و?ب/.test(tok.t) && !m.first.startsWith("ب"); // «بالخالص»: «في» glued to the name
      const spatial = m.i > 0 && toks[m.i - 1]!.sent === tok.sent && (SPATIAL.has(toks[m.i - 1]!.t) || attackOn(toks, m.i - 1));
      if (m.province && !m.country && !m.common && !npGoesOn && (glued || spatial)) {
        fallback.push({ m, w: tok.sent === firstSent ? 1.5 : 0.75 });
      }
      continue;
    }
    // a crossing named the same on both sides, with nothing saying it is the Iraqi side: not placed in Iraq
    if (m.place?.shared && !iraqiSide(toks) && !mentions.some((o) => o !== m && o.province === m.province && !o.place?.shared)) {
      foreign.set(m.place.shared, (foreign.get(m.place.shared) ?? 0) + (tok.sent === firstSent ? 3 : 1));
      continue;
    }
    let w = 1;
    const abroad = m.province && !m.country ? namesakeAbroad(toks, m) : null;
    if (abroad) {
      foreign.set(abroad, (foreign.get(abroad) ?? 0) + (tok.sent === firstSent ? 3 : 1) + (frame === "loc" ? 1.5 : 0));
      continue;
    }
    if (tok.sent === firstSent) w += 2;
    else if (tok.sent <= firstSent + 2) w += 1;
    if (frame === "loc") w += 1.5;
    if (frame === "near") w *= 0.25;
    if (frame === "ref") w *= 0.1;
    if (bgSent.has(tok.sent)) w *= 0.2;
    if (m.country) {
      // a bare country name is mostly an actor («هجوم من قبل إيران»); it is a location only
      // with a locative frame
      const countryName = m.len === 1 ? stems(tok.t).some((x) => COUNTRY_WORD.test(x.replace(/^ال/, ""))) : m.first === "ولايات";
      // a definite nisba adjective after a definite noun describes an actor («الضربات الأمريكية
      // السعودية», «القوات التركية»), not a place — unless the noun is a territory («الأراضي الإيرانية»)
      if (countryName && m.len === 1 && frame !== "loc" && /^(و)?ال/.test(tok.t) && /يه$|ي$/.test(tok.t)) {
        const prev = toks[m.i - 1];
        if (prev && prev.sent === tok.sent && /^(و)?ال/.test(prev.t) && !FUNCTION_AL.has(prev.t) && !TERRITORY_OF.test(prev.t)) continue;
      }
      if (frame !== "loc" && !tok.t.startsWith("ب") && countryName) w *= 0.3;
      foreign.set(m.country, (foreign.get(m.country) ?? 0) + w);
    } else if (m.province) {
      prov.set(m.province, (prov.get(m.province) ?? 0) + w);
    }
    weights.set(m, w);
  }
  if (!prov.size) {
    for (const { m, w } of fallback) {
      prov.set(m.province!, (prov.get(m.province!) ?? 0) + w);
      weights.set(m, w);
    }
  }
  const generic = iraqAsPlace(toks, bgSent, firstSent);
  const ranked = [...prov.entries()].sort((a, b) => b[1] - a[1]);
  const iraqiScore = Math.max(ranked[0]?.[1] ?? 0, generic);
  const fRanked = [...foreign.entries()].sort((a, b) => b[1] - a[1]);
  const foreignScore = fRanked[0]?.[1] ?? 0;
  if (!ranked.length) {
    return { provinces: [], mention: null, foreign: foreignScore > iraqiScore ? fRanked[0]![0] : null, iraqiScore, foreignScore, mentions };
  }
  const main = ranked[0]![0];
  const provinces: ProvinceId[] = [main];
  for (const [p, s] of ranked.slice(1)) if (s >= iraqiScore * 0.6) provinces.push(p);
  const best = mostSpecific(weights, main);
  return {
    provinces, mention: best, foreign: foreignScore > iraqiScore ? fRanked[0]![0] : null, iraqiScore, foreignScore, mentions,
  };
}
