// Feed text → SourceItem[] with rss-parser's parseString (RSS 0.9x/2.0, Atom, RDF/RSS 1.0).
import Parser from "rss-parser";
import { htmlToText, itemKey, namedEntity, normaliseGuid, normaliseLink, plausibleDate, type SourceItem } from "./items.js";

export type ParseErrorReason = "not-a-feed" | "malformed";

export class ParseError extends Error {
  override name = "ParseError";
  readonly reason: ParseErrorReason;
  constructor(message: string, reason: ParseErrorReason = "not-a-feed", opts?: { cause?: unknown }) {
    super(message, opts);
    this.reason = reason;
  }
}

export interface ParseOptions {
  /** Reference time for "date in the future" checks (default: now). */
  now?: Date;
  /** At most this many items are returned, in feed order (default 200). */
  maxItems?: number;
}

export const MAX_ITEMS_PER_FEED = 200;

type RawItem = Parser.Item & {
  id?: unknown;
  "content:encoded"?: unknown;
  "rdf:about"?: unknown;
  date?: unknown;
  [k: string]: unknown;
};

function str(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && typeof (v as { _?: unknown })._ === "string") return (v as { _: string })._;
  return null;
}

/**
 * sax (under xml2js) is strict: one `&nbsp;` or a bare `&` in a title rejects the whole
 * feed, and both are common in hand-made Arabic CMS feeds. Outside CDATA sections,
 * rewrite HTML named entities as numeric references and escape stray ampersands.
 */
export function repairXmlEntities(xml: string): string {
  if (xml.indexOf("&") < 0) return xml;
  return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|&(#[xX][0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (m, ref: string | undefined) => {
    if (m[0] === "<") return m; // CDATA: untouched
    if (ref === undefined) return "&amp;";
    if (ref[0] === "#") return m;
    const name = ref.slice(0, -1);
    if (name === "amp" || name === "lt" || name === "gt" || name === "quot" || name === "apos") return m;
    const ch = namedEntity(name);
    return ch !== undefined ? `&#${ch.codePointAt(0)};` : `&amp;${ref}`;
  });
}

function sniffNonFeed(xml: string): string | null {
  const head = xml.slice(0, 2048).replace(/^\uFEFF/, "").trimStart();
  if (!head) return "empty body";
  // Skip XML declaration, comments, processing instructions, doctype to reach the root.
  const rest = head.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, "");
  if (/^<!doctype\s+html/i.test(rest) || /^<html[\s>]/i.test(rest)) return "an HTML page";
  if (!rest.startsWith("<")) {
    if (/^[[{]/.test(rest)) return "JSON or other non-XML text";
    return "not XML";
  }
  return null;
}

function makeParser(): Parser {
  const parser = new Parser({ defaultRSS: 2, customFields: { item: ["id"] } });
  // rss-parser calls `new Date(x).toISOString()` on Atom <published>/<updated>, which
  // throws on nonsense dates and then rejects the whole feed. Retry such an entry
  // without its dates: we judge dates ourselves anyway (plausibleDate).
  const p = parser as unknown as { parseItemAtom: (entry: Record<string, unknown>) => unknown };
  const orig = p.parseItemAtom.bind(parser);
  p.parseItemAtom = (entry) => {
    try {
      return orig(entry);
    } catch {
      const { published: _p, updated: _u, ...rest } = entry;
      const item = orig(rest) as Record<string, unknown>;
      item.pubDate = str((entry.published as unknown[] | undefined)?.[0]) ?? str((entry.updated as unknown[] | undefined)?.[0]) ?? undefined;
      return item;
    }
  };
  return parser;
}

function rawDate(it: RawItem): string | null {
  // isoDate is rss-parser's parse of pubDate/dc:date; fall back to the raw text when it failed.
  return str(it.isoDate) ?? str(it.pubDate) ?? str(it.date) ?? str(it["dc:date"]);
}

function bestText(it: RawItem): string {
  // Take the longest of the candidates: some feeds put the full story in
  // content:encoded, some only in description, Atom has content and/or summary.
  let best = "";
  for (const c of [it["content:encoded"], it.content, it.summary, it.contentSnippet]) {
    const s = str(c);
    if (!s) continue;
    const t = htmlToText(s);
    if (t.length > best.length) best = t;
  }
  return best;
}

/**
 * Parse a decoded feed document.
 *
 * - HTML pages, JSON, empty bodies, XML that is not RSS/Atom/RDF → ParseError(reason "not-a-feed").
 * - XML syntax errors → ParseError(reason "malformed").
 * - A feed without items → [].
 * - Dates: missing/invalid/before 1995/more than a day in the future → null.
 * - A guid that several items with different links (or titles) share is judged broken and
 *   dropped for those items, so they get told apart by link or hash instead of being
 *   merged into one. After that, duplicate itemKeys keep the first occurrence.
 * - At most `maxItems` (200) items, in feed order.
 */
export async function parseFeed(xml: string, baseUrl: string, opts: ParseOptions = {}): Promise<SourceItem[]> {
  const now = opts.now ?? new Date();
  const maxItems = opts.maxItems ?? MAX_ITEMS_PER_FEED;
  const nonFeed = sniffNonFeed(xml);
  if (nonFeed) throw new ParseError(`not a feed: ${nonFeed}`, "not-a-feed");

  let feed: Parser.Output<RawItem>;
  try {
    feed = await makeParser().parseString(repairXmlEntities(xml));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/not recognized as RSS|default RSS version/i.test(msg)) {
      const root = /<([A-Za-z_][\w:.-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ""))?.[1] ?? "?";
      throw new ParseError(`not a feed: root element <${root}> is not rss, feed or rdf:RDF`, "not-a-feed", { cause: e });
    }
    throw new ParseError(`malformed XML: ${msg.split("\n").join(" ").slice(0, 200)}`, "malformed", { cause: e });
  }
  const feedLink = normaliseLink(str(feed.link), baseUrl) ?? baseUrl;

  const items: SourceItem[] = [];
  for (const it of feed.items ?? []) {
    // Atom <id>, RSS <guid>, RDF rdf:about (the RDF item's URI).
    const guidRaw = str(it.guid) ?? str(it.id) ?? str(it["rdf:about"]);
    const guid = guidRaw?.trim() ? guidRaw.trim() : null;
    // Atom links resolve against the feed; RSS links are supposed to be absolute already.
    // No link but a URL-looking guid: use it (RSS guids default to isPermaLink="true").
    const link = normaliseLink(str(it.link), feedLink) ?? (guid && /^https?:\/\//i.test(guid) ? normaliseLink(guid, baseUrl) : null);
    // htmlToText also decodes one more level of entities: feeds often double-escape titles.
    const title = htmlToText(str(it.title) ?? "");
    const text = bestText(it);
    if (!title && !text && !link) continue;
    items.push({ guid, link, title, text, publishedAt: plausibleDate(rawDate(it), now) });
  }

  // Broken guids: the same guid on items that are visibly different.
  const byGuid = new Map<string, SourceItem[]>();
  for (const item of items) {
    if (!item.guid) continue;
    const g = normaliseGuid(item.guid);
    const list = byGuid.get(g);
    if (list) list.push(item);
    else byGuid.set(g, [item]);
  }
  for (const list of byGuid.values()) {
    if (list.length < 2) continue;
    const first = list[0]!;
    const differ = list.some((x) => (x.link ?? "") !== (first.link ?? "") || (!x.link && !first.link && x.title !== first.title));
    if (differ) for (const x of list) x.guid = null;
  }

  const seen = new Set<string>();
  const out: SourceItem[] = [];
  for (const item of items) {
    const k = itemKey(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
    if (out.length >= maxItems) break;
  }
  return out;
}
