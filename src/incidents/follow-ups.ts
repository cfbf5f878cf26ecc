// Follow-ups with no facts of their own (aftermath, air defences firing, footage,
// the targeted side's account): which recent event they belong to, if any. A
// follow-up that names a weapon or a target keeps to the events it can be: the
// weapon of another family or another target is another attack.
import { normalizeArabic, statesToll, UNPLACED_FOLLOW_UP_KINDS, withoutArticle } from "../nlp/index.js";
import { NEEDED_UNPLACED, resemblance, typePenalty, unlikeWeapons } from "./matching.js";
import { placeRelation } from "./places.js";
import { HOUR, type Candidate, type Incoming } from "./state.js";

/** A follow-up naming its place joins an event whose latest report is at most this old. */
const FOLLOW_UP_PLACED = 2 * HOUR;
/** A toll rising that names no place, told in the attack's words, an event whose latest report is at most this old
 * (tollByWords): a toll rises hours after the attack's last report. */
const TOLL_BY_WORDS = 6 * HOUR;
/** One naming no place only an event reported this recently, and only when no other province had one meanwhile. */
const FOLLOW_UP_UNPLACED = 30 * 60_000;
/** One naming no place but the target («مقرات المعارضة») an event of that target reported this recently. */
const FOLLOW_UP_TARGET = HOUR;
/**
 * A bare place flash («🇮🇶 اربيل»), a place «again» («قضاء كوية مجددا»), sirens or drones in its sky say no
 * more than that something is going on there now: they join an event of that place only while it is under way
 * (reported within FOLLOW_UP_UNPLACED). An hour later it is rather the next attack there, which its own reports
 * will alert (and which takes them back), or nothing.
 */
const SHORT_KINDS: ReadonlySet<string> = new Set(["flash", "again", "siren", "overhead"]);
/**
 * Follow-ups that say only that something is going on at a place (SHORT_KINDS) or show it (a caption «من X»):
 * joined, they do not make the event «still reported» — its clock stays at its last report of substance, so
 * «X again» or fresh explosions after a lull are still the next attack (review8 M1: a flash every 25 minutes
 * had kept one event open all night and hidden the next wave).
 */
export const KEEPS_CLOCK: ReadonlySet<string> = new Set([...SHORT_KINDS, "footage"]);
/** A site named with the article and no place («الحرائق في الحقل النفطي») places only fire and hits, not a toll
 * («ارتفاع عدد المصابين في المطار» may be any airport of the foreign news) nor footage. */
const SITE_KINDS: ReadonlySet<string> = new Set(["aftermath", "hit"]);

/**
 * Follow-ups that tell of an attack from the air though they name no weapon: air defences firing, sirens,
 * something in the sky, and the attacking side's account (Iran's drones and missiles). A bomb, gunfire or a raid is not what they are about.
 */
const AERIAL_KINDS: ReadonlySet<string> = new Set(["defence", "siren", "overhead", "account"]);

/** The weapon and the target it names, if any, do not contradict the event's. */
function fits<K>(incoming: Incoming, c: Candidate<K>): boolean {
  const a = incoming.facts.type;
  const b = c.state.type;
  if (typePenalty(a, b) === null || unlikeWeapons(a, b)) return false;
  if (incoming.followUpKind && AERIAL_KINDS.has(incoming.followUpKind) && unlikeWeapons("drone", b)) return false;
  const t = incoming.facts.target;
  if (t && c.state.target && t !== c.state.target) return false;
  // a report placed only in a part of Iraq («إقليم كردستان») is not of an event in a province far from it (a
  // neighbour of it may be within it as another outlet draws the region); one placed in a province is judged by
  // followUpMatch's own placeRelation
  if (incoming.facts.provinces.length === 0 && placeRelation(incoming.facts, c.state) === "far") return false;
  // «the toll rises» with no place: only an event that had a toll can see it rise
  return !(incoming.followUpKind === "toll" && incoming.facts.provinces.length === 0 && !statesToll(c.state));
}

/** The words of an event's place, normalised, without the article («حقل جمبور»: حقل, جمبور). */
const siteWords = (place: string | null): string[] => (place ? normalizeArabic(place).split(/\s+/).map(withoutArticle) : []);

/** The candidates' main provinces (an unplaced event counts as one more). */
const provincesOf = <K>(cs: Candidate<K>[]): Set<string> => new Set(cs.map((c) => c.state.provinces[0] ?? "?"));

/**
 * The event a follow-up belongs to: the most recent one that fits its place
 * (the same place, a place inside it or containing it, the same province),
 * reported shortly before. With no place named: the recent event of the
 * target it names, when those are all in one province; else (`inContext`),
 * for a hit or air defences firing, the event just reported — and none when
 * events in two provinces were (which one the ambulances rush to is then a
 * guess).
 */
export function followUpMatch<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>, inContext = true): Candidate<K> | null {
  const t = incoming.at.getTime();
  const all = [...candidates]
    .filter((c) => c.lastAt.getTime() <= t + 60_000 && t - c.lastAt.getTime() <= FOLLOW_UP_PLACED)
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
  const recent = all.filter((c) => fits(incoming, c));
  if (incoming.facts.provinces.length > 0) {
    const short = !!incoming.followUpKind && SHORT_KINDS.has(incoming.followUpKind);
    const atSiteOnly = incoming.followUpKind === "site-statement";
    // the most recent event at the very place it names («سيارات الإسعاف تهرع إلى محيط مطار أربيل» is the airport's,
    // not a vaguer «انفجارات تهز أربيل» told since); else the most recent in its district or province
    let inProvince: Candidate<K> | null = null;
    for (const c of recent) {
      if (short && t - c.lastAt.getTime() > FOLLOW_UP_UNPLACED) break;
      const relation = placeRelation(incoming.facts, c.state);
      if (relation === "same-place") return c;
      // a site's statement is about that site only
      if (!inProvince && !atSiteOnly && (relation === "same-province" || relation === "same-district")) inProvince = c;
    }
    return inProvince;
  }
  const target = incoming.facts.target;
  if (target) {
    const named = recent.filter((c) => c.state.target === target && t - c.lastAt.getTime() <= FOLLOW_UP_TARGET);
    const one = single(incoming, named);
    if (one) return one;
  }
  // the site it names with the article («لاخماد الحرائق في الحقل النفطي»): the recent event at such a site
  const site = incoming.site;
  if (!target && site && SITE_KINDS.has(incoming.followUpKind ?? "")) {
    const there = recent.filter((c) => t - c.lastAt.getTime() <= FOLLOW_UP_UNPLACED && siteWords(c.state.place).includes(site));
    const one = single(incoming, there);
    if (one) return one;
  }
  if (!inContext || (incoming.followUpKind && !UNPLACED_FOLLOW_UP_KINDS.includes(incoming.followUpKind))) return null;
  // every event just reported counts, the ones it cannot be too: two provinces under attack are a guess
  const near = all.filter((c) => t - c.lastAt.getTime() <= FOLLOW_UP_UNPLACED);
  return single(incoming, near, recent);
}

/**
 * A toll rising that names no place but tells the attack in its words («ارتفاع حصيلة ضحايا هجوم داعش على قرية الهواشم
 * إلى خمسة شهداء», the village unknown to the gazetteer, an hour and more after the attack's last report; «ارتفاع حصيلة
 * النزاع العشائري الى قتيلين» two hours and a half after the clash's): the event of the last TOLL_BY_WORDS hours, with
 * a toll, whose reports it resembles most — as much as an unplaced report must — when it states no fewer dead than
 * that event had; else the one such event of the type it names, when only one is. No such event: none.
 */
export function tollByWords<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>): Candidate<K> | null {
  if (incoming.followUpKind !== "toll" || incoming.facts.provinces.length > 0) return null;
  const t = incoming.at.getTime();
  const { killed } = incoming.facts;
  let best: Candidate<K> | null = null;
  let most = NEEDED_UNPLACED;
  const ofItsType: Candidate<K>[] = [];
  for (const c of candidates) {
    if (c.lastAt.getTime() > t + 60_000 || t - c.lastAt.getTime() > TOLL_BY_WORDS || !fits(incoming, c)) continue;
    if (killed !== null && c.state.killed !== null && killed < c.state.killed) continue;
    if (incoming.facts.type !== "other" && c.state.type === incoming.facts.type) ofItsType.push(c);
    const sim = resemblance(incoming, c);
    if (sim >= most) { best = c; most = sim; }
  }
  // in other words, the one event of the kind it names («حصيلة النزاع العشائري»: the clash told before), when one is
  return best ?? (ofItsType.length === 1 ? ofItsType[0]! : null);
}

/**
 * The most recent of these events when they are all in one province; when
 * they are in several, the events of the very weapon the follow-up names
 * («اصابة مباشرة للمسيرات»), or for air defences firing the event whose air
 * defences were firing, if those are in one. Only among `allowed`.
 */
function single<K>(incoming: Incoming, events: Candidate<K>[], allowed: Candidate<K>[] = events): Candidate<K> | null {
  let pool = events;
  if (provincesOf(pool).size > 1 && incoming.facts.type !== "other") pool = pool.filter((c) => c.state.type === incoming.facts.type);
  // air defences still firing («استمرار محاولة التصدي»): the event whose air defences were reported firing in
  // the last half hour, when only one's were — the other province's explosions had none
  if (provincesOf(pool).size > 1 && incoming.followUpKind === "defence") {
    const t = incoming.at.getTime();
    pool = pool.filter((c) => c.defendedAt && t - c.defendedAt.getTime() <= FOLLOW_UP_UNPLACED && c.defendedAt.getTime() <= t + 60_000);
  }
  const first = pool[0];
  return first && provincesOf(pool).size === 1 && allowed.includes(first) ? first : null;
}

/** A fact-less follow-up at most this long before an event's first report (or before another one it took back) is taken back by it. */
export const FOLLOW_UP_BEFORE = 15 * 60_000;
/** However many follow-ups minutes apart lead up to it, none further back than this. */
export const FOLLOW_UP_REACH = 45 * 60_000;

/** It names the event's place: the same place, one inside or containing it, the same province. */
function samePlace<K>(followUp: Incoming, opened: Candidate<K>): boolean {
  const relation = placeRelation(followUp.facts, opened.state);
  return relation === "same-place" || relation === "same-province" || relation === "same-district";
}

/**
 * Whether a fact-less follow-up that no event fitted when it came belongs to
 * the event just opened. The first posts of an attack are often air defences
 * firing or fire at the target, minutes before anyone reports the explosions
 * («تفعيل منظومة الباتريوت في أربيل» at 21:59, «انفجارات تشعل سماء أربيل» at
 * 22:02): it came at most FOLLOW_UP_BEFORE before `anchor` (the event's first
 * report, or a later follow-up already taken back: the sky footage, the sirens,
 * the interceptors and «Erbil again» of one attack come minutes apart for half an
 * hour before its first report of a hit), at most FOLLOW_UP_REACH before the event,
 * names the event's place (the same place, one inside or containing it, the
 * same province) or — naming no place — the event's target, and contradicts
 * neither its weapon nor its target. Taken back, it is one more report of the
 * event, never an alert.
 */
export function takesBack<K>(opened: Candidate<K>, followUp: Incoming, anchor = opened.lastAt.getTime()): boolean {
  const t = followUp.at.getTime();
  if (t > anchor || anchor - t > FOLLOW_UP_BEFORE || opened.lastAt.getTime() - t > FOLLOW_UP_REACH || !fits(followUp, opened)) return false;
  if (followUp.facts.provinces.length > 0) return samePlace(followUp, opened);
  return !!followUp.facts.target && followUp.facts.target === opened.state.target;
}

/** The follow-ups naming no place that takenBack reads in the context of the placed ones around them (not a
 * toll: one that rises before an event's first report is another event's, review8 M2). */
const IN_CONTEXT_BEFORE: ReadonlySet<string> = new Set([...UNPLACED_FOLLOW_UP_KINDS.filter((k) => k !== "toll"), "aftermath"]);

/**
 * The fact-less follow-ups (indexes into `pending`, in time order) an event
 * just opened takes back. First those naming its place or target, latest
 * first, each reaching FOLLOW_UP_BEFORE further back (takesBack). Then those
 * naming no place that are about the attack itself (air defences firing, sirens,
 * «a second explosion»: UNPLACED_FOLLOW_UP_KINDS) or its aftermath («نيران ترتفع»),
 * read in the context they came in, as a live one is read in the event just
 * reported (never footage: the channel runs foreign footage between the
 * flashes): taken when follow-ups of the event's place taken back came minutes
 * before them and the event or another such follow-up minutes after, and
 * nothing placed elsewhere came between. One that names no place with nothing
 * under way before it stays out: which attack it was about is a guess.
 */
export function takenBack<K>(opened: Candidate<K>, pending: readonly Incoming[]): number[] {
  const taken = new Set<number>();
  let anchor = opened.lastAt.getTime();
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i]!;
    if (!p.factless || !takesBack(opened, p, anchor)) continue;
    taken.add(i);
    anchor = Math.min(anchor, p.at.getTime());
  }
  const placed = [...taken].filter((i) => pending[i]!.facts.provinces.length > 0).map((i) => pending[i]!.at.getTime());
  const elsewhere = pending.filter((p) => p.facts.provinces.length > 0 && !samePlace(p, opened)).map((p) => p.at.getTime());
  for (const [i, p] of pending.entries()) {
    if (taken.has(i) || !p.factless || p.facts.provinces.length > 0 || !p.followUpKind || !IN_CONTEXT_BEFORE.has(p.followUpKind)) continue;
    const t = p.at.getTime();
    if (opened.lastAt.getTime() - t > FOLLOW_UP_REACH || t > opened.lastAt.getTime() || !fits(p, opened)) continue;
    const before = Math.max(...placed.filter((x) => x <= t));
    const after = Math.min(opened.lastAt.getTime(), ...placed.filter((x) => x >= t));
    if (t - before > FOLLOW_UP_BEFORE || after - t > FOLLOW_UP_BEFORE) continue;
    if (elsewhere.some((x) => x >= before && x <= after)) continue;
    taken.add(i);
  }
  return [...taken].sort((a, b) => a - b);
}

/** Fewest content words a follow-up must have to be recognised in a later report's words (one word — «انفجار» — is in
 * every report of any attack). */
const ELABORATED_WORDS = 2;
/** Letters two forms of one word share from the start («اصابة» and «اصابات»). */
const SHARED_STEM = 4;

/** The word `w` is among `words`, or a form of it is (the same first SHARED_STEM letters, both at least that long). */
function hasForm(words: ReadonlyMap<string, number>, w: string): boolean {
  if (words.has(w)) return true;
  if (w.length < SHARED_STEM) return false;
  const head = w.slice(0, SHARED_STEM);
  for (const v of words.keys()) if (v.length >= SHARED_STEM && v.startsWith(head)) return true;
  return false;
}

/**
 * The fact-less follow-ups (indexes into `pending`, in time order) that a
 * report placed in a province tells again: ones naming no place and no target
 * that no event fitted when they came — «اصابة مباشرة» while two provinces
 * were under attack — at most FOLLOW_UP_BEFORE before it, every content word
 * of which the report repeats («اصابات مباشرة تدك مقرات المعارضة الكردية في
 * أربيل»), with no weapon of another family. The report says which attack
 * they were about: they join its event (adding nothing, as one taken on its
 * context alone).
 */
export function elaborated(report: Incoming, pending: readonly Incoming[]): number[] {
  if (report.factless && report.facts.provinces.length === 0) return [];
  if (report.facts.provinces.length === 0) return [];
  const t = report.at.getTime();
  const out: number[] = [];
  for (const [i, p] of pending.entries()) {
    if (!p.factless || p.facts.provinces.length > 0 || p.facts.target) continue;
    const dt = t - p.at.getTime();
    if (dt < 0 || dt > FOLLOW_UP_BEFORE || unlikeWeapons(p.facts.type, report.facts.type)) continue;
    const words = [...p.text.words.keys()];
    if (words.length >= ELABORATED_WORDS && words.every((w) => hasForm(report.text.words, w))) out.push(i);
  }
  return out;
}
