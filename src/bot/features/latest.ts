// /latest [n]: the last n incidents that match this chat's filters (default 5),
// tested with the same predicate the delivery uses (alerts/filters.ts).
import { Composer } from "grammy";
import { escapeHtml, formatTime, incidentMatches, incidentSources, renderHeadline, tollText } from "../../alerts/index.js";
import { placeInEnglish } from "../../nlp/index.js";
import { latestIncidents } from "../../storage/index.js";
import type { BotContext } from "../context.js";
import { requireSubscriber } from "../ui.js";
import { plainTranslate } from "../html.js";

export const latest = new Composer<BotContext>();

export const LATEST_DEFAULT = 5;
export const LATEST_MAX = 20;
const PAGE = 200;
const SCAN_LIMIT = 5000;

latest.command("latest", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub) return;
  const arg = ctx.match.trim();
  const n = arg ? Number(arg.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))) : LATEST_DEFAULT;
  if (!Number.isInteger(n) || n < 1 || n > LATEST_MAX) {
    await ctx.reply(ctx.t("latest-usage", { max: LATEST_MAX }));
    return;
  }
  const { db, config } = ctx.deps;
  const found = [];
  for (let skip = 0; found.length < n && skip < SCAN_LIMIT; skip += PAGE) {
    const page = await latestIncidents(db, skip, PAGE);
    for (const incident of page) if (incidentMatches(sub, incident) && found.length < n) found.push(incident);
    if (page.length < PAGE) break;
  }
  if (!found.length) {
    await ctx.reply(ctx.t("latest-none"));
    return;
  }
  const locale = await ctx.i18n.getLocale();
  // the alert's renderer escapes what it inserts itself: it gets the translations as they are
  const t = plainTranslate(ctx);
  const blocks = [];
  for (const incident of found) {
    // The alert's own headline (icon, type, place) and toll, then time and first source.
    const toll = tollText(incident, t, locale);
    const [source] = await incidentSources(db, incident.id);
    const when = escapeHtml(formatTime(incident.occurredAt, config.TZ, locale));
    const link = source?.url && /^https?:\/\//i.test(source.url) ? ` · <a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>` : "";
    const placeLabel = locale === "en" && incident.placeId ? placeInEnglish(incident.placeId) ?? null : null;
    const headline = renderHeadline(incident, t, locale, placeLabel) + (toll ? `\n${escapeHtml(toll)}` : "");
    blocks.push(`${headline}\n${when}${link}`);
  }
  await ctx.reply([ctx.t("latest-title", { n: found.length }), ...blocks].join("\n\n"), {
    link_preview_options: { is_disabled: true },
  });
});
