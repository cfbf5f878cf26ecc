// «ارتفاع عدد شهداء العدوان على … إلى 7», «عدد القتلى ارتفع إلى 9», «قتلى التفجير يرتفعون إلى 40», «عدد
// الجرحى وصل إلى 11 شخصا»: the number after «إلى» is the new toll (an update), a lower bound after «ما لا يقل عن»;
// «أعداد القتلى وصلت إلى 12 والجرحى إلى 30» rises both.

import type { Token } from "../normalize.js";
import { readNumber, stems } from "../numbers.js";
import { CAS_NOUNS } from "../cues.js";
import {
  RISE, RISE_KILLED, RISE_INJURED, RISE_KILLED_BEFORE, TO, RISE_VICTIMS, DEATH_REASON, RISE_FILLERS, LOWER_BOUND_BEFORE,
} from "../data/toll-words.js";
import { atLeastAfter } from "./count.js";
import type { Mention } from "./mention.js";
import { inBackground } from "./background.js";
import type { BackgroundClauses } from "./background.js";

export function riseFigures(toks: readonly Token[], used: Uint8Array, bg: BackgroundClauses): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!RISE.test(toks[i]!.t)) continue;
    const named = risingKind(toks, i);
    if (!named) continue;
    const { kind, k } = named;
    const first = figureAfterTo(toks, k + 1, k + 14, used, bg);
    if (!first) continue;
    mentions.push({ kind, ...first.m });
    // «… وصلت إلى 12 والجرحى إلى 30»: the other kind rises in the same clause
    const kind2 = otherKindAfter(toks, first.end, kind);
    const second = kind2 ? figureAfterTo(toks, first.end + 1, first.end + 3, used, bg) : null;
    if (kind2 && second) mentions.push({ kind: kind2, ...second.m });
  }
  return mentions;
}

/** «… إلى 12 والجرحى إلى 30»: the other kind than `kind`, named with «و» at `at` (right after a rise's figure), in
 * the sentence of the token before it; null when none. */
export function otherKindAfter(toks: readonly Token[], at: number, kind: "killed" | "injured"): "killed" | "injured" | null {
  const other = toks[at];
  if (!other || other.sent !== toks[at - 1]?.sent || !other.t.startsWith("و")) return null;
  const t = other.t.replace(/^و(ال)?/, "");
  const kind2 = RISE_KILLED.test(t) ? "killed" : RISE_INJURED.test(t) ? "injured" : null;
  return kind2 !== kind ? kind2 : null;
}

/** The figure after the first «إلى» from `from` (before `until`, in the sentence), past «ما لا يقل عن», «أكثر
 * من», «نحو»; none when a toll noun follows it (that noun's own rule reads it). */
function figureAfterTo(toks: readonly Token[], from: number, until: number, used: Uint8Array, bg: BackgroundClauses):
  { m: Omit<Mention, "kind">; end: number } | null {
  const s = toks[from - 1]!.sent;
  for (let j = from; j < Math.min(toks.length, until) && toks[j]!.sent === s; j++) {
    if (!TO.has(toks[j]!.t)) continue;
    let n = j + 1;
    let lower = false;
    while (n < j + 5 && toks[n]?.sent === s && RISE_FILLERS.has(toks[n]!.t)) { if (LOWER_BOUND_BEFORE.has(toks[n]!.t)) lower = true; n++; }
    const r = readNumber(toks, n);
    const after = toks[n + (r?.len ?? 0)];
    const nounAfter = !!after && after.sent === s && !after.t.startsWith("و") && stems(after.t).some((x) => CAS_NOUNS[x]);
    if (!r || r.value === null || !Number.isInteger(r.value) || used[n] || nounAfter) return null;
    const end = n + r.len;
    const atLeast = lower || atLeastAfter(toks, end, s);
    return { m: { value: r.value, pos: n, bg: inBackground(bg, n), update: true, ...(atLeast ? { atLeast } : {}) }, end };
  }
  return null;
}

/** What rises, named after the verb («ارتفاع عدد الشهداء») or just before it («عدد القتلى ارتفع»), and
 * the token after which «إلى» is looked for. */
function risingKind(toks: readonly Token[], i: number): { kind: "killed" | "injured"; k: number } | null {
  const s = toks[i]!.sent;
  let k = i + 1;
  for (; k < Math.min(toks.length, i + 4) && toks[k]!.sent === s; k++) {
    const t = toks[k]!.t.replace(/^(ال)/, "");
    if (RISE_KILLED.test(t)) return { kind: "killed", k };
    if (RISE_INJURED.test(t)) return { kind: "injured", k };
    if (RISE_VICTIMS.test(t) && diedInSentence(toks, i)) return { kind: "killed", k };
  }
  for (let b = i - 1; b >= Math.max(0, i - 3) && toks[b]!.sent === s; b--) {
    const t = toks[b]!.t.replace(/^(و)?(ال)/, "");
    if (RISE_KILLED_BEFORE.test(t)) return { kind: "killed", k: i };
    if (RISE_INJURED.test(t)) return { kind: "injured", k: i };
    if (RISE_VICTIMS.test(t) && diedInSentence(toks, i)) return { kind: "killed", k: i };
  }
  return null;
}

/** A death told after the rise in its sentence («بعد وفاة اثنين من الجرحى», «متأثرين بجراحهم»). */
function diedInSentence(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  for (let k = i + 1; k < toks.length && toks[k]!.sent === s; k++) if (DEATH_REASON.test(toks[k]!.t)) return true;
  return false;
}
