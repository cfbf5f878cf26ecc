// Stores what a poll read that is new, once.
//
// What is "new": an item is known by its key (guid, else link, else content
// hash), but also by its link and by its content, so that a feed whose guids
// change on every fetch does not re-publish its items as news. Content alone
// identifies an item only recently (HASH_MEMORY_MS) or at the same date: a
// formulaic flash («عاجل | انفجار في أربيل») posted again weeks later is news.
// An item known by key or link whose text changed is stored as a revision
// (revisions.ts).
//
// What alerts: a source's first poll is a baseline: what is already there is
// recorded without alerting, except items published within the recent window.
// Later polls alert what was published since the window before the source's
// last successful poll (schedule.ts recentSince).
import { itemTexts, knownItems, setItemContentHash, storeFeedItems, type Db, type NewFeedItem, type Source } from "../storage/index.js";
import type { Logger } from "../log.js";
import { contentHash, itemKey, type SourceItem } from "./items.js";
import { HASH_MEMORY_MS, sameItemAgain, wordsMemory } from "./same-words.js";
import { baseKey, EDIT_WINDOW_MS, isEditable, MAX_REVISIONS, nextRevision, sameStory } from "./revisions.js";
import { recentSince } from "./schedule.js";

export interface StoreContext {
  db: Db;
  log: Logger;
  now: Date;
  recentWindowMin: number;
}

/**
 * Stores what is new in one batch; returns how many items are to be analysed.
 * `owed`: items whose article was past this poll's cap (their teaser is stored, the article fetched later).
 */
export async function storeNewItems(ctx: StoreContext, source: Source, items: SourceItem[], owed: Set<SourceItem> = new Set()): Promise<number> {
  const { db, log, now } = ctx;
  const baseline = source.firstPolledAt === null;
  const since = recentSince(source.lastSuccessAt, now, ctx.recentWindowMin);
  const hashesSince = now.getTime() - HASH_MEMORY_MS;
  const byKey = new Map<string, SourceItem>();
  for (const item of items) {
    const key = itemKey(item);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  if (byKey.size === 0) return 0;
  // a link several items of this feed share (a home page) says nothing about identity
  const links = new Map<string, number>();
  for (const item of byKey.values()) if (item.link) links.set(item.link, (links.get(item.link) ?? 0) + 1);
  const entries = [...byKey].map(([key, item]) => ({
    key, item, hash: contentHash(item), link: item.link && links.get(item.link) === 1 ? item.link : null,
  }));
  const known = await knownItems(db, source.id, {
    keys: entries.map((e) => e.key),
    urls: entries.flatMap((e) => (e.link ? [e.link] : [])),
    hashes: entries.map((e) => e.hash),
    hashesSince: new Date(hashesSince),
    publishedAt: entries.flatMap((e) => (e.item.publishedAt ? [e.item.publishedAt] : [])),
    // an item known by its link only is an edit of one seen lately; a link shared for longer (a home page) would
    // make every later story an old item's unread edit, and load all of their texts on every poll
    urlsSince: new Date(now.getTime() - EDIT_WINDOW_MS),
  });
  // an item known only by its link is this one only when it tells the same story (sameStory): their words
  const byLinkOnly = (key: string, link: string | null) => known.filter((k) => link !== null && k.url === link && baseKey(k.key) !== key);
  const texts = await itemTexts(db, [...new Set(entries.flatMap((e) => byLinkOnly(e.key, e.link).map((k) => k.id)))]);
  const batch = new Set<string>(); // hashes stored by this poll
  const rows: NewFeedItem[] = [];
  const legacy: Array<{ id: number; hash: string }> = [];
  for (const { key, item, hash, link } of entries) {
    const related = known.filter((k) => baseKey(k.key) === key || (link !== null && k.url === link && sameStory(item, texts.get(k.id) ?? { title: "", text: "" })));
    if (batch.has(hash) || related.some((k) => k.contentHash === hash)) continue; // the same words under its own key or link
    // the same words under another key: the same item only if seen recently or dated the same
    if (known.some((k) => k.contentHash === hash && sameItemAgain(k, now, item.publishedAt, wordsMemory(item)))) continue;
    batch.add(hash);
    const row = { sourceId: source.id, seenAt: now, guid: item.guid, url: item.link, title: item.title, text: item.text, publishedAt: item.publishedAt, contentHash: hash, fullTextOwed: owed.has(item) };
    // Old news is recorded, never alerted: on the baseline poll an undated item too.
    const recent = item.publishedAt === null ? !baseline : item.publishedAt.getTime() >= since;
    if (related.length === 0) {
      rows.push({ ...row, key, processedAt: recent ? null : now });
      continue;
    }
    const first = related[0]!;
    if (related.some((k) => k.contentHash === null)) {
      legacy.push({ id: first.id, hash }); // stored before content hashes existed: take today's as its own
      continue;
    }
    const base = baseKey(first.key);
    const n = nextRevision([...known, ...rows], base);
    if (n >= MAX_REVISIONS) {
      // an item's own edits past the cap are dropped (a feed that changes a counter in its text every poll); one
      // related by its link only is stored as an item of its own, as one seen after the edit window would be
      if (related.some((k) => baseKey(k.key) === key)) continue;
      rows.push({ ...row, key, processedAt: recent ? null : now });
      continue;
    }
    rows.push({ ...row, key: `${base}#r${n}`, processedAt: isEditable(first, item.publishedAt, now) ? null : now });
  }
  await writeItems(db, rows, log);
  for (const l of legacy) await setItemContentHash(db, l.id, l.hash);
  const fresh = rows.filter((r) => r.processedAt === null).length;
  if (baseline) log.info({ recorded: rows.length, alerting: fresh }, "baseline poll: existing items recorded");
  return fresh;
}

/**
 * One statement for the poll's rows. A row a concurrent poll stored first (same key) gets a
 * processedAt: it is not counted as fresh here. Any other error fails the poll, so that the
 * ETag is not saved and the items are fetched again.
 */
export async function writeItems(db: Db, rows: NewFeedItem[], log: Logger): Promise<void> {
  const stored = await storeFeedItems(db, rows);
  for (const row of rows) {
    if (stored.has(row.key)) continue;
    log.debug({ key: row.key }, "item already stored");
    row.processedAt ??= new Date();
  }
}
