// A foreign state's territory or domestic forces named by their nationality adjective: «داخل العمق الروسي»,
// «اشتباك مع الشرطة الألمانية», «جهاز الأمن الفدرالي الروسي». They place the event in that country; the
// gazetteer knows the country's names and places, not its adjectives after such nouns.

import type { Token } from "../normalize.js";
import { normalizeArabic } from "../normalize.js";
import { FOREIGN_ADJECTIVES } from "../data/foreign.js";
import { TERRITORY_OF, NAMED_TERRITORY, DOMESTIC_FORCE, MORE_NATIONALITIES, FUNCTION_AL } from "../data/location-words.js";
import type { Story } from "./weigh.js";

/** Adjective stem (no ال, no feminine/plural ending) → ISO code. */
const NATIONALITY_OF = new Map<string, string>([
  ...FOREIGN_ADJECTIVES.map((a): [string, string] => [stem(normalizeArabic(a.ar)), a.country]),
  ...MORE_NATIONALITIES.map(([a, c]): [string, string] => [a, c]),
]);

function stem(adj: string): string {
  return adj.replace(/^(ال)/, "").replace(/(يه|ين|ون|ه)$/, (m) => (m === "يه" ? "ي" : m === "ه" ? "" : "ي")).replace(/يي$/, "ي");
}

/** The foreign weight each country gets from its territory or domestic forces named by adjective. */
export function foreignByAdjective(s: Story): Map<string, number> {
  const { toks, mentions, firstSent, bg } = s;
  const out = new Map<string, number>();
  // tokens already weighed as a foreign place («الجانب الإيراني» is a name of the gazetteer)
  const mentioned = new Set<number>();
  for (const m of mentions) if (m.country) for (let k = m.i; k < m.i + m.len; k++) mentioned.add(k);
  // tokens of any place the gazetteer knows («مدينة الموصل العراقية» is no unknown name)
  const placed = new Set<number>();
  for (const m of mentions) for (let k = m.i; k < m.i + m.len; k++) placed.add(k);
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i]!;
    if ((!TERRITORY_OF.test(head.t) && !DOMESTIC_FORCE.test(head.t)) || mentioned.has(i)) continue;
    const named = NAMED_TERRITORY.test(head.t);
    // the adjective right after the noun, or after one or two more adjectives («الأمن الفدرالي الروسي»), or after
    // a name of a word or two no gazetteer place is part of («بمحافظة فارس الإيرانية»)
    let name = named ? 2 : 0;
    for (let k = i + 1; k <= i + 3 && k < toks.length && toks[k]!.sent === head.sent; k++) {
      const t: Token = toks[k]!;
      if (!t.t.startsWith("ال") && name-- > 0 && k - i <= 2 && !placed.has(k)) continue;
      name = 0;
      if (!t.t.startsWith("ال") || FUNCTION_AL.has(t.t)) break;
      const c = NATIONALITY_OF.get(stem(t.t));
      if (!c) continue;
      if (c === "iq" || mentioned.has(k)) break;
      let w = head.sent === firstSent ? 3 : head.sent <= firstSent + 2 ? 2 : 1;
      w += 1.5;
      if (bg[i]) w *= 0.2;
      out.set(c, (out.get(c) ?? 0) + w);
      break;
    }
  }
  return out;
}
