// Public Telegram channels through their web preview (https://t.me/s/<channel>):
// no bot membership or API key needed, and many Iraqi security reports appear there first.
import { parseHTML } from "linkedom";
import { htmlToText, plausibleDate, type SourceItem } from "./items.js";

const HOSTS = new Set(["t.me", "www.t.me", "telegram.me", "www.telegram.me"]);
/** Paths on t.me that are not channels. */
const RESERVED = new Set(["s", "c", "joinchat", "addstickers", "addemoji", "share", "proxy", "socks", "iv", "login", "setlanguage", "addlist", "boost", "addtheme", "contact", "invoice"]);
const CHANNEL = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/** What the parser uses of linkedom's elements (its types name the DOM library's, which the server's tsconfig leaves out). */
interface PageElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  closest(selector: string): PageElement | null;
  readonly classList: { contains(name: string): boolean };
  readonly innerHTML: string;
}

function channelOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : "https://" + url.trim());
  } catch {
    return null; // not a URL, so not a channel's: the caller treats the source as a feed
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  if (!HOSTS.has(u.hostname.toLowerCase())) return null;
  const parts = u.pathname.split("/").filter(Boolean);
  // t.me/s/<channel>[/<post>]  or  t.me/<channel>[/<post>]
  const name = parts[0] === "s" ? parts[1] : parts[0];
  const extra = parts[0] === "s" ? parts.slice(2) : parts.slice(1);
  if (!name || !CHANNEL.test(name) || RESERVED.has(name.toLowerCase())) return null;
  if (extra.length > 1 || (extra.length === 1 && !/^\d+$/.test(extra[0]!))) return null;
  return name;
}

/** t.me/s/<channel>, t.me/<channel> (also telegram.me, with or without scheme, or a post link of the channel). */
export function isTelegramChannelUrl(url: string): boolean {
  return channelOf(url) !== null;
}

/** → https://t.me/s/<channel>. Throws on URLs that isTelegramChannelUrl rejects. */
export function telegramPreviewUrl(url: string): string {
  const ch = channelOf(url);
  if (!ch) throw new Error(`not a public Telegram channel URL: ${url}`);
  return `https://t.me/s/${ch}`;
}

/**
 * Parse the web preview page. Each `.tgme_widget_message[data-post="channel/123"]` becomes
 * an item: guid "channel/123", link https://t.me/channel/123, title "" (posts have no
 * title), text from the post's own `.tgme_widget_message_text` (not the quoted reply's)
 * with line breaks kept, date from `<time datetime>`. Service messages and posts without
 * text (bare photos/stickers) are skipped. Returned newest first, like feeds; the page
 * itself lists oldest first.
 */
export function parseTelegramPreview(html: string, url: string, opts: { now?: Date } = {}): SourceItem[] {
  const { document } = parseHTML(html) as unknown as { document: PageElement };
  const out: SourceItem[] = [];
  const seen = new Set<string>();
  for (const el of document.querySelectorAll(".tgme_widget_message[data-post]")) {
    const post = (el.getAttribute("data-post") ?? "").trim();
    const m = /^([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)$/.exec(post);
    if (!m || seen.has(post)) continue;
    if (el.classList.contains("service_message")) continue;
    seen.add(post);
    let textEl: PageElement | null = null;
    for (const t of el.querySelectorAll(".tgme_widget_message_text")) {
      if (!t.closest(".tgme_widget_message_reply")) {
        textEl = t;
        break;
      }
    }
    const text = textEl ? htmlToText(textEl.innerHTML) : "";
    if (!text) continue;
    const time = el.querySelector(".tgme_widget_message_date time[datetime]") ?? el.querySelector("time[datetime]");
    out.push({
      guid: post,
      link: `https://t.me/${m[1]}/${m[2]}`,
      title: "",
      text,
      publishedAt: plausibleDate(time?.getAttribute("datetime") ?? null, opts.now),
    });
  }
  void url;
  return out.reverse();
}
