// Which button opens the map page, if any (one rule for the alerts, /start and
// /settings). Telegram accepts a web_app button only with an https URL and only
// in a private chat; elsewhere a plain link is offered when the public view is
// on, and nothing otherwise (a link to a page that answers 401 helps no one).
import type { InlineKeyboard } from "grammy";

export interface MapPageOptions {
  /** the service's public base URL (PUBLIC_URL) */
  publicUrl?: string | undefined;
  /** the read-only public view is on (PUBLIC_MAP) */
  publicMap: boolean;
}

export type MapLink = { kind: "web_app" | "url"; url: string };

export function mapPageLink(o: MapPageOptions | undefined, chatType: string | null | undefined, incidentId?: number): MapLink | null {
  if (!o?.publicUrl) return null;
  const base = new URL(o.publicUrl);
  const url = new URL(base.pathname.replace(/\/?$/, "/map"), base);
  if (incidentId !== undefined) url.searchParams.set("incident", String(incidentId));
  if (base.protocol === "https:" && chatType === "private") return { kind: "web_app", url: url.toString() };
  return o.publicMap ? { kind: "url", url: url.toString() } : null;
}

/** Adds the link as a button (web_app or url) to the keyboard's current row. */
export function addMapLink(kb: InlineKeyboard, link: MapLink | null, label: string): InlineKeyboard {
  if (!link) return kb;
  return link.kind === "web_app" ? kb.webApp(label, link.url) : kb.url(label, link.url);
}
