// /sources [add <url> [name] | remove <#id|url> | pause … | resume … | test <url|#id>]
import { Composer } from "grammy";
import {
  audit, addSource, analyzeLatest, findSource, pauseSource, probeSource, removeSource, resumeSource, type FetchOptions, type UrlCheck,
} from "../../../admin/index.js";
import { activeSources } from "../../../storage/index.js";
import type { BotContext } from "../../context.js";
import { sourcesList, testReport } from "./views.js";

export const sourcesFeature = new Composer<BotContext>();

// HTML is every send's parse_mode (../../html.ts); the links in these lists stay unexpanded
const html = { link_preview_options: { is_disabled: true } };

const fetchOptions = (ctx: BotContext): FetchOptions => ({ allowPrivate: ctx.deps.config.ALLOW_PRIVATE_SOURCES });

function refusal(ctx: BotContext, r: Extract<UrlCheck, { ok: false }>): string {
  return ctx.t(`admin-source-refused-${r.reason}`, { detail: r.detail });
}

sourcesFeature.command("sources", async (ctx) => {
  const { db } = ctx.deps;
  const adminId = ctx.from!.id;
  const [first = "list", ...args] = ctx.match.trim().split(/\s+/).filter(Boolean);
  const sub = first.toLowerCase();
  const log = (detail: string) => audit(db, { adminId, action: `sources.${sub}`, detail });
  const now = new Date();

  switch (sub) {
    case "list": {
      await log("");
      const sources = await activeSources(db);
      for (const part of sourcesList(sources, now, ctx.t)) await ctx.reply(part, html);
      return;
    }
    case "add": {
      const [url, ...name] = args;
      if (!url) return ctx.reply(ctx.t("admin-sources-usage"), html);
      await ctx.replyWithChatAction("typing");
      const r = await addSource(db, url, name.join(" ") || null, fetchOptions(ctx));
      switch (r.kind) {
        case "added":
        case "restored":
          await log(`${url} → #${r.source.id} (${r.kind}, ${r.items} items)`);
          return ctx.reply(ctx.t(`admin-source-${r.kind}`, { id: String(r.source.id), name: r.source.name, count: r.items }), html);
        case "exists":
          await log(`${url}: exists as #${r.source.id}`);
          return ctx.reply(ctx.t("admin-source-exists", { id: String(r.source.id), name: r.source.name }), html);
        case "refused":
          await log(`${url}: refused (${r.refused.reason}: ${r.refused.detail})`);
          return ctx.reply(refusal(ctx, r.refused), html);
        case "failed":
          await log(`${url}: test read failed: ${r.error}`);
          return ctx.reply(ctx.t("admin-source-fetch-failed", { error: r.error }), html);
      }
      return;
    }
    case "remove":
    case "pause":
    case "resume": {
      const ref = args[0];
      if (!ref) return ctx.reply(ctx.t("admin-sources-usage"), html);
      const source = await findSource(db, ref);
      if (!source) {
        await log(`${ref}: not found`);
        return ctx.reply(ctx.t("admin-source-not-found", { ref: ref }), html);
      }
      if (sub === "remove") await removeSource(db, source);
      else if (sub === "pause") await pauseSource(db, source, adminId);
      else await resumeSource(db, source);
      await log(`#${source.id} ${source.url}`);
      return ctx.reply(ctx.t(`admin-source-${sub}d`, { id: String(source.id), name: source.name }), html);
    }
    case "test": {
      const ref = args[0];
      if (!ref) return ctx.reply(ctx.t("admin-sources-usage"), html);
      const known = /^#?\d+$/.test(ref) ? await findSource(db, ref) : null;
      if (/^#?\d+$/.test(ref) && !known) return ctx.reply(ctx.t("admin-source-not-found", { ref: ref }), html);
      const url = known?.url ?? ref;
      await ctx.replyWithChatAction("typing");
      const probe = await probeSource(url, fetchOptions(ctx));
      if (!probe.ok) {
        await log(`${url}: ${"refused" in probe ? `refused (${probe.refused.reason})` : probe.error}`);
        return ctx.reply("refused" in probe ? refusal(ctx, probe.refused) : ctx.t("admin-source-test-failed", { error: probe.error }), html);
      }
      await log(`${url}: ${probe.items.length} items`);
      const tested = analyzeLatest(probe.items, now);
      const locale = await ctx.i18n.getLocale();
      for (const part of testReport(probe.url, probe.items.length, tested, ctx.t, ctx.deps.config.TZ, locale)) await ctx.reply(part, html);
      return;
    }
    default:
      await log("unknown subcommand");
      return ctx.reply(ctx.t("admin-sources-usage"), html);
  }
});
