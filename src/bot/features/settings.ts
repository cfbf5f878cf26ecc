// /settings (every filter in words, with buttons), the menu navigation,
// minimum severity, language, quiet hours and keyword filters.
import { Composer } from "grammy";
import { normalizeKeyword } from "../../alerts/index.js";
import type { BotContext } from "../context.js";
import { clock, parseTimeRange } from "../duration.js";
import { requireAdmin } from "../permissions.js";
import { updateSubscriber } from "../../storage/index.js";
import { keywordList, type Sub } from "../subscriber.js";
import { onAction, requireSubscriber, show, viewEnv } from "../ui.js";
import {
  districtsView, joinList, keywordsView, langView, provincesView, settingsView, severityView, typesView, type View, type ViewEnv,
} from "../views.js";

export const settings = new Composer<BotContext>();

settings.command("settings", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (sub) await show(ctx, settingsView(sub, await viewEnv(ctx)));
});

const MENU_VIEWS: Record<string, (sub: Sub, e: ViewEnv) => View> = {
  settings: settingsView, provinces: provincesView, types: typesView, districts: districtsView,
  severity: severityView, keywords: keywordsView,
};

const langMenu = async (ctx: BotContext) =>
  langView(await viewEnv(ctx), (locale) => ctx.i18n.fluent.translate(locale, "language-name"));

onAction(settings, "menu", async (ctx, a) => {
  if (a.name === "close") {
    await ctx.answerCallbackQuery({ text: ctx.t("saved") });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined); // already closed: nothing to remove
    return;
  }
  const sub = await requireSubscriber(ctx);
  if (!sub) return;
  await ctx.answerCallbackQuery();
  await show(ctx, a.name === "lang" ? await langMenu(ctx) : MENU_VIEWS[a.name]!(sub, await viewEnv(ctx)));
});

// ---- severity -----------------------------------------------------------------

onAction(settings, "sev", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const saved = await updateSubscriber(ctx.deps.db, sub.id, { minSeverity: a.level });
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  await show(ctx, severityView(saved, await viewEnv(ctx)));
});

// ---- language -------------------------------------------------------------------

settings.command("lang", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub) return;
  // "/lang en" or "/lang العربية" switches at once; without an argument, the menu.
  const arg = ctx.match.trim().toLowerCase();
  const locale = /^(en|english|انكليزي|الإنجليزية|الانجليزية)$/.test(arg) ? "en" : /^(ar|arabic|عربي|العربية)$/.test(arg) ? "ar" : null;
  if (!locale) {
    await show(ctx, await langMenu(ctx));
    return;
  }
  if (!(await requireAdmin(ctx))) return;
  await updateSubscriber(ctx.deps.db, sub.id, { language: locale });
  ctx.i18n.useLocale(locale);
  await ctx.reply(ctx.t("lang-changed"));
});

onAction(settings, "lang", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const saved = await updateSubscriber(ctx.deps.db, sub.id, { language: a.locale });
  ctx.i18n.useLocale(a.locale);
  await ctx.answerCallbackQuery({ text: ctx.t("lang-changed") });
  await show(ctx, settingsView(saved, await viewEnv(ctx)));
});

// ---- quiet hours ----------------------------------------------------------------

settings.command("quiet", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub) return;
  const arg = ctx.match.trim();
  if (!arg) {
    const current = sub.quietStart !== null && sub.quietEnd !== null
      ? ctx.t("quiet-range", { from: clock(sub.quietStart), to: clock(sub.quietEnd) })
      : ctx.t("quiet-off");
    await ctx.reply(`${ctx.t("settings-quiet", { value: current })}\n\n${ctx.t("quiet-usage")}`);
    return;
  }
  if (!(await requireAdmin(ctx))) return;
  if (/^(off|لا|إيقاف|ايقاف|الغاء|إلغاء)$/i.test(arg)) {
    await updateSubscriber(ctx.deps.db, sub.id, { quietStart: null, quietEnd: null });
    await ctx.reply(ctx.t("quiet-cleared"));
    return;
  }
  const range = parseTimeRange(arg);
  if (!range) {
    await ctx.reply(ctx.t("quiet-usage"));
    return;
  }
  await updateSubscriber(ctx.deps.db, sub.id, { quietStart: range.start, quietEnd: range.end });
  await ctx.reply(ctx.t("quiet-set", { from: clock(range.start), to: clock(range.end) }));
});

// ---- keywords ------------------------------------------------------------------

const MAX_KEYWORDS = 20;

settings.command("keywords", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (sub) await show(ctx, keywordsView(sub, await viewEnv(ctx)));
});

/** /include and /exclude: comma-separated words or phrases (plain text, never patterns). */
async function addKeywords(ctx: BotContext, list: "keywordsAny" | "keywordsNone"): Promise<void> {
  const sub = await requireSubscriber(ctx);
  if (!sub) return;
  const arg = typeof ctx.match === "string" ? ctx.match.trim() : "";
  if (!arg) {
    await show(ctx, keywordsView(sub, await viewEnv(ctx)));
    return;
  }
  if (!(await requireAdmin(ctx))) return;
  const words = arg.split(/[,،\n]+/).map(normalizeKeyword).filter((w) => w.length >= 2 && w.length <= 50);
  if (!words.length) {
    await ctx.reply(ctx.t("keywords-usage"));
    return;
  }
  const current = keywordList(sub[list]);
  const merged = [...new Set([...current, ...words])];
  if (merged.length > MAX_KEYWORDS) {
    await ctx.reply(ctx.t("keywords-too-many", { max: MAX_KEYWORDS }));
    return;
  }
  await updateSubscriber(ctx.deps.db, sub.id, { [list]: JSON.stringify(merged) });
  const key = list === "keywordsAny" ? "keywords-included" : "keywords-excluded";
  await ctx.reply(ctx.t(key, { words: joinList(ctx.t, words.map((w) => `«${w}»`)) }));
}

settings.command("include", (ctx) => addKeywords(ctx, "keywordsAny"));
settings.command("exclude", (ctx) => addKeywords(ctx, "keywordsNone"));

onAction(settings, "kwdel", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const field = a.list === "any" ? "keywordsAny" : "keywordsNone";
  const words = keywordList(sub[field]);
  if (a.i >= words.length) {
    await ctx.answerCallbackQuery({ text: ctx.t("menu-stale") });
  } else {
    words.splice(a.i, 1);
    await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  }
  const saved = await updateSubscriber(ctx.deps.db, sub.id, { [field]: JSON.stringify(words) });
  await show(ctx, keywordsView(saved, await viewEnv(ctx)));
});

onAction(settings, "kwclear", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const saved = await updateSubscriber(ctx.deps.db, sub.id, { keywordsAny: "[]", keywordsNone: "[]" });
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  await show(ctx, keywordsView(saved, await viewEnv(ctx)));
});
