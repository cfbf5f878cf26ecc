// /channels [add <@username|-100id> [filters] [lang=en] | remove <@username|id>]
//
// A channel cannot send commands, so an admin configures it from the private
// chat: the bot must already be an administrator of the channel allowed to
// post. The channel becomes an ordinary Subscriber (chatType "channel") and
// gets alerts through the same matching, outbox and sender as everyone else.
import { Composer, GrammyError } from "grammy";
import type { ChatFullInfo } from "grammy/types";
import { audit } from "../../../admin/index.js";
import { escapeHtml } from "../../../alerts/index.js";
import { deleteSubscriber, fedChannel, fedChannels, saveChannel as storeChannel, type Db } from "../../../storage/index.js";
import { ATTACK_TYPES, PROVINCES } from "../../../nlp/index.js";
import type { BotContext } from "../../context.js";
import { NameIndex, type Named } from "../../names.js";
import { joinList } from "../../views.js";

export const channelsFeature = new Composer<BotContext>();

// HTML is every send's parse_mode (../../html.ts)
const html = { link_preview_options: { is_disabled: true } };

let names: NameIndex | null = null;
const nameIndex = (ctx: BotContext) => (names ??= new NameIndex((locale, key) => ctx.i18n.fluent.translate(locale, key)));
const label = (ctx: BotContext, n: Named) => ctx.t(`${n.kind}-${n.id}`);

/** "@name", "https://t.me/name" → "@name"; "-100123" → -100123; anything else → null. */
export function channelRef(raw: string): string | number | null {
  const s = raw.trim();
  const id = /^-?\d{5,}$/.exec(s);
  if (id) return Number(s);
  const user = /^(?:@|(?:https?:\/\/)?t\.me\/)([A-Za-z][A-Za-z0-9_]{3,31})\/?$/.exec(s);
  return user ? `@${user[1]}` : null;
}

export interface ChannelArgs {
  provinces: string[];
  types: string[];
  language: "ar" | "en";
  unknown: { word: string; suggestion: Named | null }[];
}

/** Filters by id or Arabic/English name (the /subscribe parser), plus lang=ar|en. */
export function parseChannelArgs(index: NameIndex, words: string[]): ChannelArgs {
  let language: "ar" | "en" = "ar";
  const rest: string[] = [];
  for (const w of words) {
    const lang = /^(?:lang|language)=(ar|en)$/i.exec(w);
    if (lang) language = lang[1]!.toLowerCase() as "ar" | "en";
    else rest.push(w);
  }
  const { found, unknown } = index.parse(rest.join(" "));
  return {
    provinces: PROVINCES.filter((p) => found.some((n) => n.kind === "province" && n.id === p)),
    types: ATTACK_TYPES.filter((t) => found.some((n) => n.kind === "type" && n.id === t)),
    language,
    unknown,
  };
}

/** Creates or replaces the channel's subscription with exactly these filters. */
export function saveChannel(db: Db, chat: { id: number; title: string | null }, a: Pick<ChannelArgs, "provinces" | "types" | "language">) {
  return storeChannel(db, chat, a);
}

function describeFilters(ctx: BotContext, s: { allProvinces: boolean; allTypes: boolean; provinces: string[]; types: string[]; language: string }) {
  return ctx.t("admin-channel-filters", {
    provinces: s.allProvinces ? ctx.t("value-all-provinces") : joinList(ctx.t, s.provinces.map((p) => ctx.t(`province-${p}`))),
    types: s.allTypes ? ctx.t("value-all-types") : joinList(ctx.t, s.types.map((t) => ctx.t(`type-${t}`))),
    language: ctx.i18n.fluent.translate(s.language, "language-name"),
  });
}

const chatTitle = (chat: ChatFullInfo) => ("title" in chat && chat.title ? chat.title : String(chat.id));

/** getChat, or null when the bot cannot see the chat (unknown username, bot not in it). */
async function lookupChat(ctx: BotContext, ref: string | number): Promise<ChatFullInfo | null> {
  try {
    return await ctx.api.getChat(ref);
  } catch (err) {
    if (err instanceof GrammyError && (err.error_code === 400 || err.error_code === 403)) return null;
    throw err;
  }
}

channelsFeature.command("channels", async (ctx) => {
  const { db } = ctx.deps;
  const adminId = ctx.from!.id;
  const [first = "list", ...args] = ctx.match.trim().split(/\s+/).filter(Boolean);
  const sub = first.toLowerCase();
  const log = (detail: string, allowed = true) => audit(db, { adminId, action: `channels.${sub}`, detail, allowed });

  switch (sub) {
    case "list": {
      await log("");
      const channels = await fedChannels(db);
      if (!channels.length) return ctx.reply(ctx.t("admin-channels-empty"), html);
      const lines = [ctx.t("admin-channels-head", { count: channels.length })];
      for (const c of channels) {
        const state = !c.active ? "⛔️" : c.paused ? "⏸" : "✅";
        lines.push(`${state} <b>${escapeHtml(c.title ?? String(c.chatId))}</b> <code>${c.chatId}</code>`);
        lines.push(describeFilters(ctx, { ...c, provinces: c.provinces.map((p) => p.province), types: c.types.map((t) => t.type) }));
      }
      return ctx.reply(lines.join("\n"), html);
    }
    case "add": {
      const [rawRef, ...rest] = args;
      const ref = rawRef ? channelRef(rawRef) : null;
      if (ref === null) return ctx.reply(ctx.t("admin-channels-usage"), html);
      const parsed = parseChannelArgs(nameIndex(ctx), rest);
      if (parsed.unknown.length) {
        await log(`${rawRef}: unknown ${parsed.unknown.map((u) => u.word).join(", ")}`);
        const words = parsed.unknown.map((u) => (u.suggestion ? `${u.word} (${label(ctx, u.suggestion)}?)` : u.word));
        return ctx.reply(ctx.t("admin-channel-unknown-names", { words: joinList(ctx.t, words) }), html);
      }
      const chat = await lookupChat(ctx, ref);
      if (!chat) {
        await log(`${rawRef}: not found`);
        return ctx.reply(ctx.t("admin-channel-not-found", { ref: String(ref) }), html);
      }
      const title = chatTitle(chat);
      if (chat.type !== "channel") {
        await log(`${rawRef}: ${chat.type}, not a channel`);
        return ctx.reply(ctx.t("admin-channel-not-channel", { title }), html);
      }
      // an answer we cannot read counts as "cannot post", and the admin is told so with the status "unknown"
      const me = await ctx.api.getChatMember(chat.id, ctx.me.id).catch(() => null);
      const canPost = me?.status === "creator" || (me?.status === "administrator" && me.can_post_messages === true);
      if (!canPost) {
        await log(`${rawRef} (${chat.id}): bot cannot post (${me?.status ?? "unknown"})`);
        return ctx.reply(ctx.t("admin-channel-cannot-post", { title }), html);
      }
      const { created } = await saveChannel(db, { id: chat.id, title: chatTitle(chat) }, parsed);
      await log(`${rawRef} → ${chat.id} (${created ? "added" : "updated"}): provinces=${parsed.provinces.join(",") || "all"} types=${parsed.types.join(",") || "all"} lang=${parsed.language}`);
      const filters = describeFilters(ctx, { ...parsed, allProvinces: !parsed.provinces.length, allTypes: !parsed.types.length });
      return ctx.reply([ctx.t(created ? "admin-channel-added" : "admin-channel-updated", { title, id: String(chat.id) }), filters].join("\n"), html);
    }
    case "remove": {
      const [rawRef] = args;
      const ref = rawRef ? channelRef(rawRef) : null;
      if (ref === null) return ctx.reply(ctx.t("admin-channels-usage"), html);
      // A numeric id needs no lookup (the bot may already be gone from the channel).
      const id = typeof ref === "number" ? ref : (await lookupChat(ctx, ref))?.id;
      const row = id === undefined ? null : await fedChannel(db, id);
      if (!row) {
        await log(`${rawRef}: not a fed channel`);
        return ctx.reply(ctx.t("admin-channel-not-fed", { ref: String(ref) }), html);
      }
      await deleteSubscriber(db, row.id);
      await log(`${rawRef} → ${row.chatId}: removed`);
      return ctx.reply(ctx.t("admin-channel-removed", { title: row.title ?? String(row.chatId) }), html);
    }
    default:
      return ctx.reply(ctx.t("admin-channels-usage"), html);
  }
});
