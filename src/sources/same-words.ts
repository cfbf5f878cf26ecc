// When the same words are the same item (the store's rule, with no database, so that the evaluation can
// apply it to a saved stream too): content alone identifies an item only recently or at the same date — a
// formulaic flash («عاجل | انفجار في أربيل») posted again days later is news.
import { contentHash } from "./items.js";

/** Same words under another key are the same item only when seen this recently (or dated the same). */
export const HASH_MEMORY_MS = 48 * 3600_000;

const sameDate = (a: Date | null, b: Date | null) => a !== null && b !== null && a.getTime() === b.getTime();

/** An item known with the same words (under another key) is this one when it was seen within HASH_MEMORY_MS of
 * `now` or is dated the same; else the words are news again (a formulaic flash posted days later). */
export function sameItemAgain(known: { seenAt: Date; publishedAt: Date | null }, now: Date, publishedAt: Date | null): boolean {
  return known.seenAt.getTime() >= now.getTime() - HASH_MEMORY_MS || sameDate(known.publishedAt, publishedAt);
}

/**
 * The store's same-words rule over items of one source in time order, with no database: for each item that
 * repeats the words of one kept before it (sameItemAgain, seen at its publication), the id of the kept one.
 * The evaluation uses it so that it merges what the service would analyse (a repost is never a report).
 */
export function sameWordsRepeats(items: Iterable<{ id: string; title?: string; text: string; publishedAt: Date }>): Map<string, string> {
  const kept = new Map<string, { id: string; seenAt: Date; publishedAt: Date }>();
  const repeats = new Map<string, string>();
  for (const it of items) {
    const hash = contentHash({ title: it.title ?? "", text: it.text });
    const k = kept.get(hash);
    if (k && sameItemAgain(k, it.publishedAt, it.publishedAt)) repeats.set(it.id, k.id);
    else kept.set(hash, { id: it.id, seenAt: it.publishedAt, publishedAt: it.publishedAt });
  }
  return repeats;
}
