// What `npm run replay` reads: a JSONL file of {"id","publishedAt","text"[,"title"]}
// lines, an RSS/Atom file, or a t.me/s channel page saved to disk. Feeds and
// channel pages go through the service's own parsers (sources/), so a source
// can be backtested from a saved copy exactly as the poller would read it.
// A bad line or item is reported with its number and skipped; the rest is read.
import { readFileSync } from "node:fs";
import { itemKey, type SourceItem } from "../sources/items.js";
import { parseFeed } from "../sources/parse.js";
import { parseTelegramPreview } from "../sources/telegram-channel.js";

export interface ReplayPost {
  /** the input's own id (JSONL id, feed guid or link, channel/post) */
  id: string;
  publishedAt: Date;
  title: string;
  text: string;
  link: string | null;
}

export interface ReplayInput {
  format: "jsonl" | "feed" | "telegram";
  /** in time order (a stable sort: equal times keep the file's order) */
  posts: ReplayPost[];
  /** one line per skipped line or item, with its number */
  problems: string[];
}

/** Any date a saved file can hold is accepted: the replay's clock is the posts' own. */
const FAR_FUTURE = new Date("9999-01-01T00:00:00Z");
/** Feeds and pages are read whole (the poller caps a live poll at 200 items). */
const ALL_ITEMS = 1_000_000;

export async function readReplayFile(path: string): Promise<ReplayInput> {
  const raw = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const head = raw.trimStart().slice(0, 500).toLowerCase();
  if (head.startsWith("{") || head === "") return fromJsonl(raw);
  if (/tgme_widget_message|<html|<!doctype html/.test(head) && !/<rss|<feed|<rdf:rdf/.test(head)) return fromItems("telegram", parseTelegramPreview(raw, "https://t.me/s/replay", { now: FAR_FUTURE }));
  return fromItems("feed", await parseFeed(raw, "https://replay.invalid/", { now: FAR_FUTURE, maxItems: ALL_ITEMS }));
}

export function fromJsonl(raw: string): ReplayInput {
  const posts: ReplayPost[] = [];
  const problems: string[] = [];
  const firstLine = new Map<string, number>();
  const lines = raw.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const n = i + 1;
    let o: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(line);
      if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
      o = v as Record<string, unknown>;
    } catch {
      problems.push(`line ${n}: not a JSON object`);
      continue;
    }
    const id = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : null;
    if (!id) {
      problems.push(`line ${n}: no "id"`);
      continue;
    }
    if (typeof o.text !== "string" || !o.text.trim()) {
      problems.push(`line ${n} (${id}): no "text"`);
      continue;
    }
    const at = typeof o.publishedAt === "string" || typeof o.publishedAt === "number" ? new Date(o.publishedAt) : null;
    if (!at || Number.isNaN(at.getTime())) {
      problems.push(`line ${n} (${id}): "publishedAt" is not an ISO 8601 time`);
      continue;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.push(`line ${n}: id ${id} already on line ${seen}; skipped`);
      continue;
    }
    firstLine.set(id, n);
    posts.push({ id, publishedAt: at, title: typeof o.title === "string" ? o.title : "", text: o.text, link: typeof o.url === "string" ? o.url : null });
  }
  return { format: "jsonl", posts: inTimeOrder(posts), problems };
}

function fromItems(format: "feed" | "telegram", items: SourceItem[]): ReplayInput {
  const posts: ReplayPost[] = [];
  const problems: string[] = [];
  // feeds and channel pages list the newest first: number the items as they stand in the file
  const inFileOrder = format === "telegram" ? [...items].reverse() : items;
  inFileOrder.forEach((item, i) => {
    const id = item.guid ?? item.link ?? itemKey(item);
    if (!item.publishedAt) {
      problems.push(`item ${i + 1} (${id}): no usable date; skipped`);
      return;
    }
    if (!item.title.trim() && !item.text.trim()) {
      problems.push(`item ${i + 1} (${id}): no text; skipped`);
      return;
    }
    posts.push({ id, publishedAt: item.publishedAt, title: item.title, text: item.text, link: item.link });
  });
  return { format, posts: inTimeOrder(posts), problems };
}

const inTimeOrder = (posts: ReplayPost[]): ReplayPost[] =>
  posts.map((p, i) => ({ p, i })).sort((a, b) => a.p.publishedAt.getTime() - b.p.publishedAt.getTime() || a.i - b.i).map((x) => x.p);
