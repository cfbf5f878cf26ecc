// The alert a subscriber reads, as Telegram HTML. Feed text is always escaped:
// it can never inject tags or links.
import type { Incident } from "../generated/prisma/client.js";
import type { Translate } from "../i18n.js";

export interface AlertSource {
  name: string;
  url: string | null;
}

const ICONS: Record<string, string> = {
  ied: "💥", car_bomb: "🚗💥", suicide: "💣", armed_attack: "🔫", rocket: "🚀", drone: "🛩️",
  airstrike: "✈️", assassination: "🎯", kidnapping: "⛓️", clash: "⚔️", security_operation: "🛡️", other: "⚠️",
};

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function formatTime(date: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ar-IQ-u-nu-latn", {
    timeZone, day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hour12: false,
  }).format(date);
}

export interface RenderOptions {
  t: Translate;
  locale: string;
  timeZone: string;
  sources: AlertSource[];
  updated?: boolean;
}

export function renderAlert(incident: Incident, o: RenderOptions): string {
  const { t } = o;
  const provinces: string[] = JSON.parse(incident.provinces);
  const province = provinces[0] ? t(`province-${provinces[0]}`) : t("province-unknown");
  const where = incident.place && incident.place !== province ? `${incident.place}، ${province}` : province;
  const lines = [`${ICONS[incident.type] ?? "⚠️"} <b>${escapeHtml(t(`type-${incident.type}`))} — ${escapeHtml(where)}</b>`];
  const toll = [
    incident.killed !== null ? t("alert-killed", { n: incident.killed }) : null,
    incident.injured !== null ? t("alert-injured", { n: incident.injured }) : null,
  ].filter((x): x is string => x !== null);
  if (toll.length) lines.push(escapeHtml(toll.join(o.locale === "en" ? ", " : "، ")));
  lines.push("", escapeHtml(incident.summary));
  if (incident.perpetrator) lines.push(escapeHtml(t("alert-perpetrator", { who: incident.perpetrator })));
  lines.push("", escapeHtml(t("alert-time", { time: formatTime(incident.occurredAt, o.timeZone, o.locale) })));
  const links = o.sources.map((s) =>
    s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a>` : escapeHtml(s.name),
  );
  if (links.length) lines.push(t("alert-sources", { links: links.join(" · ") }));
  if (o.updated) lines.unshift(escapeHtml(t("alert-updated")));
  return lines.join("\n");
}
