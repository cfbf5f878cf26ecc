// One read of one source: fetch + decode + parse (+ optional full text). No database,
// no schedule: the poller owns state, backoff and new-item detection.
import { decodeBody } from "./charset.js";
import { extractArticleText } from "./fulltext.js";
import { HTML_ACCEPT, httpGet } from "./http.js";
import { FetchError, type HttpLimits } from "./fetched.js";
import type { SourceItem } from "./items.js";
import { parseFeed } from "./parse.js";
import { parseTelegramPreview, telegramPreviewUrl } from "./telegram-channel.js";

export interface SourceSpec {
  url: string;
  kind: "feed" | "telegram";
  fullText: boolean;
}

export interface FullTextReport {
  /** Article pages fetched. */
  attempted: number;
  /** Items whose teaser was replaced by the article text. */
  replaced: number;
  /** Article fetches/extractions that failed; the teaser was kept. */
  failed: Array<{ link: string; error: string }>;
  /** Items that wanted their article but were past the per-call cap: teaser kept, owed for a later poll. */
  deferred: SourceItem[];
}

export interface ReadResult {
  notModified: boolean;
  items: SourceItem[];
  etag: string | null;
  lastModified: string | null;
  finalUrl: string;
  /** Server's freshness hint (Cache-Control max-age / Expires, capped at 7 days), see fetched.freshUntil. */
  freshUntil: Date | null;
  /** Present when spec.fullText was set, spec.kind is "feed" and the source was modified (Telegram posts are the full text already). */
  fullText?: FullTextReport;
}

export interface ReadOptions {
  limits?: Partial<HttpLimits>;
  signal?: AbortSignal;
  /** Which items deserve an article fetch (the poller passes "is new"); default: all. */
  fullTextFor?: (item: SourceItem) => boolean;
  /** At most this many article fetches per call (default 10). */
  maxFullText?: number;
  /** Article fetches in flight at once (default 2: polite to one site). */
  fullTextConcurrency?: number;
  /** Where Telegram previews are fetched from (default https://t.me); tests point it at a local server. */
  telegramOrigin?: string;
  /**
   * Let the feed and its article links reach loopback/private addresses
   * (ALLOW_PRIVATE_SOURCES). Default false: the feed fails with FetchError
   * "private-address"; an article link to such a host is skipped, teaser kept.
   */
  allowPrivate?: boolean;
}

export const DEFAULT_MAX_FULL_TEXT = 10;

/**
 * Throws FetchError (network/limits/HTTP status) or ParseError (not a feed, malformed);
 * both mean "this poll of this source failed". Article failures never throw.
 * Returned items are copies; the poller may mutate them.
 */
export async function readSource(
  spec: SourceSpec,
  state: { etag: string | null; lastModified: string | null },
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const url =
    spec.kind === "telegram"
      ? telegramPreviewUrl(spec.url).replace(/^https:\/\/t\.me/, (opts.telegramOrigin ?? "https://t.me").replace(/\/+$/, ""))
      : spec.url;
  const fetched = await httpGet(url, {
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.allowPrivate ? { allowPrivate: true } : {}),
    etag: state.etag,
    lastModified: state.lastModified,
    ...(spec.kind === "telegram" ? { accept: HTML_ACCEPT } : {}),
  });
  const base = { etag: fetched.etag, lastModified: fetched.lastModified, finalUrl: fetched.finalUrl, freshUntil: fetched.freshUntil };
  if (fetched.notModified) return { notModified: true, items: [], ...base };

  const body = decodeBody(fetched.bytes, fetched.contentType);
  const items = spec.kind === "telegram" ? parseTelegramPreview(body, fetched.finalUrl) : await parseFeed(body, fetched.finalUrl);

  const result: ReadResult = { notModified: false, items, ...base };
  if (spec.fullText && spec.kind === "feed") result.fullText = await fillFullText(items, opts);
  return result;
}

/**
 * Replaces the teasers of these items (those chosen by `fullTextFor`, at most
 * `maxFullText`) by their article's text, in place. Never throws.
 */
export async function fillFullText(items: SourceItem[], opts: ReadOptions): Promise<FullTextReport> {
  const max = opts.maxFullText ?? DEFAULT_MAX_FULL_TEXT;
  const all = items.filter((it) => it.link && (opts.fullTextFor ? opts.fullTextFor(it) : true));
  const wanted = all.slice(0, Math.max(0, max));
  const report: FullTextReport = { attempted: 0, replaced: 0, failed: [], deferred: all.slice(wanted.length) };
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      if (opts.signal?.aborted) return;
      const item = wanted[next++]!;
      const link = item.link!;
      report.attempted++;
      try {
        const page = await httpGet(link, {
          ...(opts.limits ? { limits: opts.limits } : {}),
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(opts.allowPrivate ? { allowPrivate: true } : {}),
          accept: HTML_ACCEPT,
        });
        const ct = page.contentType?.toLowerCase() ?? "";
        if (ct && !/html|xml|text\/plain/.test(ct)) throw new Error(`not an HTML page (${ct})`);
        const text = extractArticleText(decodeBody(page.bytes, page.contentType), page.finalUrl);
        if (text === null) throw new Error("no article text found");
        if (text.length > item.text.length) {
          item.teaser ??= item.text; // what identifies the item on later polls (items.ts contentHash)
          item.text = text;
          report.replaced++;
        }
      } catch (e) {
        report.failed.push({ link, error: e instanceof FetchError ? `${e.kind}: ${e.message}` : e instanceof Error ? e.message : String(e) });
      }
    }
  };
  const n = Math.max(1, Math.min(opts.fullTextConcurrency ?? 2, wanted.length));
  await Promise.all(Array.from({ length: n }, worker));
  return report;
}
