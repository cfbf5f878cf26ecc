// The public entry: a report (title + text) → one Story per story on the page.
// Pure: no I/O, no clock (time comes from input.publishedAt). Never throws; input is capped.

import type { ReportInput, Story, IncidentFacts } from "./types.js";
import { normalizeWithMap, tokenize } from "./normalize.js";
import type { Token } from "./normalize.js";
import { segment } from "./segment.js";
import { resolvePlace } from "./place.js";
import { classifyType, typeHits } from "./type.js";
import { extractCasualties } from "./casualties.js";
import { classify } from "./classify.js";
import { findActors } from "./perpetrator.js";
import { buildSummary } from "./summary.js";
import { PhraseMatcher } from "./match.js";
import { EVENT_CUES, CAS_VERBS } from "./cues.js";
import { placeById } from "./gazetteer.js";

/** Longest story text analysed (characters); the lead carries the facts. */
const MAX_STORY = 6_000;
const MAX_STORIES = 20;

const events = new PhraseMatcher<number>(EVENT_CUES);
const cas = new PhraseMatcher(CAS_VERBS);

const DAY = 86_400_000;
const WEEKDAYS: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };

/** «أمس», «مساء الخميس», «فجر اليوم»… relative to publishedAt; the report time otherwise. */
export function resolveOccurredAt(toks: readonly Token[], publishedAt: Date): Date {
  const base = publishedAt.getTime();
  if (!Number.isFinite(base)) return new Date(0);
  for (let i = 0; i < Math.min(toks.length, 120); i++) {
    const t = toks[i]!.t;
    if (t === "امس" || t === "البارحه") return new Date(base - DAY);
    const wd = WEEKDAYS[t] ?? WEEKDAYS[t.replace(/^(و|ب|ل)/, "")];
    if (wd !== undefined) {
      const prev = toks[i - 1]?.t ?? "";
      if (/^(يوم|مساء|صباح|فجر|ليل|ليله|ظهر|عصر)$/.test(prev) || i > 0) {
        const d = new Date(base);
        const back = (d.getUTCDay() - wd + 7) % 7;
        return new Date(base - back * DAY);
      }
    }
  }
  return new Date(base);
}

function originalSlice(orig: string, map: Int32Array, s: number, e: number): string {
  const a = map[s] ?? 0;
  const b = map[Math.min(e, map.length - 1)] ?? orig.length;
  return orig.slice(a, b).trim();
}

/** A name as written, without a glued clitic («بالطارمية» → «الطارمية», «لداعش» → «داعش»). */
function nameAsWritten(orig: string, map: Int32Array, tok: Token, endTok: Token, cueFirst: string): string {
  let s = originalSlice(orig, map, tok.s, endTok.e);
  const t = tok.t;
  if (t.length > cueFirst.length && /^[وبلف]/.test(t) && !cueFirst.startsWith(t[0]!)) s = s.slice(1);
  if (s.startsWith("ل") && t.startsWith("لل")) s = "ال" + s.slice(1);
  return s;
}

/** The sentence with the most act and casualty cues (the headline wins ties). */
function bestSentence(toks: readonly Token[]): number {
  const score = new Map<number, number>();
  for (const h of events.find(toks)) score.set(toks[h.i]!.sent, (score.get(toks[h.i]!.sent) ?? 0) + 1);
  for (const h of cas.find(toks)) score.set(toks[h.i]!.sent, (score.get(toks[h.i]!.sent) ?? 0) + 2);
  let best = toks[0]?.sent ?? 0;
  let bs = -1;
  for (const [s, v] of [...score.entries()].sort((a, b) => a[0] - b[0])) if (v > bs) { best = s; bs = v; }
  return best;
}

export function analyzeStory(headline: string, text: string, publishedAt: Date): Story {
  const body = text.length > MAX_STORY ? text.slice(0, MAX_STORY) : text;
  const { text: norm, map } = normalizeWithMap(body);
  const toks = tokenize(norm);
  const place = resolvePlace(toks);
  const hits = typeHits(toks);
  const verdict = classify({ toks, norm, typeHits: hits, place });
  if (!verdict.incident) return { headline, text, incident: null, reason: verdict.reason };

  const type = classifyType(toks);
  const { killed, injured } = extractCasualties(toks);
  const actors = findActors(toks);
  const m = place.mention;
  const placeText = m ? nameAsWritten(body, map, toks[m.i]!, toks[m.i + m.len - 1]!, m.first) : null;
  const entry = m?.place ?? null;
  const sentIdx = bestSentence(toks);
  const sentToks = toks.filter((t) => t.sent === sentIdx);
  const sentence = sentToks.length ? originalSlice(body, map, sentToks[0]!.s, sentToks[sentToks.length - 1]!.e) : headline;
  const facts: IncidentFacts = {
    provinces: place.provinces,
    place: placeText,
    placeId: entry?.id ?? null,
    district: entry ? (entry.kind === "district" ? entry.id : entry.district ?? null) : null,
    coordinates: entry && (entry.lat || entry.lon) ? { lat: entry.lat, lon: entry.lon } : null,
    type,
    killed,
    injured,
    perpetrator: actors.perpetrator
      ? nameAsWritten(body, map, toks[actors.perpetrator.i]!, toks[actors.perpetrator.i + actors.perpetrator.len - 1]!, actors.perpetrator.first)
      : null,
    target: actors.target,
    occurredAt: resolveOccurredAt(toks, publishedAt),
    summary: buildSummary({ type, place: placeText, province: place.provinces[0] ?? null, killed, injured }, sentence),
  };
  if (facts.district && !placeById(facts.district)) facts.district = null;
  return { headline, text, incident: facts, reason: null };
}

/** Segment a report into stories and analyse each. Never throws. */
export function analyzeReport(input: ReportInput): Story[] {
  try {
    const title = typeof input?.title === "string" ? input.title.trim() : "";
    const raw = typeof input?.text === "string" ? input.text : "";
    const publishedAt = input?.publishedAt instanceof Date ? input.publishedAt : new Date(0);
    let page = raw;
    if (title && !raw.trimStart().startsWith(title)) page = `${title}\n\n${raw}`;
    const segs = segment(page).slice(0, MAX_STORIES);
    return segs.map((s) => {
      try {
        return analyzeStory(s.headline, s.text, publishedAt);
      } catch {
        return { headline: s.headline, text: s.text, incident: null, reason: "error" };
      }
    });
  } catch {
    return [];
  }
}
