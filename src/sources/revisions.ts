// An item known by key or link whose text changed (a toll raised by editing the
// item, the article's full text fetched later) is stored again as a revision
// (`<key>#r<n>`, numbered after the highest one stored), which the incidents
// stage reads as one more report of its event: an update when the facts
// changed, nothing otherwise.
import { normalizeArabic } from "../nlp/index.js";
import type { KnownItem } from "../storage/index.js";

/** An edit of an item first seen longer ago than this is recorded, not analysed (the event is history). */
export const EDIT_WINDOW_MS = 12 * 3600_000;
/** Revisions kept per item: a feed that changes a counter in every item's text is not an edit per poll. */
export const MAX_REVISIONS = 5;

/** The item's own key, whichever revision this is. */
export const baseKey = (key: string) => key.replace(/#r\d+$/, "");
const revisionNo = (key: string) => Number(/#r(\d+)$/.exec(key)?.[1] ?? 0);

/** The number of `base`'s next revision: after the highest one among `known` (1 when there is none). */
export function nextRevision(known: Array<Pick<KnownItem, "key">>, base: string): number {
  let top = 0;
  for (const k of known) if (baseKey(k.key) === base) top = Math.max(top, revisionNo(k.key));
  return top + 1;
}

/** An item first seen, and published, within the edit window: a changed text is analysed again (older news is only recorded). */
export function isEditable(first: Pick<KnownItem, "seenAt">, publishedAt: Date | null, now: Date): boolean {
  const since = now.getTime() - EDIT_WINDOW_MS;
  return first.seenAt.getTime() >= since && (publishedAt === null || publishedAt.getTime() >= since);
}

/** Of the shorter text's words, the share the longer must hold for two items that share only a link to be one. */
const SAME_STORY_SHARE = 0.5;

/** The distinct words of an item (three letters or more, normalised; numbers change with every edit of a toll). */
function wordsOf(item: { title: string; text: string }): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeArabic(`${item.title} ${item.text}`).split(/[^\p{L}]+/u)) if (w.length >= 3) out.add(w);
  return out;
}

/**
 * Whether an item is an edit of one stored under another key that it shares only its link with: a feed whose
 * guids change keeps the story (its toll raised, its article fetched), a feed that links every item to its home
 * page does not. Most of the shorter text's words are in the longer one. (Only items seen within the edit window
 * are asked, and one past the revision cap is stored as an item of its own: a story wrongly taken for an edit is
 * analysed all the same, and the incidents stage tells whether it is news.)
 */
export function sameStory(a: { title: string; text: string }, b: { title: string; text: string }): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const [short, long] = x.size <= y.size ? [x, y] : [y, x];
  if (short.size === 0) return false;
  let shared = 0;
  for (const w of short) if (long.has(w)) shared++;
  return shared / short.size >= SAME_STORY_SHARE;
}
