// The text names the province a place lies in: «X بمحافظة P», «X بP», «ناحية الحسينية شمال شرقي بغداد». The
// text decides over the gazetteer for homonyms and for places it puts elsewhere.

import type { Token } from "../normalize.js";
import type { ProvinceId } from "../taxonomy.js";
import type { PlaceMention } from "../gazetteer.js";
import type { PlaceLike } from "../places-source.js";
import { CONTAINER_GLUE, CONTAINER_NOUN, ADMIN, DISTRICT_NOUN } from "../data/location-words.js";
import { LOCATIVE_BEFORE } from "../cues.js";
import { stems } from "../numbers.js";
import { km } from "../gazetteer.js";

/** A place the text puts in a container this far from the gazetteer's point is a namesake (Hay Ur in Nasiriyah, not
 * Baghdad's), not the gazetteer's place relocated (Shekhan put in Duhok lies where it lies). */
const NAMESAKE_KM = 80;
const NEIGHBOURHOOD = "حي";

/** An adjective that is part of a place's name («العباسية الشرقية», «الحلة الجديدة»). Normalised. */
const NAME_ADJECTIVE = /^ال\S+(يه|ي)$|^الجديده$|^القديمه$/;

/** Kinds of place a text names as the container of a smaller one: a province, or a city or district glued to «ب»
 * («حي أور بمدينة الناصرية», «حي العباسية الشرقية بكربلاء»). */
const CONTAINERS: ReadonlySet<string> = new Set(["province", "district", "city"]);

/** The next mention is a province (or a city glued to «ب») that the text names as the container of m. */
export function containedIn(toks: readonly Token[], m: PlaceMention, next: PlaceMention | undefined): boolean {
  if (!next?.place || !CONTAINERS.has(next.place.kind) || !next.province) return false;
  const from = m.i + m.len;
  if (next.i - from > 4 || toks[next.i]!.sent !== toks[m.i]!.sent) return false;
  // «في منطقة الشيخان بدهوك», «في الكرادة ببغداد», «حي العباسية الشرقية بكربلاء»: the province or the city glued to «ب»
  // right after a place the text puts the event in, past an adjective of its name (not «خط يربط بيجي بكركوك»: a
  // road's ends)
  const glued = /^و?ب/.test(toks[next.i]!.t) && !next.first.startsWith("ب");
  if (glued && (next.i === from || (next.i === from + 1 && NAME_ADJECTIVE.test(toks[from]!.t)))) return placedRightBefore(toks, m);
  if (next.place.kind !== "province") return false;
  let glue = false;
  for (let k = from; k < next.i; k++) {
    if (!CONTAINER_GLUE.has(toks[k]!.t)) return false;
    if (CONTAINER_NOUN.test(toks[k]!.t)) glue = true;
  }
  return glue;
}

/** «قرية الحديد في ناحية أبي صيدا», «… التابعة لقضاء المقدادية»: the next mention is a district or a sub-district that
 * the text names, with its admin noun, as m's container. */
export function inDistrictNamed(toks: readonly Token[], m: PlaceMention, next: PlaceMention | undefined): boolean {
  if (!next?.place || (next.place.kind !== "district" && next.place.kind !== "subdistrict")) return false;
  const from = m.i + m.len;
  if (next.i < from || next.i - from > 3 || toks[next.i]!.sent !== toks[m.i]!.sent) return false;
  let admin = stems(toks[next.i]!.t).some((x) => DISTRICT_NOUN.has(x));
  for (let k = from; k < next.i; k++) {
    const ss = stems(toks[k]!.t);
    if (ss.some((x) => DISTRICT_NOUN.has(x))) admin = true;
    else if (!CONTAINER_GLUE.has(toks[k]!.t)) return false;
  }
  return admin;
}

/** The word right before the place puts the event there («في», «منطقة», «قضاء»), or «ب/في» is glued to it. */
function placedRightBefore(toks: readonly Token[], m: PlaceMention): boolean {
  const prev = toks[m.i - 1];
  if (/^و?(ب|في)/.test(toks[m.i]!.t) && !m.first.startsWith("ب")) return true;
  return !!prev && prev.sent === toks[m.i]!.sent && stems(prev.t).some((x) => LOCATIVE_BEFORE.has(x) || ADMIN.has(x));
}

/** A homonym («الحسينية» of Baghdad or of Karbala, «ناحية الحسينية شمال شرقي بغداد») is the one whose
 * province the text names elsewhere. */
export function homonymsByNamedProvince(mentions: PlaceMention[]): void {
  if (!mentions.some((m) => m.alts)) return;
  // (not by another mention of the same name: «بحمرين … في سلسلة تلال حمرين» names no province twice)
  const named = (self: PlaceMention): Set<string> =>
    new Set(mentions.filter((o) => o !== self && o.place !== self.place && o.province && !o.country && !o.ambiguous).map((o) => o.province!));
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

/** A place the text puts in another province once («جبال حمرين ضمن حدود محافظة ديالى», a range or a
 * homonym) lies there at its other mentions too («… في جبال حمرين» in the headline). */
export function relocateContained(toks: readonly Token[], mentions: PlaceMention[]): void {
  const relocated = new Map<string, ProvinceId>();
  /** places the text puts far from where the gazetteer has them (a namesake, not the gazetteer's place), with the
   * container the text puts them in */
  const namesakes = new Map<string, PlaceLike>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    const nx = mentions[mi + 1];
    if (m.place && m.place.kind !== "province" && m.province && containedIn(toks, m, nx) && nx!.province !== m.province) {
      relocated.set(m.place.id, nx!.province!);
      // a neighbourhood, or a place the text calls one («حي العباسية» where the gazetteer has a sub-district), lies in one
      // city only; anything else far from the container's point is another place of the name
      const neighbourhood = m.place.kind === "neighbourhood" || (m.i > 0 && toks[m.i - 1]!.t === NEIGHBOURHOOD);
      if (nx!.place && (neighbourhood || ((nx!.place.lat || nx!.place.lon) && km(m.place, nx!.place) > NAMESAKE_KM))) namesakes.set(m.place.id, nx!.place);
    }
  }
  if (!relocated.size) return;
  // texts that put the place in two provinces («شيخان بمحافظة دهوك» … «شيخان التابع إدارياً إلى
  // محافظة نينوى») are left to the weighing
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
    if (!p) continue;
    m.province = p;
    // «حي أور بالناصرية» is not Baghdad's Hay Ur: its name is kept as written, and it stands where its container does
    m.place = namesakes.get(m.place!.id) ?? m.place;
  }
}
