// A news dateline names where the report was filed, not always where it happened: «بغداد (رويترز) - قالت
// مصادر … إن ثلاثة أشخاص قتلوا في انفجار … بمدينة كركوك», «أربيل (كوردستان 24)- … لمحافظة السليمانية». When the
// rest of the text puts the event in another province (it leads without the dateline, with a locative mention in
// the clause of the first act), the dateline's own weight is taken back; its province keeps whatever else the text gives it. Only a place opening the text and followed by «(»,
// «-» or «/» is a dateline: a heading such as «بغداد (فيديو)» with no other place keeps its weight, and a
// reference point («قرب …») or an institution does not outweigh a dateline.

import type { PlaceMention } from "../gazetteer.js";
import { frameOf } from "./frame.js";
import { OUTLET_NAMES } from "../data/location-words.js";
import type { Story, Tally } from "./weigh.js";

/** Weight of a locative mention in the lead (headline or the two sentences after it, with «في/ب…»). */
const LEAD_LOCATIVE = 3.5;

function isDateline(s: Story, m: PlaceMention, norm: string): boolean {
  if (m.i !== 0 || !m.province || m.country) return false;
  const last = s.toks[m.i + m.len - 1];
  if (!last) return false;
  for (let c = last.e; c < norm.length; c++) {
    const ch = norm[c]!;
    if (ch === " " || ch === "\t") continue;
    return ch === "(" || ch === "-" || ch === "–" || ch === "/";
  }
  return false;
}

/** «البصرة - بغداد اليوم», «بغداد اليوم - ديالى», «ميسان / بغداد اليوم»: an outlet named after a place, alone
 * between a line's edge or a separator on each side (not «انفجار يهز بغداد اليوم»: the city, today). The indices
 * of such mentions. */
export function outletMentions(s: Pick<Story, "toks" | "mentions">, norm: string): Set<number> {
  const out = new Set<number>();
  for (let mi = 0; mi < s.mentions.length; mi++) {
    const m = s.mentions[mi]!;
    const nx = s.toks[m.i + m.len];
    if (!nx || !OUTLET_NAMES.some(([place, next]) => place.test(s.toks[m.i]!.t) && nx.t === next)) continue;
    if (edgeOrSeparator(norm, s.toks[m.i]!.s - 1, -1) && edgeOrSeparator(norm, nx.e, 1)) out.add(mi);
  }
  return out;
}

/** From `c` in direction `dir`, past spaces: the text's or a line's edge, or a separator («-», «/», «|»). */
function edgeOrSeparator(norm: string, c: number, dir: 1 | -1): boolean {
  while (c >= 0 && c < norm.length && (norm[c] === " " || norm[c] === "\t")) c += dir;
  return c < 0 || c >= norm.length || norm[c] === "\n" || SEPARATORS.includes(norm[c]!);
}
const SEPARATORS = "-–/|";

/** Token `i` is in the clause of the story's first act: its sentence, no comma between them («… قتلوا في انفجار
 * … بمدينة كركوك»; not «…، بحسب مصدر أمني في بغداد», «…، فيما نقلت الجثتان إلى الطب العدلي في بغداد»). */
function inActClause(s: Story, norm: string, act: number | undefined, i: number): boolean {
  if (act === undefined || !s.toks[act] || s.toks[act]!.sent !== s.toks[i]!.sent) return false;
  const from = Math.min(s.toks[act]!.s, s.toks[i]!.s);
  const to = Math.max(s.toks[act]!.s, s.toks[i]!.s);
  for (let c = from; c < to; c++) if (norm[c] === "," || norm[c] === ";") return false;
  return true;
}

/** `firstAct`: the token of the story's first act word. */
export function setDatelineAside(s: Story, t: Tally, norm: string, firstAct: number | undefined): void {
  const m = s.mentions[0];
  if (!m || !isDateline(s, m, norm)) return;
  const w = t.weights.get(m);
  if (w === undefined) return;
  const own = (t.prov.get(m.province!) ?? 0) - w;
  // without the dateline, which province leads? If the dateline's own still does, the two agree.
  let top: string | null = null;
  let topW = own;
  for (const [p, pw] of t.prov) if (p !== m.province && pw > topW) { top = p; topW = pw; }
  if (!top) return;
  let placed = false;
  for (const [o, ow] of t.weights) {
    if (o.province === top && !o.country && ow >= LEAD_LOCATIVE && frameOf(s.toks, o.i) === "loc" && inActClause(s, norm, firstAct, o.i)) placed = true;
  }
  if (!placed) return;
  if (own > 0) t.prov.set(m.province!, own);
  else t.prov.delete(m.province!);
  t.weights.delete(m);
}
