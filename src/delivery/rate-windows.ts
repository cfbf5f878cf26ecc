// Telegram's send limits as sliding windows: ~30 messages/s in bulk (1000/s
// with paid broadcasts), ~1/s per private chat, 20/min per group.
//
// Telegram counts a message when it *arrives*, and two requests can arrive in
// a different rhythm than they left. So a send keeps its place in a window
// from when it leaves until its answer comes back (arrival is between the
// two), capped at `jitterMs` after it left so that a slow network does not
// eat the rate. Locally that makes the limits exact; over a real network
// it costs at most jitterMs per window (5 % of a second by default).

export interface SendLimits {
  /** free messages per second, all chats together */
  perSecond: number;
  /** messages per second per private chat */
  perChatPerSecond: number;
  /** messages per minute per group, supergroup or channel */
  perGroupPerMinute: number;
  /** paid broadcasts allowed (allow_paid_broadcast): used only for what the free rate cannot carry */
  paid: boolean;
  /** messages per second with paid broadcasts */
  paidPerSecond: number;
  jitterMs: number;
}

export const DEFAULT_LIMITS: SendLimits = {
  perSecond: 30,
  perChatPerSecond: 1,
  perGroupPerMinute: 20,
  paid: false,
  paidPerSecond: 1000,
  jitterMs: 50,
};

interface Entry {
  start: number;
  end: number | null;
}

/** At most `limit` sends in any `windowMs`. Times are milliseconds (performance.now()). */
export class Window {
  private entries: Entry[] = [];

  constructor(public limit: number, readonly windowMs: number, private readonly jitterMs: number) {}

  /** When this send's place in the window ends; an unanswered send holds it until `start + jitterMs`. */
  private anchor(e: Entry): number {
    return Math.min(e.end ?? Infinity, e.start + this.jitterMs);
  }

  private prune(now: number): void {
    // Answers come back almost in order: dropping expired entries from the
    // front only is conservative (a later expired one still counts a little longer).
    while (this.entries.length && this.anchor(this.entries[0]!) + this.windowMs <= now) this.entries.shift();
  }

  /** The earliest time a new send fits (now when it fits now). */
  readyAt(now: number): number {
    this.prune(now);
    if (this.entries.length < this.limit) return now;
    return this.anchor(this.entries[this.entries.length - this.limit]!) + this.windowMs;
  }

  take(now: number): Entry {
    const e: Entry = { start: now, end: null };
    this.entries.push(e);
    return e;
  }

  /** Nothing counted any more: the window can be forgotten. */
  idle(now: number): boolean {
    this.prune(now);
    return this.entries.length === 0;
  }
}

export interface Slot {
  paid: boolean;
  /** call when Telegram has answered (or the request failed) */
  done(): void;
}

/** Private chats have positive ids; groups, supergroups and channels negative ones. */
export const isGroupChat = (chatId: bigint | number): boolean => BigInt(chatId) < 0n;

export class TelegramLimits {
  readonly limits: SendLimits;
  private free: Window;
  /** with paid broadcasts: every message, free or paid (Telegram's 1000/s) */
  private total: Window | null;
  private chats = new Map<string, Window>();
  private pausedUntil = 0;
  private lastSweep = 0;

  constructor(limits: Partial<SendLimits> = {}, private readonly now: () => number = () => performance.now()) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    const l = this.limits;
    // With paid broadcasts, a free message refused costs a pause of the whole bot while one
    // counted too carefully only costs a paid message: the free window waits for the answers.
    this.free = new Window(l.perSecond, 1000, l.paid ? Infinity : l.jitterMs);
    this.total = l.paid ? new Window(l.paidPerSecond, 1000, l.jitterMs) : null;
  }

  /**
   * `n` instances send from one outbox (delivery/instances.ts): this one takes
   * 1/n of the bot-wide limits, so that together they stay within them. The
   * per-chat limits are checked by the shared claim instead.
   */
  setSharers(n: number): void {
    const l = this.limits;
    this.free.limit = Math.max(1, Math.floor(l.perSecond / n));
    if (this.total) this.total.limit = Math.max(1, Math.floor(l.paidPerSecond / n));
  }

  /** The bot-wide rate this instance may use now (messages per second). */
  rate(): number {
    return this.total ? Math.max(this.free.limit, this.total.limit) : this.free.limit;
  }

  /** Telegram answered 429: nothing is sent before `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  /** When the bot may send again, all chats together (now when it may). */
  globalReadyAt(now = this.now()): number {
    const rate = this.total ? this.total.readyAt(now) : this.free.readyAt(now);
    return Math.max(now, this.pausedUntil, rate);
  }

  /** When this chat may receive again (now when it may). */
  chatReadyAt(chatId: bigint, now = this.now()): number {
    return this.chats.get(String(chatId))?.readyAt(now) ?? now;
  }

  /**
   * Takes a place for one send to `chatId`, or returns null when it does not
   * fit now (ask globalReadyAt / chatReadyAt for when it will). A message is
   * paid only when the free rate is used up.
   */
  tryTake(chatId: bigint): Slot | null {
    const now = this.now();
    if (this.globalReadyAt(now) > now || this.chatReadyAt(chatId, now) > now) return null;
    const paid = this.free.readyAt(now) > now;
    const entries = [this.chatWindow(chatId).take(now)];
    if (!paid) entries.push(this.free.take(now));
    if (this.total) entries.push(this.total.take(now));
    this.sweep(now);
    return {
      paid,
      done: () => {
        const end = this.now();
        for (const e of entries) e.end ??= end;
      },
    };
  }

  private chatWindow(chatId: bigint): Window {
    const key = String(chatId);
    let w = this.chats.get(key);
    if (!w) {
      const l = this.limits;
      // Per chat, speed matters less than never being refused: a send holds its place until answered.
      w = isGroupChat(chatId)
        ? new Window(l.perGroupPerMinute, 60_000, Infinity)
        : new Window(l.perChatPerSecond, 1000, Infinity);
      this.chats.set(key, w);
    }
    return w;
  }

  /** Forgets chats whose windows are empty, so that 100,000 chats do not stay in memory. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 5000) return;
    this.lastSweep = now;
    for (const [key, w] of this.chats) if (w.idle(now)) this.chats.delete(key);
  }
}
