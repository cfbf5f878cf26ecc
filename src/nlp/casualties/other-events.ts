// Figures that belong to another event than the one reported: another incident told in the same
// article, running totals over a day or a war, the cause or the charges, another place's clause, and a
// background sentence below the lead.

import type { Token } from "../normalize.js";
import { MEANWHILE, TURN_CUES, RISE, TO, RISE_OF_ANOTHER_MATTER, SPAN_UNIT, SPAN_OPENER, TOLL_DENIAL, RISE_KILLED, RISE_INJURED } from "../data/toll-words.js";
import { readNumber } from "../numbers.js";
import { deniedReports } from "../rumour.js";
import { otherIncident, aggregate, earlierAct } from "./matchers.js";
import { inEarlierEvent, inStrongBackground } from "./background.js";
import type { BackgroundClauses } from "./background.js";
import type { Mention } from "./mention.js";
import { appendedClauseStart, commaBefore } from "../appended-background.js";
import { events } from "../acts-matcher.js";

/** Remove from `mentions` the figures of other events. `elsewhere(i)`: token i is told of another place; `norm`:
 * the normalised text of the tokens (its commas cut a clause appended to the news). */
export function dropOtherEventsFigures(toks: readonly Token[], mentions: Mention[], bg: BackgroundClauses,
  elsewhere?: (i: number) => boolean, norm?: string): void {
  dropOtherIncidentsAndTotals(toks, mentions, norm);
  dropRisesOfAnotherMatter(toks, mentions);
  dropDeniedFigures(toks, mentions);
  if (elsewhere) for (let k = mentions.length - 1; k >= 0; k--) if (elsewhere(mentions[k]!.pos)) mentions.splice(k, 1);
  dropEarlierActs(toks, mentions, norm);
  dropBackgroundBelowLead(toks, mentions, bg);
}

/** The figures of another incident told in the same article, and running totals over a day or a war,
 * are dropped, not just weighed down: those of the cue's sentence, or for a turn to another matter («وعلى صعيد
 * آخر»: TURN_CUES) those after it, up to the end of the sentence its last word is in (a line may break inside it).
 * A running total's words in a clause appended to the news that ranks it («مقتل جندي، في ثالث هجوم من نوعه منذ بداية
 * الشهر»: appended-background.ts) compare the news over a span: only the figures of that clause go. */
function dropOtherIncidentsAndTotals(toks: readonly Token[], mentions: Mention[], norm?: string): void {
  const other = new Set<number>();
  const turns: { from: number; sent: number }[] = [];
  for (const h of otherIncident.find(toks)) {
    if (TURN_CUES.has(h.p)) turns.push({ from: h.i, sent: toks[h.i + h.len - 1]!.sent });
    else other.add(toks[h.i]!.sent);
  }
  for (const h of aggregate.find(toks)) {
    const clause = norm === undefined ? -1 : comparisonClauseStart(toks, mentions, norm, h.i);
    if (clause >= 0) turns.push({ from: clause, sent: toks[h.i]!.sent });
    else other.add(toks[h.i]!.sent);
  }
  if (!other.size && !turns.length) return;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const p = mentions[k]!.pos;
    if (other.has(toks[p]!.sent) || turns.some((t) => p >= t.from && toks[p]!.sent <= t.sent)) mentions.splice(k, 1);
  }
}

/** Words between a rise and its «إلى» read for what rises. */
const RISE_QUALIFIER = 12;

/** A rise of another matter than this attack's victims: between the rise and its «إلى» it names a disease, road
 * accidents, protests, or a span of weeks or months («وأعلنت وزارة الصحة ارتفاع عدد القتلى بفيروس كورونا إلى 25 ألفاً»,
 * «ارتفاع عدد ضحايا الاحتجاجات في البلاد إلى 550», «وارتفع عدد ضحايا العبوات في صلاح الدين هذا الشهر إلى 17 قتيلاً»).
 * The figures of its sentence from the rise on are that matter's. */
function dropRisesOfAnotherMatter(toks: readonly Token[], mentions: Mention[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (!RISE.test(toks[i]!.t)) continue;
    const s = toks[i]!.sent;
    let other = false;
    for (let k = i + 1; k < Math.min(toks.length, i + RISE_QUALIFIER) && toks[k]!.sent === s && !TO.has(toks[k]!.t); k++) {
      const t = toks[k]!.t;
      if (RISE_OF_ANOTHER_MATTER.test(t) || (SPAN_UNIT.test(t) && SPAN_OPENER.has(toks[k - 1]!.t))) { other = true; break; }
    }
    if (!other) continue;
    for (let m = mentions.length - 1; m >= 0; m--) {
      const p = mentions[m]!.pos;
      if (p > i && toks[p]!.sent === s) mentions.splice(m, 1);
    }
  }
}

/** Words before a rise that its denial may stand («نافياً الأنباء التي تحدثت عن ارتفاع»). */
const DENIAL_REACH = 6;
/** Words from the reports denied to their figure («الأنباء المتداولة عن مقتل خمسة»). */
const RUMOUR_FIGURE_REACH = 5;

/** Figures denied: a rise told as a rumour denied («… مقتل 6 أشخاص، نافياً الأنباء التي تحدثت عن ارتفاع عدد القتلى إلى
 * 8»), or the figure of reports denied («نفى مصدر … الأنباء المتداولة عن مقتل خمسة أشخاص، مؤكداً أن الاشتباك أسفر عن
 * مقتل شخص واحد»). Neither is a toll, nor is any other figure of its kind and value (the rumour's own headline: «مقتل
 * 8 أشخاص …»). */
function dropDeniedFigures(toks: readonly Token[], mentions: Mention[]): void {
  const denied: { kind: Mention["kind"]; value: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const s = toks[i]!.sent;
    if (RISE.test(toks[i]!.t)) {
      let before = false;
      for (let b = i - 1; b >= Math.max(0, i - DENIAL_REACH) && toks[b]!.sent === s && !before; b--) before = TOLL_DENIAL.test(toks[b]!.t);
      const figure = before ? riseFigure(toks, i) : null;
      if (figure) denied.push(figure);
    }
    if (TOLL_DENIAL.test(toks[i]!.t)) {
      const rumour = deniedReports(toks, i + 1);
      if (rumour >= 0) denied.push(...mentions.filter((m) => m.pos > rumour && m.pos <= rumour + RUMOUR_FIGURE_REACH && toks[m.pos]!.sent === s));
    }
  }
  for (const d of denied) for (let m = mentions.length - 1; m >= 0; m--) if (mentions[m]!.kind === d.kind && mentions[m]!.value === d.value) mentions.splice(m, 1);
}

/** What the rise at i names and the figure after its «إلى» («ارتفاع عدد القتلى إلى 8»: killed, 8); null if either is missing. */
function riseFigure(toks: readonly Token[], i: number): { kind: "killed" | "injured"; value: number } | null {
  const s = toks[i]!.sent;
  let kind: "killed" | "injured" | null = null;
  for (let k = i + 1; k < Math.min(toks.length, i + RISE_QUALIFIER) && toks[k]!.sent === s; k++) {
    const t = toks[k]!.t.replace(/^ال/, "");
    if (!kind) kind = RISE_KILLED.test(t) ? "killed" : RISE_INJURED.test(t) ? "injured" : null;
    if (!TO.has(toks[k]!.t)) continue;
    const n = readNumber(toks, k + 1);
    return kind && n && n.value !== null ? { kind, value: n.value } : null;
  }
  return null;
}

/** Where the comparison clause holding the total's cue at `cue` starts, appended after the sentence's first figure
 * (-1: none). */
function comparisonClauseStart(toks: readonly Token[], mentions: readonly Mention[], norm: string, cue: number): number {
  const sent = toks[cue]!.sent;
  let first = -1;
  for (const m of mentions) if (m.pos < cue && toks[m.pos]!.sent === sent && (first < 0 || m.pos < first)) first = m.pos;
  return first < 0 ? -1 : appendedClauseStart(toks, norm, first, cue, events.find(toks));
}

/** The figures right after «على خلفية», «لم تكتفِ بـ», «رداً على» belong to the cause, an earlier act. */
function dropEarlierActs(toks: readonly Token[], mentions: Mention[], norm?: string): void {
  for (const h of earlierAct.find(toks)) {
    const s = toks[h.i]!.sent;
    // up to the next clause: «على خلفية خلاف على أراض زراعية، فيما أصيب اثنان آخران», «…، (ما) أسفر عن مقتل ثلاثة» (the
    // cause is a noun phrase, and the clause after its comma is the news's; «على خلفية هجوم أسفر عن …» with no comma
    // tells the cause's own toll)
    let end = h.i + h.len + 8;
    for (let k = h.i + h.len; k <= end && k < toks.length; k++) {
      if (MEANWHILE.has(toks[k]!.t) || (norm && commaBefore(toks, norm, k))) { end = k; break; }
    }
    for (let k = mentions.length - 1; k >= 0; k--) {
      const p = mentions[k]!.pos;
      if (p >= h.i + h.len && p <= end && toks[p]!.sent === s) mentions.splice(k, 1);
    }
  }
}

/** A figure told only in a background sentence (an earlier event, a running total, an aside) stands
 * for this incident only in the lead, where a background marker («وكانت», «سلسلة») often governs the
 * report itself; further down it is another event's, and stating it would invent this one's toll
 * («وكان المصدر قد أعلن عن مقتل …» is still this incident: «كان» alone does not make another event).
 * In the lead's second sentence, a figure in a clause that tells an earlier event for certain (an earlier date or
 * similar attack: «وقبل أسبوع قتل ثلاثة …», «ويأتي الحادث بعد هجوم مماثل أسفر عن مقتل ثلاثة») is that event's too;
 * «في وقت سابق من اليوم», «أعنف هجوم … منذ الشهر الماضي», «بهجوم مماثل لهجمات داعش» leave today's figure. */
function dropBackgroundBelowLead(toks: readonly Token[], mentions: Mention[], bg: BackgroundClauses): void {
  const first = toks[0]?.sent ?? 0;
  const leadEnd = first + 1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const sent = toks[m.pos]!.sent;
    const other = sent > leadEnd ? inStrongBackground(bg, m.pos) : sent > first && inEarlierEvent(bg, m.pos);
    if (m.bg && other && !mentions.some((o) => o.kind === m.kind && !o.bg)) mentions.splice(k, 1);
  }
}

