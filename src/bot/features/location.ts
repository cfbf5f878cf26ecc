// The map pin: the «📍» button under an alert sends the incident's place as a
// venue, threaded under the alert. Callback data is validated (format.ts),
// never trusted: a forged id only finds nothing.
import { Composer } from "grammy";
import { hasMapPoint, placeText } from "../../alerts/index.js";
import { incidentById } from "../../storage/index.js";
import type { BotContext } from "../context.js";
import { onAction } from "../ui.js";

export const location = new Composer<BotContext>();

const MAX_TITLE = 100;

onAction(location, "map", async (ctx, a) => {
  const incident = a.incident === null ? null : await incidentById(ctx.deps.db, a.incident);
  if (!incident || !hasMapPoint(incident)) {
    await ctx.answerCallbackQuery({ text: ctx.t("map-unavailable") });
    return;
  }
  const locale = (await ctx.i18n.getLocale()) === "en" ? "en" : "ar";
  const title = [...`${ctx.t(`type-${incident.type}`)} — ${placeText(incident, ctx.t, locale)}`].slice(0, MAX_TITLE).join("");
  const alert = ctx.callbackQuery!.message;
  await ctx.replyWithVenue(incident.lat, incident.lon, title, ctx.t("map-approximate"), {
    ...(alert ? { reply_parameters: { message_id: alert.message_id, allow_sending_without_reply: true } } : {}),
    disable_notification: true,
  });
  await ctx.answerCallbackQuery({ text: ctx.t("map-sent") });
  ctx.log.debug({ incidentId: incident.id }, "map pin sent");
});
