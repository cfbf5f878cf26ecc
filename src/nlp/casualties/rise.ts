// «ارتفاع عدد شهداء العدوان على … إلى 7», «عدد القتلى ارتفع إلى 9»: the bare number after «إلى» is the
// new toll (an update).

import type { Token } from "../normalize.js";
import { readNumber, stems } from "../numbers.js";
import { CAS_NOUNS } from "../cues.js";
import { RISE, RISE_KILLED, RISE_INJURED, RISE_KILLED_BEFORE, TO } from "../data/toll-words.js";
import { personForm } from "./person.js";
import type { Mention } from "./mention.js";

export function riseFigures(toks: readonly Token[], used: Uint8Array, bgSent: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!RISE.test(toks[i]!.t)) continue;
    const s = toks[i]!.sent;
    const named = risingKind(toks, i);
    if (!named) continue;
    const { kind, k } = named;
    for (let j = k + 1; j < Math.min(toks.length, k + 14) && toks[j]!.sent === s; j++) {
      if (!TO.has(toks[j]!.t)) continue;
      const r = readNumber(toks, j + 1);
      const after = toks[j + 1 + (r?.len ?? 0)];
      const nounAfter = !!after && after.sent === s && stems(after.t).some((x) => CAS_NOUNS[x] || personForm(x, undefined) >= 0);
      if (r && r.value !== null && Number.isInteger(r.value) && !used[j + 1] && !nounAfter) {
        mentions.push({ kind, value: r.value, pos: j + 1, bg: bgSent.has(s), update: true });
      }
      break;
    }
  }
  return mentions;
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
  }
  for (let b = i - 1; b >= Math.max(0, i - 3) && toks[b]!.sent === s; b--) {
    const t = toks[b]!.t.replace(/^(و)?(ال)/, "");
    if (RISE_KILLED_BEFORE.test(t)) return { kind: "killed", k: i };
    if (RISE_INJURED.test(t)) return { kind: "injured", k: i };
  }
  return null;
}
