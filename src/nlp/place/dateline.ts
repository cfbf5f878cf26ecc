// A news dateline names where the report was filed, not always where it happened: «بغداد (رويترز) - قالت
// مصادر … إن ثلاثة أشخاص قتلوا في انفجار … بمدينة كركوك», «أربيل (كوردستان 24)- … لمحافظة السليمانية». When the
// rest of the text puts the event in another province (it leads without the dateline, with a locative mention in
// the lead), the dateline's own weight is taken back; its province keeps whatever else the text gives it. Only a place opening the text and followed by «(»,
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
  const own = (t.prov.get(m.province!) ?? 0) - w;
  // without the dateline, which province leads? If the dateline's own still does, the two agree.
  let top: string | null = null;
  let topW = own;
  for (const [p, pw] of t.prov) if (p !== m.province && pw > topW) { top = p; topW = pw; }
  if (!top) return;
  let placed = false;
  for (const [o, ow] of t.weights) {
    if (o.province === top && !o.country && ow >= LEAD_LOCATIVE && frameOf(s.toks, o.i) === "loc") placed = true;
  }
  if (!placed) return;
  if (own > 0) t.prov.set(m.province!, own);
  else t.prov.delete(m.province!);
  t.weights.delete(m);
}
