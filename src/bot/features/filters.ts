// Province, type and district filters: inline menus (saved on every press)
// and text commands for power users (/subscribe ديالى baghdad ied).
import { Composer } from "grammy";
import { ATTACK_TYPES, PROVINCES } from "../../nlp/index.js";
import type { BotContext } from "../context.js";
import { districtsOf, findDistrict } from "../districts.js";
import { NameIndex, type Named } from "../names.js";
import { requireAdmin } from "../permissions.js";
import {
  changeProvinces, changeTypes, saveDistricts, toggle, toggleProvince, toggleType, type Selection, type Sub,
} from "../subscriber.js";
import { onAction, requireSubscriber, show, viewEnv } from "../ui.js";
import { districtsView, joinList, provinceDistrictsView, provincesView, typesView } from "../views.js";

export const filters = new Composer<BotContext>();

// ---- menus ------------------------------------------------------------------

filters.command("provinces", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (sub) await show(ctx, provincesView(sub, await viewEnv(ctx)));
});

filters.command("types", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (sub) await show(ctx, typesView(sub, await viewEnv(ctx)));
});

filters.command("districts", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (sub) await show(ctx, districtsView(sub, await viewEnv(ctx)));
});

onAction(filters, "prov", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const saved = await toggleProvince(ctx.deps.db, sub, a.id, PROVINCES);
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  await show(ctx, provincesView(saved, await viewEnv(ctx)));
});

onAction(filters, "type", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const saved = await toggleType(ctx.deps.db, sub, a.id, ATTACK_TYPES);
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  await show(ctx, typesView(saved, await viewEnv(ctx)));
});

onAction(filters, "dmenu", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub) return;
  await ctx.answerCallbackQuery();
  await show(ctx, provinceDistrictsView(sub, a.province, await viewEnv(ctx)));
});

onAction(filters, "dist", async (ctx, a) => {
  const district = findDistrict(a.id);
  if (!district) return ctx.answerCallbackQuery({ text: ctx.t("menu-stale"), show_alert: true });
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const ids = sub.districts.map((d) => d.district);
  const next = ids.includes(a.id) ? ids.filter((x) => x !== a.id) : [...ids, a.id];
  const saved = await saveDistricts(ctx.deps.db, sub, next);
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  await show(ctx, provinceDistrictsView(saved, district.province, await viewEnv(ctx)));
});

onAction(filters, "dall", async (ctx, a) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const own = new Set(districtsOf(a.province).map((d) => d.id));
  const saved = await saveDistricts(ctx.deps.db, sub, sub.districts.map((d) => d.district).filter((d) => !own.has(d)));
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  await show(ctx, provinceDistrictsView(saved, a.province, await viewEnv(ctx)));
});

// ---- /subscribe and /unsubscribe ---------------------------------------------

let names: NameIndex | null = null;
const nameIndex = (ctx: BotContext) =>
  (names ??= new NameIndex((locale, key) => ctx.i18n.fluent.translate(locale, key)));

const label = (ctx: BotContext, n: Named) => ctx.t(`${n.kind}-${n.id}`);

async function changeByName(ctx: BotContext, add: boolean): Promise<void> {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const text = typeof ctx.match === "string" ? ctx.match.trim() : "";
  if (!text) {
    await ctx.reply(ctx.t(add ? "subscribe-usage" : "unsubscribe-usage"));
    return;
  }
  const { found, unknown } = nameIndex(ctx).parse(text);
  const lines: string[] = [];
  for (const u of unknown) {
    lines.push(u.suggestion
      ? ctx.t("name-unknown-suggest", { word: u.word, suggestion: label(ctx, u.suggestion), command: add ? "/subscribe" : "/unsubscribe" })
      : ctx.t("name-unknown", { word: u.word }));
  }
  let saved: Sub = sub;
  const apply = (sel: Selection, ids: string[], universe: readonly string[]): Selection => {
    if (add) return ids.reduce((s, id) => (s.all || s.ids.includes(id) ? s : toggle(s, id, universe)), sel.all ? { all: false, ids: [] } : sel);
    const current = sel.all ? [...universe] : sel.ids;
    const rest = current.filter((x) => !ids.includes(x));
    return { all: false, ids: rest };
  };
  const provinces = found.filter((n) => n.kind === "province").map((n) => n.id);
  const types = found.filter((n) => n.kind === "type").map((n) => n.id);
  // applied to the filters as stored when written (a tap on the menu or the map at the same moment is kept)
  if (provinces.length) saved = await changeProvinces(ctx.deps.db, saved, (sel) => apply(sel, provinces, PROVINCES));
  if (types.length) await changeTypes(ctx.deps.db, saved, (sel) => apply(sel, types, ATTACK_TYPES));
  if (found.length) {
    lines.unshift(ctx.t(add ? "subscribe-done" : "unsubscribe-done", { names: joinList(ctx.t, found.map((n) => label(ctx, n))) }));
    lines.push(ctx.t("see-settings"));
  }
  await ctx.reply(lines.join("\n"));
}

filters.command("subscribe", (ctx) => changeByName(ctx, true));
filters.command("unsubscribe", (ctx) => changeByName(ctx, false));
