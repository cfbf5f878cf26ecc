// The public entry: a report (title + text) → one Story per story on the page.
// Pure: no I/O, no clock (time comes from input.publishedAt). Never throws; input is capped.

import type { ReportInput, Story, IncidentFacts } from "./types.js";
import { hasToken, normalizeWithMap, normalizeArabic, tokenize } from "./normalize.js";
import type { Token } from "./normalize.js";
import { MAX_PAGE, segment } from "./segment.js";
import { resolvePlace } from "./place/index.js";
import { compassRun } from "./place/weigh.js";
import { regionAsPlace } from "./place/region.js";
import { deniedPlace } from "./place/frame.js";
import { datelinePlace } from "./place/dateline.js";
import { classifyType, typeHits } from "./type.js";
import { extractCasualties, PLACE_TOKEN } from "./casualties/index.js";
import { classify } from "./classify/index.js";
import { verblessStrike } from "./classify/acts.js";
import { findActors } from "./perpetrator.js";
import { buildSummary } from "./summary.js";
import type { SummarySentence } from "./summary.js";
import { PhraseMatcher } from "./match.js";
import { CAS_VERBS, NEG_CUES, PAST_CUES, BACKGROUND_CUES } from "./cues.js";
import { events } from "./acts-matcher.js";
import type { PlaceResolution } from "./place/index.js";
import type { Hit } from "./match.js";
import type { TypeCue } from "./cues.js";
import { districtOf, findPlaces, placeById, type PlaceMention } from "./gazetteer.js";
import type { ProvinceId } from "./taxonomy.js";
import { notToday } from "./earlier-today.js";
import { hardWrapped } from "./wrapped.js";
import { readNumber, stems } from "./numbers.js";
import { ADMIN } from "./data/location-words.js";
import { VERBLESS_HINT } from "./data/incident-words.js";
import { RISE } from "./data/toll-words.js";
import { personForm } from "./casualties/person.js";
import {
  YESTERDAY, WEEKDAYS, WEEKDAY_CLITICS, PART_OF_DAY, SUMMARY_PAST, SUMMARY_BACKGROUND, TOLL_NOUN, CONTINUATION, NEVER_FIRST, NEVER_LAST, SPEECH_OPENER, OPENS_SENTENCE,
  SENTENCE_START, WHILE, IN, WHILE_AFTER_IN, AND_IN,
} from "./data/story-words.js";

/** Longest story text analysed (characters); the lead carries the facts. */
const MAX_STORY = 6_000;
const MAX_STORIES = 20;

const cas = new PhraseMatcher(CAS_VERBS);
// One matcher for what the summary weighs down: statements; earlier events («في وقت سابق», «الشهر
// الماضي», «يذكر أن»: «وكانت الخلية قد ذكرت أن …» is often the report of this very incident, so
// «وكان» alone only bars a sentence from being ADDED); any background marker at all.
type SumCue = "statement" | "past" | "bg";
const summaryCues = new PhraseMatcher<SumCue>([
  ...NEG_CUES.filter((c) => c.v === "statement" || c.v === "denial" || c.v === "analysis").map((c) => ({ p: c.p, v: "statement" as SumCue })),
  ...[...PAST_CUES.map((c) => c.p), ...SUMMARY_PAST].map((p) => ({ p, v: "past" as SumCue })),
  ...[...BACKGROUND_CUES.filter((c) => !PAST_CUES.some((x) => x.p === c.p)).map((c) => c.p), ...SUMMARY_BACKGROUND]
    .map((p) => ({ p, v: "bg" as SumCue })),
]);
/** Sentences looked at for the summary (the lead carries the facts). */
const MAX_SUMMARY_SENTENCES = 40;

const DAY = 86_400_000;
// with a glued «و/ب/ل» too («والخميس», «بالجمعة»): one lookup per token
const WEEKDAY_FORMS = new Map<string, number>();
for (const [w, d] of Object.entries(WEEKDAYS)) for (const p of WEEKDAY_CLITICS) WEEKDAY_FORMS.set(p + w, d);

/** «أمس», «مساء الخميس», «فجر اليوم»… relative to publishedAt; the report time otherwise. */
export function resolveOccurredAt(toks: readonly Token[], publishedAt: Date): Date {
  const base = publishedAt.getTime();
  if (!Number.isFinite(base)) return new Date(0);
  for (let i = 0; i < Math.min(toks.length, 120); i++) {
    const t = toks[i]!.t;
    if (YESTERDAY.has(t)) return new Date(base - DAY);
    const wd = WEEKDAY_FORMS.get(t);
    if (wd !== undefined) {
      const prev = toks[i - 1]?.t ?? "";
      if (PART_OF_DAY.test(prev) || i > 0) {
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
  // brackets and quotes inside a name of several words («العاصمة العراقية (بغداد)») are the sentence's, not the name's
  let s = originalSlice(orig, map, tok.s, endTok.e).replace(/[()[\]«»"“”]/g, "").replace(/\s+/g, " ");
  const t = tok.t;
  // the clitics glued to the name («ببعقوبة», «وبالموصل»): as many letters as the token has before the name
  const glued = t.length - cueFirst.length;
  // («بالبصرة» over a name without its article: the clitic goes, the article stays)
  const clitics = glued > 0 && t.endsWith(cueFirst) ? /^([وف]?[بلك]?)(ال)?$/.exec(t.slice(0, glued)) : null;
  if (clitics && clitics[1]) s = s.slice(clitics[1].length);
  else if (t.length > cueFirst.length && /^[وبلف]/.test(t) && !cueFirst.startsWith(t[0]!)) s = s.slice(1);
  if (s.startsWith("ل") && t.startsWith("لل")) s = "ال" + s.slice(1);
  return s;
}

/** A piece of a sentence that a bare line break (a wrapped line of a forum repost) cut off. */
function isFragment(body: string, map: Int32Array, first: Token): boolean {
  let k = (map[first.s] ?? 0) - 1;
  while (k >= 0 && (body[k] === " " || body[k] === "\t")) k--;
  if (k < 0 || body[k] !== "\n") return false;
  let j = k - 1;
  while (j >= 0 && (body[j] === " " || body[j] === "\t" || body[j] === "\r")) j--;
  if (j < 0 || body[j] === "\n" || !/[\p{L}\p{N}]/u.test(body[j]!)) return false; // a blank line or punctuation ends a sentence
  if (CONTINUATION.test(first.t)) return true;
  const lineStart = body.lastIndexOf("\n", j) + 1;
  const prevLine = body.slice(lineStart, j + 1);
  // a long line with no final punctuation was wrapped; a new sentence starts with و/ف, ال or a verb prefix
  return prevLine.length >= 60 && !SENTENCE_START.test(first.t);
}

/** The story's sentences as written, with what each names (for the summary). */
function summarySentences(body: string, map: Int32Array, toks: readonly Token[], hits: readonly Hit<TypeCue>[], place: PlaceResolution, acts: readonly Hit<number>[],
  toll: { killed: number | null; injured: number | null }): SummarySentence[] {
  if (!toks.length) return [];
  const first = toks[0]!.sent;
  const limit = first + MAX_SUMMARY_SENTENCES;
  const out = new Map<number, StorySentence>();
  for (const t of toks) {
    if (t.sent >= limit) break;
    const cur = out.get(t.sent);
    if (cur) { cur.b = t.e; cur.words++; continue; }
    out.set(t.sent, new StorySentence(body, map, t.s, t.e, isFragment(body, map, t)));
  }
  for (const h of acts) { const s = out.get(toks[h.i]!.sent); if (s) s.act = true; }
  for (const h of cas.find(toks)) { const s = out.get(toks[h.i]!.sent); if (s) s.toll = true; }
  for (const h of hits) { const s = out.get(toks[h.i]!.sent); if (s && !h.v.weak) s.weapon = true; }
  for (const h of notToday(toks, summaryCues.find(toks))) {
    const s = out.get(toks[h.i]!.sent);
    if (!s) continue;
    if (h.v === "statement") s.statement = true;
    else { s.anyBackground = true; if (h.v === "past") s.background = true; }
  }
  const main = place.mention?.place ?? null;
  for (const m of place.mentions) {
    const s = out.get(toks[m.i]!.sent);
    if (!s || !m.province || m.country) continue;
    s.place = true;
    if (main && m.place === main) s.mainPlace = true;
  }
  for (let i = 0; i < toks.length && toks[i]!.sent < limit; i++) if (TOLL_NOUN.test(toks[i]!.t)) out.get(toks[i]!.sent)!.toll = true;
  markTheToll(toks, out, limit, toll.killed, toll.injured);
  for (let i = 0; i < toks.length && toks[i]!.sent < limit; i++) {
    const t = toks[i]!;
    // the sentence's edges first: two pattern tests per sentence, not per word
    if ((i === 0 || toks[i - 1]!.sent !== t.sent) && NEVER_FIRST.test(t.t)) out.get(t.sent)!.fragment = true;
    if ((i + 1 === toks.length || toks[i + 1]!.sent !== t.sent) && NEVER_LAST.test(t.t)) out.get(t.sent)!.fragment = true;
  }
  return [...out.values()];
}

const DUAL_ENDING = /(ين|ان)$/;

/** Where sentences count the victims differently («في حصيلة أولية … مقتل 20» and «ارتفعت إلى 25 قتيلا»), the ones
 * that state the toll the alert gives: quoting an earlier count would contradict the alert's own toll line. A
 * sentence agrees by the death toll when there is one (the wounded often stay as many when some of them die), else by
 * the wounded; a combined figure of the two («مقتل وإصابة 13») agrees too. (A figure of 1 is said without a number; a
 * dual person noun is a 2.) */
function markTheToll(toks: readonly Token[], out: ReadonlyMap<number, StorySentence>, limit: number, killed: number | null, injured: number | null): void {
  const key = killed !== null && killed > 1 ? killed : injured !== null && injured > 1 ? injured : null;
  if (key === null) return;
  const combined = killed !== null && injured !== null ? killed + injured : null;
  const states = new Set<StorySentence>();
  const counts = new Set<StorySentence>();
  for (let i = 0; i < toks.length && toks[i]!.sent < limit; i++) {
    const s = out.get(toks[i]!.sent)!;
    // a number, or a dual person noun («جنديين», «شرطيان»: 2; only words with a dual's ending are asked)
    const t = toks[i]!.t;
    const v = !s.toll ? null : readNumber(toks, i)?.value ?? (DUAL_ENDING.test(t) && personForm(t, toks[i + 1]?.t) === 2 ? 2 : null);
    if (v == null || v < 2) continue;
    if (v === key) states.add(s);
    else if (v !== combined && v !== killed && v !== injured) counts.add(s);
  }
  if ([...counts].some((s) => !states.has(s))) for (const s of states) s.figure = true;
}

/** A sentence of the story for the summary: what it names, and its text as written — read only for the few
 * sentences the summary may quote, so sliced when first asked. (A class: the getters are shared, not two
 * closures and an object copy per sentence.) */
class StorySentence implements SummarySentence {
  act = false;
  weapon = false;
  place = false;
  mainPlace = false;
  toll = false;
  figure = false;
  background = false;
  anyBackground = false;
  statement = false;
  words = 1;
  private sliced: string | undefined;
  private cut: boolean | undefined;
  constructor(private readonly body: string, private readonly map: Int32Array, readonly a: number, public b: number, public fragment: boolean) {}
  get text(): string { return (this.sliced ??= originalSlice(this.body, this.map, this.a, this.b)); }
  get clipped(): boolean {
    const at = this.map[this.b] ?? this.body.length;
    return (this.cut ??= CLIPPED.test(this.body.slice(at, at + 6)));
  }
}


/** Tokens [a, b) name places, none of them in `main`: other Iraqi provinces, or countries abroad («وفي سوريا،
 * أعلنت مصادر طبية ارتفاع عدد القتلى إلى 17»). (Module-level rather than a closure in the caller: tsx compiles
 * with esbuild's keepNames, which names each closure bound to a const with a defineProperty every time it is
 * created — a cost per story in the hot path.) */
function onlyOtherPlaces(place: PlaceResolution, main: string, a: number, b: number): boolean {
  const ms = place.mentions.filter((m) => m.i >= a && m.i < b && (m.province || m.country));
  return ms.length > 0 && ms.every((m) => !!m.country || m.province !== main);
}

/** Tokens [a, b) name places, all of them abroad («وأعلنت وزارة الصحة في غزة ارتفاع عدد الشهداء إلى …»). */
function onlyAbroad(place: PlaceResolution, a: number, b: number): boolean {
  const ms = place.mentions.filter((m) => m.i >= a && m.i < b && (m.province || m.country));
  return ms.length > 0 && ms.every((m) => !!m.country);
}

/** Token ranges told of another place than the incident's province: a sentence that opens with «وفي» and names
 * only other provinces or countries («وفي محافظة المثنى، قتل شخصان …», «وفي تركيا، …»), a «بينما» clause that
 * does, or a sentence below the first that tells a rise and names only places abroad (a toll rising elsewhere).
 * Their tolls are another incident's. */
function elsewhereRanges(toks: readonly Token[], place: PlaceResolution): [number, number][] {
  const main = place.provinces[0];
  if (!main) return [];
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i < toks.length && toks[i]!.sent === toks[start]!.sent) continue;
    // sentence [start, i)
    const first = toks[start]!.t;
    if (AND_IN.has(first) && start > 0 && onlyOtherPlaces(place, main, start, i)) out.push([start, i]);
    else if (start > 0 && onlyAbroad(place, start, i) && toks.slice(start, i).some((t) => RISE.test(t.t))) out.push([start, i]);
    else {
      for (let k = start; k < i; k++) {
        if (WHILE.test(toks[k]!.t) || (toks[k]!.t === IN && toks[k + 1]?.t === WHILE_AFTER_IN && k + 1 < i)) {
          if (onlyOtherPlaces(place, main, k, i)) out.push([k, i]);
          break;
        }
      }
    }
    start = i;
  }
  return out;
}

/** A line that ends on a word no sentence ends with («في», «التي», «وقال») or on «و N» was broken mid-sentence
 * (a forum repost of a news text): the sentence goes on at the next line («بلغت 11 قتيلا و41⏎جريحا») — unless
 * that line opens a sentence of its own («… مقتل جنديين في⏎وأسفر هجوم اليوم عن …»: the first line was cut). */
function lineRunsOn(toks: readonly Token[], next: string): boolean {
  if (OPENS_SENTENCE.test(next)) return false;
  const last = toks[toks.length - 1]!;
  if (NEVER_LAST.test(last.t) || SPEECH_OPENER.test(last.t)) return true;
  return /^\d/.test(last.t) && toks[toks.length - 2]?.t === "و";
}

/** In a hard-wrapped text (wrapped.ts) every line's end after a word goes on — unless the next line opens a sentence
 * of its own («وقال …»). */
const wrappedRunsOn = (_toks: readonly Token[], next: string): boolean => !OPENS_SENTENCE.test(next);

/** The tokens as the toll rules read them: a place name is no person («الشيخان» is not two sheikhs, «الطالبية»
 * not two students). Names that are also ordinary words (ambiguous or common ones, such as «العامل» or «الشيخ سعد»)
 * keep their words. */
function withoutPlaceNames(toks: readonly Token[], mentions: readonly PlaceMention[]): readonly Token[] {
  const named = mentions.filter((m) => m.place && !m.ambiguous && !m.common);
  if (!named.length) return toks;
  const out = toks.slice();
  for (const m of named) for (let k = m.i; k < m.i + m.len; k++) out[k] = { ...toks[k]!, t: PLACE_TOKEN, m: 0, mt: "", mg: -1, r: null };
  return out;
}


/** The story's place, resolved on first call only (made here: see onlyOtherPlaces; an arrow written in
 * the caller's object literal is named too). */
function placeFinder(toks: readonly Token[], norm: string, firstAct: number | undefined, dateline: PlaceMention | null): () => PlaceResolution {
  let found: PlaceResolution | null = null;
  return () => (found ??= resolvePlace(toks, norm, firstAct, dateline));
}

/** Towns a compass word places an event near rather than in («شمال شرقي بعقوبة»); a province or a region named so is
 * a part of it («شمالي بغداد»), and so is a town named with its admin noun («شرقي قضاء العلم», «جنوب مدينة الحلة»). */
const NEAR_TOWN: ReadonlySet<string> = new Set(["district", "subdistrict", "city", "town"]);

/** What follows a sentence cut short by the feed («… وإصابة…»): an ellipsis. */
const CLIPPED = /^[ \t]*(?:…|\.{2,})/u;

/** A story read as far as its acts: what the verdict and the facts are drawn from. */
interface StoryReading {
  body: string;
  norm: string;
  map: Int32Array;
  toks: readonly Token[];
  acts: Hit<number>[];
  hits: Hit<TypeCue>[];
  findPlace: () => PlaceResolution;
}

/** The first line of a normalised text may be a headline with no verb (VERBLESS_HINT; only its first line is
 * asked: a page of a thousand words would be scanned whole). */
function verblessHeadline(norm: string): boolean {
  const lineEnd = norm.indexOf("\n");
  return VERBLESS_HINT.test(lineEnd < 0 ? norm : norm.slice(0, lineEnd));
}

/** The story read as far as its acts, or its reason when it names none (most posts of a real stream: answered
 * before the costlier place and type rules — three in four before they are even tokenised). */
function readStory(text: string, dateline: string | null): StoryReading | { reason: string } {
  const body = text.length > MAX_STORY ? text.slice(0, MAX_STORY) : text;
  const { text: norm, map } = normalizeWithMap(body);
  // (a headline with no verb, «قذائف هاون على قرية …», names its act by the weapon: verblessStrike)
  const verbless = verblessHeadline(norm);
  if (!verbless && !events.mayOccurIn(norm)) return { reason: hasToken(norm) ? "no-event" : "empty" };
  const toks = tokenize(norm, hardWrapped(body) ? wrappedRunsOn : lineRunsOn);
  let acts = events.find(toks);
  if (!toks.length) return { reason: "empty" };
  const hits = acts.length || verbless ? typeHits(toks) : [];
  // (beside the act words, which may all be negated or someone else's: «رمانة يدوية على منزل في الشعلة.. بدون اصابات»)
  const strike = verbless ? verblessStrike(toks, hits, (k) => findPlaces(toks).some((m) => m.i === k && !!m.province && !m.country)) : null;
  if (strike) acts = [strike, ...acts.filter((h) => h.i !== strike.i)].sort((a, b) => a.i - b.i);
  if (!acts.length) return { reason: "no-event" };
  const findPlace = placeFinder(toks, norm, acts[0]?.i, dateline ? datelinePlace(dateline) : null);
  return { body, norm, map, toks, acts, hits, findPlace };
}

/** `dateline`: the place of the page's dateline, as written (segment.ts reads it off the text). */
export function analyzeStory(headline: string, text: string, publishedAt: Date, dateline: string | null = null): Story {
  const r = readStory(text, dateline);
  if ("reason" in r) return { headline, text, incident: null, reason: r.reason };
  const verdict = classify({ toks: r.toks, norm: r.norm, typeHits: r.hits, place: r.findPlace, events: r.acts, year: publishedAt.getUTCFullYear() || undefined });
  if (!verdict.incident) return { headline, text, incident: null, reason: verdict.reason };
  return { headline, text, incident: factsOf(r, publishedAt, dateline), reason: null };
}

/**
 * What the extractor would say of the first story of a page that names an act, wherever it happened and whether
 * or not it is an incident to alert on: for measuring the toll and type rules on real reports from abroad
 * (a blind round of them: test/nlp/fixtures/BLIND.md), whose incidents are never alerts. The first story that
 * names an act is read (as a page's first incident story is the alert's): a post of several stories is scored on
 * its first. Null when no story names an act. Not used by the service.
 */
export function factsWherever(input: ReportInput): IncidentFacts | null {
  try {
    const { page, publishedAt } = pageOf(input);
    for (const s of segment(page).slice(0, MAX_STORIES)) {
      const r = readStory(s.text, s.dateline);
      if (!("reason" in r)) return factsOf(r, publishedAt, s.dateline);
    }
  } catch {
    // as analyzeReport: a story that cannot be read tells nothing
  }
  return null;
}

/** The facts of a story taken for an incident. */
function factsOf(r: StoryReading, publishedAt: Date, dateline: string | null): IncidentFacts {
  const { body, map, toks, hits, acts } = r;
  const place = r.findPlace();
  const type = classifyType(toks, hits);
  const elsewhere = elsewhereRanges(toks, place);
  const { killed, injured, casualties, atLeast } = extractCasualties(withoutPlaceNames(toks, place.mentions),
    elsewhere.length ? (i) => elsewhere.some(([a, b]) => i >= a && i < b) : undefined, r.norm, publishedAt.getUTCFullYear() || undefined);
  const actors = findActors(toks);
  const m = place.mention;
  // no province: the part of Iraq it names, if any, by the table's name («إقليم كردستان» for «كردستان العراق», a
  // Persian «شمال عراق»): said in the alert, and its provinces' followers told (alerts/filters.ts)
  const region = place.provinces.length || m ? null : regionAsPlace(toks, place.background);
  const placeWritten = place.dateline ? dateline : m ? nameAsWritten(body, map, toks[m.i]!, toks[m.i + m.len - 1]!, m.first) : region?.ar ?? null;
  // «شمال شرقي بعقوبة», «جنوب العمارة»: a compass word before a town places it near the town, not in its district —
  // the place as written with its compass words, no entry (a district next door may be the one hit)
  const compass = m?.place && NEAR_TOWN.has(m.place.kind) && !stems(toks[m.i]!.t).some((x) => ADMIN.has(x)) ? compassRun(toks, m.i) : 0;
  const entry = compass ? null : m?.place ?? null;
  const placeText = compass ? originalSlice(body, map, toks[m!.i - compass]!.s, toks[m!.i + m!.len - 1]!.e) : placeWritten;
  const sentences = summarySentences(body, map, toks, hits, place, acts, { killed, injured });
  const facts: IncidentFacts = {
    provinces: place.provinces,
    place: placeText,
    placeId: entry?.id ?? region?.id ?? null,
    district: entry ? districtOf(entry) : null,
    coordinates: m?.place && (m.place.lat || m.place.lon) ? { lat: m.place.lat, lon: m.place.lon } : null,
    type,
    killed,
    injured,
    casualties,
    atLeast,
    perpetrator: actors.perpetrator
      ? actors.perpetrator.nominative ?? nameAsWritten(body, map, toks[actors.perpetrator.i]!, toks[actors.perpetrator.i + actors.perpetrator.len - 1]!, actors.perpetrator.first)
      : null,
    target: actors.target,
    ...deniedPlaceId(toks, place),
    occurredAt: resolveOccurredAt(toks, publishedAt),
    summary: buildSummary({ type, place: placeText, province: place.provinces[0] ?? null, killed, injured }, sentences),
  };
  if (facts.district && !placeById(facts.district)) facts.district = null;
  return facts;
}

/** Words a round-up's turn may take before its place («وفي محافظة ديالى،», «وفي شمال سوريا،»). */
const TURN_REACH = 3;

/** Where a round-up turns to another place: the first sentence, past the first, that opens with «وفي» and names a
 * place of Iraq or abroad within its first words («وفي تركيا،», «وفي محافظة ديالى،») — the text before it, the text
 * from it on, and the Iraqi provinces the turn names; null when none. */
export function turnAway(text: string): { before: string; after: string; provinces: ProvinceId[] } | null {
  for (const m of text.matchAll(/(?:[.!؟?\n])[ \t]*(?=وفي\s)/gu)) {
    const at = m.index! + m[0].length;
    const named = findPlaces(tokenize(normalizeArabic(text.slice(at, at + 80)))).filter((p) => p.i >= 1 && p.i <= TURN_REACH && (p.country || p.province));
    if (named.length) return { before: text.slice(0, at).trim(), after: text.slice(at), provinces: named.flatMap((p) => (p.province && !p.country ? [p.province] : [])) };
  }
  return null;
}

const BULLET = /^\s*(?:[-–•▪◾◽▫*·]|🔹|🔸|🔺|🔻|📌|✅|⭕|🔴|🟢|🔵|⚪|⚫)\uFE0F?\s*(.{8,400})$/u;
const MAX_DIGEST_ITEMS = 12;

/** The bullet items of a digest post: at least two lines that start with a bullet mark. */
export function digestItems(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length < 2 || lines.length > 40) return [];
  const items: string[] = [];
  for (const l of lines) {
    const m = BULLET.exec(l);
    if (m) items.push(m[1]!.trim());
  }
  return items.length >= 2 ? items.slice(0, MAX_DIGEST_ITEMS) : [];
}

const squash = (s: string): string => normalizeArabic(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The text already opens with the title, perhaps clipped by the feed («… يسفر عن مقتل سبعة…»): the
 * title is not prepended again, or the full first line would read as a second story's headline. */
export function titleOpensText(title: string, text: string): boolean {
  const t = squash(title.replace(/\s*(?:…|\.{2,})\s*$/u, ""));
  if (!t) return true;
  const head = squash(text.slice(0, title.length * 2 + 200));
  if (head.startsWith(t)) return true;
  // a clipped title may end inside a word: compare up to its last complete word
  if (/(?:…|\.{2,})\s*$/u.test(title)) {
    const words = t.split(" ");
    if (words.length >= 4 && head.startsWith(words.slice(0, -1).join(" "))) return true;
  }
  return false;
}

/** One story's analysis; an error is the story's reason, not the report's. */
function analyzeOrError(headline: string, text: string, publishedAt: Date, dateline: string | null = null): Story {
  try {
    return analyzeStory(headline, text, publishedAt, dateline);
  } catch {
    return { headline, text, incident: null, reason: "error" };
  }
}

/** The whole tag is one name of a place in Iraq («الحلة», «ذي قار»). */
function namesIraqiPlace(tag: string): boolean {
  const toks = tokenize(normalizeArabic(tag));
  return findPlaces(toks).some((m) => m.place !== null && m.i === 0 && m.len === toks.length);
}

/** The report as one page (its title over its text unless the text opens with it) and its time. */
function pageOf(input: ReportInput): { page: string; publishedAt: Date } {
  const title = typeof input?.title === "string" ? input.title.trim() : "";
  const raw = typeof input?.text === "string" ? input.text : "";
  const publishedAt = input?.publishedAt instanceof Date ? input.publishedAt : new Date(0);
  return { page: title && !titleOpensText(title, raw) ? `${title}\n\n${raw}` : raw, publishedAt };
}

/**
 * The incidents a report tells: its incident stories' facts, in order (analyzeReport's). A page in which no act
 * cue's first word occurs anywhere tells none, and is answered without being cut into stories — most posts of a
 * real stream (a story holds only runs of letters the page holds: segment.ts). Never throws.
 */
export function reportedIncidents(input: ReportInput): IncidentFacts[] {
  try {
    const { page, publishedAt } = pageOf(input);
    const norm = normalizeArabic(page.length > MAX_PAGE ? page.slice(0, MAX_PAGE) : page);
    if (!events.mayOccurAnywhereIn(norm) && !verblessHeadline(norm)) return [];
    return storiesOf(page, publishedAt).flatMap((s) => (s.incident ? [s.incident] : []));
  } catch {
    return [];
  }
}

/** Segment a report into stories and analyse each. Never throws. */
export function analyzeReport(input: ReportInput): Story[] {
  try {
    const { page, publishedAt } = pageOf(input);
    return storiesOf(page, publishedAt);
  } catch {
    return [];
  }
}

/** The stories of a page, each analysed. */
function storiesOf(page: string, publishedAt: Date): Story[] {
  const segs = segment(page).slice(0, MAX_STORIES);
  return segs.map((s) => {
    const read = analyzeOrError(s.headline, s.text, publishedAt, s.dateline);
    const story = s.dateline ? { ...read, dateline: s.dateline } : read;
    // the channel's tags place a report that names no place of its own, and only such a report, and only by a
    // province or a place in one («#بغداد»): a channel may tag all it posts «#العراق». Only tags that are a
    // place's name are read: «#اغتيال», «#مقتل_5_اشخاص» would set the type or a toll.
    const places = story.reason === "no-place" ? s.tags.filter(namesIraqiPlace) : [];
    if (places.length) {
      const tagged = analyzeOrError(s.headline, `${s.text}\n${places.join(" ")}`, publishedAt);
      return tagged.incident?.provinces.length ? { ...tagged, text: s.text } : story;
    }
    // a round-up that turns to another place: the part before the turn, read alone
    const turn = turnAway(s.text);
    const lead = turn ? analyzeOrError(s.headline, turn.before, publishedAt, s.dateline) : null;
    if (story.incident) {
      // none of its two parts, read alone, tells an incident: the story made one of two items (a drowning in Hilla
      // and «وفي إيران، قتل 3 من قوات الأمن بهجوم مسلح», a drill and a strike in Syria)
      if (!turn || !lead || lead.incident || analyzeOrError("", turn.after, publishedAt).incident) return story;
      return { ...lead, text: s.text, ...(s.dateline ? { dateline: s.dateline } : {}) };
    }
    // a running total, a disaster or an attack abroad told after the turn («… في بغداد. وفي تركيا، ارتفع عدد القتلى …»)
    // is not what the news before it is (not a turn to the news's own province: «وفي بغداد، نفت قيادة العمليات وقوع
    // الانفجار» is about it)
    if (turn && lead?.incident && !turn.provinces.some((p) => lead.incident!.provinces.includes(p))) {
      return s.dateline ? { ...lead, dateline: s.dateline } : lead;
    }
    if (story.reason !== "outside-iraq") return story;
    // a digest of unrelated news items («أبرز الأحداث:\n- … لبنان\n- … إيران\n- … أربيل»): the items
    // are separate reports, so an Iraqi incident among them is not outweighed by the foreign ones
    const items = digestItems(s.text);
    for (const it of items) {
      const sub = analyzeOrError(it, it, publishedAt);
      if (sub.incident) return sub;
    }
    return story;
  });
}

/** The place a correction denies («… وليس الحضر»), when the text names one: `{ deniedPlaceId }`, else nothing. */
function deniedPlaceId(toks: readonly Token[], place: PlaceResolution): { deniedPlaceId?: string } {
  const d = deniedPlace(toks, place.mentions);
  return d?.place ? { deniedPlaceId: d.place.id } : {};
}
