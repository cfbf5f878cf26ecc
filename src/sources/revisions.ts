// An item known by key or link whose text changed (a toll raised by editing the
// item, the article's full text fetched later) is stored again as a revision
// (`<key>#r<n>`, numbered after the highest one stored), which the incidents
// stage reads as one more report of its event: an update when the facts
// changed, nothing otherwise.
import type { KnownItem } from "../storage/index.js";

/** An edit of an item first seen longer ago than this is recorded, not analysed (the event is history). */
const EDIT_WINDOW_MS = 12 * 3600_000;
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
