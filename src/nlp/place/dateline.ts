// A news dateline names where the report was filed, not always where it happened: «بغداد (رويترز) - قالت
// مصادر … إن ثلاثة أشخاص قتلوا في انفجار … بمدينة كركوك», «أربيل (كوردستان 24)- … لمحافظة السليمانية». When the
// lead puts the event in another province (a locative mention), the dateline's own weight is taken back;
// its province keeps whatever else the text gives it. Only a place opening the text and followed by «(»,
// «-» or «/» is a dateline: a heading such as «بغداد (فيديو)» with no other place keeps its weight, and a
// reference point («قرب …») or an institution does not outweigh a dateline.

import type { PlaceMention } from "../gazetteer.js";
import { frameOf } from "./frame.js";
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

export function setDatelineAside(s: Story, t: Tally, norm: string): void {
  const m = s.mentions[0];
  if (!m || !isDateline(s, m, norm)) return;
  const w = t.weights.get(m);
  if (w === undefined) return;
  const elsewhere = [...t.weights].some(([o, ow]) => o !== m && o.province && o.province !== m.province && !o.country &&
    ow >= LEAD_LOCATIVE && frameOf(s.toks, o.i) === "loc");
  if (!elsewhere) return;
  const left = (t.prov.get(m.province!) ?? 0) - w;
  if (left > 0) t.prov.set(m.province!, left);
  else t.prov.delete(m.province!);
  t.weights.delete(m);
}
