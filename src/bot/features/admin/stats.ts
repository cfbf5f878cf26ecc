// /stats: subscribers, incidents by province and type, deliveries, poller health.
import { Composer } from "grammy";
import { audit } from "../../../admin/audit.js";
import { gatherStats } from "../../../admin/stats.js";
import type { BotContext } from "../../context.js";
import { statsText } from "./views.js";

export const statsFeature = new Composer<BotContext>();

statsFeature.command("stats", async (ctx) => {
  const { db, config } = ctx.deps;
  await audit(db, { adminId: ctx.from!.id, action: "stats" });
  const stats = await gatherStats(db, new Date(), config.TZ);
  await ctx.reply(statsText(stats, ctx.t), { parse_mode: "HTML" });
});
