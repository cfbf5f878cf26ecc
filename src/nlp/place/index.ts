// Resolve where the incident happened, not every place named (corpus README §2):
// - a place right after «في/ب/داخل/قضاء/ناحية/منطقة…» is a location; the headline and lead weigh most
//   (frame.ts, weigh.ts);
// - a place after «مستشفى», «باسم», «باتجاه», «أبناء» … is not where it happened (hospital in another
//   province, a spokesman's city, a direction, people from a town);
// - a place after «قرب / بين / الحدود / كم» is a reference point: it counts only when nothing else does,
//   so «قرب الحدود الإيرانية» does not move it and «تقاطع قادر كرم بين كركوك والسليمانية» stays at
//   Qadir Karam;
// - places in background sentences (earlier events, comparisons) count little;
// - the text's own «X بمحافظة P» decides over the gazetteer (containers.ts); a namesake abroad
//   («الشعيبة الكويتي») counts for its country (namesake.ts);
// - a dateline («بغداد (رويترز) -», «أربيل (كوردستان 24)-») is where the report was filed: read off the page
//   apart from the text, it places the report only where the text names no place of the event (dateline.ts).
// The province with the highest total wins; a foreign location that outweighs every Iraqi one makes
// the story «outside Iraq».

import type { Token } from "../normalize.js";
import type { ProvinceId } from "../taxonomy.js";
import { findPlaces } from "../gazetteer.js";
import type { PlaceMention } from "../gazetteer.js";
import { backgroundMarkers } from "../background-matcher.js";
import { backgroundReachStart } from "../appended-background.js";
import { homonymsByNamedProvince, relocateContained } from "./containers.js";
import { iraqAsPlace } from "./iraq.js";
import { weighMention, heardPlaces } from "./weigh.js";
import { foreignByAdjective } from "./abroad.js";
import { datelineWeight, outletMentions } from "./dateline.js";
import type { Story, Tally } from "./weigh.js";

export interface PlaceResolution {
  provinces: ProvinceId[];
  /** the chosen mention (most specific in the main province) */
  mention: PlaceMention | null;
  /** the chosen mention is the dateline's: it indexes no token of the text */
  dateline?: boolean;
  /** per token, 1 when told as background (earlier events, comparisons): read again by the region rule (region.ts),
   * asked only of an incident placed in no province */
  background: Uint8Array;
  /** strongest foreign country when it outweighs Iraq */
  foreign: string | null;
  iraqiScore: number;
  foreignScore: number;
  mentions: PlaceMention[];
}

/** The tokens told as background (earlier events, comparisons: weighed a fifth): the sentence of each background
 * marker — from the start of its clause only when that clause is appended to the news to compare it («… شمال
 * كربلاء، وهو الأول من نوعه منذ عام 2017»: Karbala is still the news's place; appended-background.ts). */
function backgroundTokens(toks: readonly Token[], norm: string | undefined): Uint8Array {
  const bg = new Uint8Array(toks.length);
  for (const h of backgroundMarkers(toks)) {
    const sent = toks[h.i]!.sent;
    for (let k = backgroundReachStart(toks, norm, h.i); k < toks.length && toks[k]!.sent === sent; k++) bg[k] = 1;
  }
  return bg;
}

/** `norm`, the normalised text the tokens index (an outlet's name is read by its punctuation); `firstAct`, the
 * token of the story's first act word, the clause that may contradict `dateline`, the place of the page's
 * dateline (read off the text: its mention indexes no token of `toks`). */
export function resolvePlace(toks: readonly Token[], norm?: string, firstAct?: number, dateline?: PlaceMention | null): PlaceResolution {
  const mentions = findPlaces(toks);
  homonymsByNamedProvince(mentions);
  relocateContained(toks, mentions);
  const bg = backgroundTokens(toks, norm);
  const firstSent = toks[0]?.sent ?? 0;
  const story: Story = {
    toks, mentions, bg, firstSent, outlets: norm ? outletMentions({ toks, mentions }, norm) : new Set(),
    provincesNamed: new Set(mentions.filter((m) => m.place?.kind === "province").map((m) => m.province)),
    heard: heardPlaces(toks, mentions),
  };
  const tally: Tally = { prov: new Map(), foreign: new Map(), weights: new Map(), fallback: [], outside: new Set(), placed: new Set() };
  for (let mi = 0; mi < mentions.length; mi++) weighMention(story, tally, mi);
  const { prov, foreign, weights } = tally;
  for (const [c, w] of foreignByAdjective(story)) foreign.set(c, (foreign.get(c) ?? 0) + w);
  const dated = dateline && norm ? datelineWeight(story, tally, dateline, norm, firstAct) : 0;
  if (dated) prov.set(dateline!.province!, (prov.get(dateline!.province!) ?? 0) + dated);
  // a dateline abroad over a text that names no place: a report from there («دمشق (سانا) - …»), not one from nowhere
  if (dateline?.country && !prov.size && !foreign.size && !tally.fallback.length) foreign.set(dateline.country, 1);
  if (!prov.size) {
    for (const { m, w, provinceOnly } of tally.fallback) {
      prov.set(m.province!, (prov.get(m.province!) ?? 0) + w);
      if (!provinceOnly) weights.set(m, w);
    }
  }
  const generic = iraqAsPlace(toks, bg, firstSent);
  const ranked = [...prov.entries()].sort((a, b) => b[1] - a[1]);
  const iraqiScore = Math.max(ranked[0]?.[1] ?? 0, generic);
  const fRanked = [...foreign.entries()].sort((a, b) => b[1] - a[1]);
  const foreignScore = fRanked[0]?.[1] ?? 0;
  const foreignWins = foreignScore > iraqiScore ? fRanked[0]![0] : null;
  if (!ranked.length) return { provinces: [], mention: null, background: bg, foreign: foreignWins, iraqiScore, foreignScore, mentions };
  const main = ranked[0]![0];
  const provinces: ProvinceId[] = [main];
  for (const [p, s] of ranked.slice(1)) if (s >= iraqiScore * 0.6) provinces.push(p);
  // a dateline alone places the report: its place is the one named
  const mention = mostSpecific(weights, main, tally) ?? (dated && dateline!.province === main ? dateline! : null);
  return { provinces, mention, dateline: !!dateline && mention === dateline, background: bg, foreign: foreignWins, iraqiScore, foreignScore, mentions };
}

/** The most specific place of the main province among its strong mentions — but not a town the place lies outside
 * of («شمالي العاصمة بغداد») when the story puts the incident in a place at least as specific («في منطقة الحسينية
 * شمالي بغداد»). */
function mostSpecific(weights: ReadonlyMap<PlaceMention, number>, main: ProvinceId, tally: Tally): PlaceMention | null {
  const best = specificAmong(weights, main);
  if (!best || !tally.outside.has(best)) return best;
  const inside = new Map([...weights].filter(([m]) => tally.placed.has(m) && !tally.outside.has(m) && m.specificity >= best.specificity));
  return specificAmong(inside, main) ?? best;
}

function specificAmong(weights: ReadonlyMap<PlaceMention, number>, main: ProvinceId): PlaceMention | null {
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
