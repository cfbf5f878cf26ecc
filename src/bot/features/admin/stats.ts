// /stats: subscribers, incidents by province and type, deliveries, poller
// health; then, when the week had incidents, a chart of them per day and the
// province map shaded by the week's count.
import { Composer, InputFile } from "grammy";
import { audit, chartSeries, incidentsChartPng, provinceMapPng, gatherStats } from "../../../admin/index.js";
import type { BotContext } from "../../context.js";
import { statsText } from "./views.js";

export const statsFeature = new Composer<BotContext>();

statsFeature.command("stats", async (ctx) => {
  const { db, config } = ctx.deps;
  await audit(db, { adminId: ctx.from!.id, action: "stats" });
  const stats = await gatherStats(db, new Date(), config.TZ);
  await ctx.reply(statsText(stats, ctx.t));
  if (stats.incidents.week === 0) return;
  const series = chartSeries(stats.perDay.byProvince, stats.perDay.days.length);
  const legend = series.map((s) => `${s.emoji} ${s.key === "others" ? ctx.t("admin-stats-chart-others") : ctx.t(`province-${s.key}`)}: ${s.total}`);
  await ctx.replyWithPhoto(new InputFile(incidentsChartPng(series, stats.perDay.days), "incidents.png"), {
    caption: [ctx.t("admin-stats-chart-caption"), ...legend].join("\n"),
  });
  const week = stats.incidents.byProvince.filter((p) => p.week > 0 && p.key !== "unknown");
  await ctx.replyWithPhoto(new InputFile(provinceMapPng(new Map(week.map((p) => [p.key, p.week]))), "provinces.png"), {
    caption: [ctx.t("admin-stats-map-caption"), ...week.map((p) => `${ctx.t(`province-${p.key}`)}: ${p.week}`)].join("\n"),
  });
});
