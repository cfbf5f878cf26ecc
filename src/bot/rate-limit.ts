// Per-user rate limiting: a sliding window of recent updates per user. Over the
// limit, the user is told once per window and further updates are dropped, so
// one flooding user cannot slow the bot down for everyone else.
import type { NextFunction } from "grammy";
import type { BotContext } from "./context.js";

export interface RateLimit {
  /** updates allowed per user within `windowMs` */
  max: number;
  windowMs: number;
}

export function rateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const seen = new Map<number, number[]>();
  const warned = new Map<number, number>();
  let lastSweep = now();
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const user = ctx.from?.id;
    if (user === undefined || !(ctx.message || ctx.callbackQuery)) return next();
    const t = now();
    if (t - lastSweep > limit.windowMs * 10) {
      // forget idle users so the map stays small
      for (const [u, times] of seen) if (t - times[times.length - 1]! > limit.windowMs) seen.delete(u);
      lastSweep = t;
    }
    const times = (seen.get(user) ?? []).filter((x) => t - x < limit.windowMs);
    times.push(t);
    seen.set(user, times);
    if (times.length <= limit.max) return next();
    ctx.log.warn({ user }, "rate limited");
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t("rate-limited") }).catch(() => undefined); // a courtesy: a flood must not cost more calls
    } else if (t - (warned.get(user) ?? 0) > limit.windowMs) {
      warned.set(user, t);
      await ctx.reply(ctx.t("rate-limited")).catch(() => undefined); // a courtesy: a flood must not cost more calls
    }
  };
}
