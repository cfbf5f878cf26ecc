// Full-text sources fetch at most DEFAULT_MAX_FULL_TEXT article pages per poll;
// items past that cap are stored with their teaser and owed their article.
// Each later poll pays what its own budget leaves: the article becomes a
// revision of its item when it says more than the teaser.
import { fullTextPaid, itemsOwedFullText, knownItems, type Db, type NewFeedItem, type Source } from "../storage/index.js";
import type { Logger } from "../log.js";
import type { HttpLimits } from "./fetched.js";
import { contentHash, type SourceItem } from "./items.js";
import { fillFullText } from "./read.js";
import { baseKey, isEditable, MAX_REVISIONS, nextRevision } from "./revisions.js";
import { writeItems } from "./store.js";

export interface OwedContext {
  db: Db;
  log: Logger;
  now: () => Date;
  limits?: Partial<HttpLimits>;
  allowPrivate: boolean;
}

/** Fetches up to `budget` owed articles of the source; returns how many revisions are to be analysed. */
export async function payOwedFullText(ctx: OwedContext, source: Source, budget: number): Promise<number> {
  if (budget <= 0) return 0;
  const { db, log } = ctx;
  const owed = await itemsOwedFullText(db, source.id, budget);
  if (!owed.length) return 0;
  const items: SourceItem[] = owed.map((o) => ({ guid: o.guid, link: o.url, title: o.title, text: o.text, publishedAt: o.publishedAt }));
  const report = await fillFullText(items, {
    ...(ctx.limits ? { limits: ctx.limits } : {}),
    allowPrivate: ctx.allowPrivate,
    maxFullText: budget,
  });
  const now = ctx.now();
  // numbered like storeNewItems': an edit of the item may have taken #r1 already
  const revisions = await knownItems(db, source.id, {
    keys: [...new Set(owed.map((o) => baseKey(o.key)))], urls: [], hashes: [], hashesSince: now,
  });
  const rows: NewFeedItem[] = [];
  owed.forEach((o, i) => {
    const item = items[i]!;
    if (item.text === o.text) return;
    const n = nextRevision([...revisions, ...rows], baseKey(o.key));
    if (n >= MAX_REVISIONS) return;
    rows.push({
      sourceId: source.id, seenAt: now, key: `${baseKey(o.key)}#r${n}`, guid: item.guid, url: item.link, title: item.title, text: item.text,
      publishedAt: item.publishedAt, contentHash: contentHash(item), fullTextOwed: false, processedAt: isEditable(o, o.publishedAt, now) ? null : now,
    });
  });
  await writeItems(db, rows, log);
  // paid whether the article came or not: a page that fails is not fetched poll after poll
  await fullTextPaid(db, owed.map((o) => o.id));
  if (report.failed.length) log.warn({ failed: report.failed }, "owed article pages could not be read; teasers kept");
  return rows.filter((r) => r.processedAt === null).length;
}
