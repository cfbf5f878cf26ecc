// When the same words are the same item (the store's rule, with no database, so that the evaluation can
// apply it to a saved stream too): content alone identifies an item only recently or at the same date — a
// formulaic flash («عاجل | انفجار في أربيل») posted again days later is news.
import { contentHash } from "./items.js";

/** Same words under another key are the same item only when seen this recently (or dated the same). */
export const HASH_MEMORY_MS = 48 * 3600_000;
/** …and a flash of a few words only this recently: a channel's formula («عاجل ⚡ انفجار يسمع في الجانب الأيسر من
 * الموصل») posted again the next day is the next blast, not a repost (review 87). */
export const FLASH_MEMORY_MS = 6 * 3600_000;
/** At most this many words make a flash (FLASH_MEMORY_MS). */
const FLASH_WORDS = 12;

const sameDate = (a: Date | null, b: Date | null) => a !== null && b !== null && a.getTime() === b.getTime();

/** How long an item's words identify it: a flash's few words less long (FLASH_MEMORY_MS). */
export function wordsMemory(item: { title?: string | null; text: string }): number {
  const words = `${item.title ?? ""} ${item.text}`.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words <= FLASH_WORDS ? FLASH_MEMORY_MS : HASH_MEMORY_MS;
}

/** An item known with the same words (under another key) is this one when it was seen within `memory` (wordsMemory)
 * of `now` or is dated the same; else the words are news again (a formulaic flash posted hours or days later). */
export function sameItemAgain(known: { seenAt: Date; publishedAt: Date | null }, now: Date, publishedAt: Date | null, memory = HASH_MEMORY_MS): boolean {
  return known.seenAt.getTime() >= now.getTime() - memory || sameDate(known.publishedAt, publishedAt);
}

/** The store's same-words rule, with no database, fed the items of one source one at a time in time order. */
export class SameWordsMemory<K> {
  private readonly kept = new Map<string, { key: K; seenAt: Date; publishedAt: Date }>();

  /** The key of the item kept before that this one repeats (sameItemAgain, seen at its publication), or null: then
   * this one is kept, under `key`. */
  repeatOf(item: { title?: string; text: string; publishedAt: Date }, key: K): K | null {
    const hash = contentHash({ title: item.title ?? "", text: item.text });
    const k = this.kept.get(hash);
    if (k && sameItemAgain(k, item.publishedAt, item.publishedAt, wordsMemory(item))) return k.key;
    this.kept.set(hash, { key, seenAt: item.publishedAt, publishedAt: item.publishedAt });
    return null;
  }
}

/**
 * The store's same-words rule over items of one source in time order: for each item that repeats the words of one
 * kept before it, the id of the kept one. The evaluation and the replay use it so that they merge what the service
 * would analyse (a repost is never a report).
 */
export function sameWordsRepeats(items: Iterable<{ id: string; title?: string; text: string; publishedAt: Date }>): Map<string, string> {
  const memory = new SameWordsMemory<string>();
  const repeats = new Map<string, string>();
  for (const it of items) {
    const of = memory.repeatOf(it, it.id);
    if (of !== null) repeats.set(it.id, of);
  }
  return repeats;
}
