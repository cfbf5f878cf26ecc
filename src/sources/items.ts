// The item shape every source (RSS/Atom/RDF feed, Telegram channel preview) is
// turned into, plus the text/link normalisation and the identity key that the
// poller uses to tell new items from ones it has already seen.
import { createHash } from "node:crypto";

export interface SourceItem {
  /** The feed's own id (RSS guid, Atom id, Telegram data-post), trimmed; null when absent or judged unreliable. */
  guid: string | null;
  /** Absolute http(s) link, fragment and utm_* parameters removed (see normaliseLink). */
  link: string | null;
  /** Plain text; "" when the source has no title (Telegram posts). */
  title: string;
  /** Plain text: HTML stripped, entities decoded, <br>/<p>/<li>… turned into newlines. */
  text: string;
  /** null when missing, unparseable, implausibly old or more than a day in the future. */
  publishedAt: Date | null;
  /**
   * The feed's own text, kept when `text` was replaced by the article page's (full-text sources).
   * The content hash is taken from it: the next poll sees only the teaser again (the article is
   * fetched once), and must recognise the item by what the feed says, not by the article.
   */
  teaser?: string;
}

/**
 * Identity of an item across polls.
 *
 * 1. the guid, when the feed gives one (URL-looking guids are normalised like links, so
 *    that `guid = permalink` and `link = permalink` agree);
 * 2. else the normalised link;
 * 3. else "h:" + sha1 of the lightly normalised title + "\n" + text.
 *
 * No prefix on 1 and 2 on purpose: many feeds use the permalink as guid, and a feed that
 * drops or adds guids between versions then keeps the same keys. The "h:" prefix keeps
 * hashes from ever colliding with a guid or a URL. Guids that several different items
 * share are removed by parseFeed before this is called (they would merge distinct
 * items), so a bad shared guid falls back to link/hash instead.
 */
export function itemKey(item: SourceItem): string {
  const guid = item.guid?.trim();
  if (guid) return normaliseGuid(guid);
  if (item.link) return normaliseLink(item.link, item.link) ?? item.link;
  return "h:" + contentHash(item);
}

/**
 * What the feed says of the item (title and text — its teaser when the article replaced it —, lightly
 * normalised): equal hashes, same report, whatever its guid.
 */
export function contentHash(item: Pick<SourceItem, "title" | "text" | "teaser">): string {
  return createHash("sha1").update(normaliseForHash(item.title) + "\n" + normaliseForHash(item.teaser ?? item.text)).digest("hex");
}

export function normaliseGuid(guid: string): string {
  const g = guid.trim();
  if (/^https?:\/\//i.test(g)) return normaliseLink(g, g) ?? g;
  return g;
}

/** Query parameters that only track the click, never change the article. */
const TRACKING_PARAM = /^(utm_[a-z0-9_]*|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * Absolute http(s) URL resolved against `base`, without fragment and tracking
 * parameters (utm_*, fbclid, gclid, mailchimp ids). Host is lower-cased and default
 * ports dropped by the URL parser. Returns null for anything that is not http(s).
 */
export function normaliseLink(raw: string | null | undefined, base: string): string | null {
  if (raw == null) return null;
  const s = raw.trim();
  if (!s) return null;
  let u: URL;
  try {
    u = new URL(s, base);
  } catch {
    return null; // an unparseable link is no link: the item keeps its guid/hash identity
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  if (u.search) {
    const drop: string[] = [];
    for (const k of u.searchParams.keys()) if (TRACKING_PARAM.test(k)) drop.push(k);
    for (const k of drop) u.searchParams.delete(k);
    if ([...u.searchParams.keys()].length === 0) u.search = "";
  }
  return u.toString();
}

// Arabic harakat, Quranic marks, superscript alef, tatweel; zero-width and bidi controls.
const AR_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Light normalisation for content hashes only: NFKC (folds Arabic presentation forms),
 * strip diacritics/tatweel/invisible characters, lower-case, collapse whitespace.
 * Deliberately does not unify letters (أ/ا, ى/ي, ة/ه): that is nlp/'s job, and two
 * texts differing there are different texts as far as "did the feed change" goes.
 */
export function normaliseForHash(s: string): string {
  return s.normalize("NFKC").replace(AR_MARKS, "").replace(INVISIBLE, "").toLowerCase().replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------
// HTML → plain text (regex based: feed snippets are small and this is the hot path
// of a poll; full pages go through Readability in fulltext.ts instead).

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", hellip: "…", mdash: "—", ndash: "–",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", sbquo: "‚", bdquo: "„",
  bull: "•", middot: "·", copy: "©", reg: "®", trade: "™", deg: "°", times: "×", divide: "÷",
  zwnj: "\u200C", zwj: "\u200D", lrm: "\u200E", rlm: "\u200F", shy: "\u00AD",
  ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", hyphen: "‐", minus: "−",
  euro: "€", pound: "£", cent: "¢", yen: "¥", sect: "§", para: "¶", dagger: "†", Dagger: "‡",
  prime: "′", Prime: "″", larr: "←", rarr: "→", uarr: "↑", darr: "↓", frac12: "½", frac14: "¼", frac34: "¾",
  iexcl: "¡", iquest: "¿", acute: "´", cedil: "¸", uml: "¨", macr: "¯", ordf: "ª", ordm: "º",
  sup1: "¹", sup2: "²", sup3: "³", micro: "µ", not: "¬", plusmn: "±", curren: "¤", brvbar: "¦",
};

export function namedEntity(name: string): string | undefined {
  return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
}

function codePointToString(cp: number): string | null {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}

/** Decode HTML character references (numeric and the common named ones); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return codePointToString(cp) ?? "\uFFFD";
    }
    return namedEntity(ref) ?? m;
  });
}

const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|pre|hr|dd|dt|figure|figcaption)\b[^>]*>/gi;

/** HTML (or plain text) → plain text with line structure kept. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  let s = html;
  if (s.indexOf("<") >= 0) {
    s = s
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<(script|style|noscript|template|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi, "")
      .replace(BLOCK_TAG, "\n")
      .replace(/<\/?[A-Za-z][^>]*>/g, "");
  }
  s = decodeEntities(s);
  return tidyText(s);
}

/** Collapse runs of spaces per line, trim lines, at most one empty line in a row. */
export function tidyText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// ---------------------------------------------------------------------------
// Dates

const DAY_MS = 24 * 60 * 60 * 1000;
/** Anything before this is a placeholder (1970, 0001-01-01…) rather than a publication date. */
const EARLIEST = Date.UTC(1995, 0, 1);

/** Parse a feed date; null when missing, invalid, before 1995 or more than one day after `now`. */
export function plausibleDate(raw: unknown, now: Date = new Date()): Date | null {
  if (raw == null) return null;
  let d: Date;
  if (raw instanceof Date) d = raw;
  else if (typeof raw === "string") {
    const s = raw.trim();
    if (!s) return null;
    d = new Date(s);
  } else return null;
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  if (t < EARLIEST || t > now.getTime() + DAY_MS) return null;
  return new Date(t);
}
