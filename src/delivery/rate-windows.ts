// Telegram's send limits as sliding windows: ~30 messages/s in bulk (1000/s
// with paid broadcasts), ~1/s per private chat, 20/min per group.
//
// Telegram counts a message when it *arrives*, and two requests can arrive in
// a different rhythm than they left. So a send keeps its place in a window
// from when it leaves until its answer comes back (arrival is between the
// two), capped at `jitterMs` after it left so that a slow network does not
// eat the rate. Locally that makes the limits exact; over a real network
// it costs at most jitterMs per window (5 % of a second by default).
// The cap assumes a request reaches Telegram within jitterMs; one answered
// later than the fastest recent answer (the network's own time) may have
// waited on its way there (a stalled process, a busy link), so it keeps its
// place for that extra time too: with the cap alone, the delivery bench on a
// loaded machine drew a 429 (a pause of a whole second) in about half its
// runs at 1000/s, from requests that waited 50–200 ms before arriving.

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

/** How long the fastest round trip is remembered (the network's own time, for the cap's slack). */
const RTT_MEMORY_MS = 10_000;

/** At most `limit` sends in any `windowMs`. Times are milliseconds (performance.now()). */
export class Window {
  private entries: Entry[] = [];
  /** fastest round trips seen in the current and the last RTT_MEMORY_MS (0 until one is seen: no slack) */
  private minRtt = { current: Infinity, last: Infinity, since: -Infinity };

  constructor(public limit: number, readonly windowMs: number, private readonly jitterMs: number) {}

  /**
   * When this send's place in the window ends. Unanswered: `start + jitterMs`.
   * Answered: at the answer, less what of the round trip is the network's own
   * beyond jitterMs (the fastest recent round trip): an answer as fast as the
   * fastest thus ends its place at `start + jitterMs`, a slower one later, by
   * as much as it was slower.
   */
  private anchor(e: Entry): number {
    if (e.end === null) return e.start + this.jitterMs;
    return e.end - Math.max(0, this.fastest() - this.jitterMs);
  }

  private fastest(): number {
    const m = Math.min(this.minRtt.current, this.minRtt.last);
    return Number.isFinite(m) ? m : 0;
  }

  /**
   * Telegram answered this send (or it failed) at `at`; an entry answered before keeps its first answer.
   * `reached`: false when nothing went to Telegram (nothing to render, a render error, a connection refused at
   * once) — its time is no round trip and must not become the fastest, or every later send would hold its
   * place until answered.
   */
  answer(e: Entry, at: number, reached = true): void {
    if (e.end !== null) return;
    e.end = at;
    if (!reached || !Number.isFinite(this.jitterMs)) return; // held until answered anyway
    const m = this.minRtt;
    if (at - m.since > RTT_MEMORY_MS) {
      m.last = at - m.since > 2 * RTT_MEMORY_MS ? Infinity : m.current;
      m.current = Infinity;
      m.since = at;
    }
    m.current = Math.min(m.current, at - e.start);
  }

  private prune(now: number): void {
    // Answers come back almost in order: dropping expired entries from the
    // front only is conservative (a later expired one still counts a little longer).
    while (this.entries.length && this.anchor(this.entries[0]!) + this.windowMs <= now) this.entries.shift();
  }

  /** The earliest time a new send fits (now when it fits now). */
  readyAt(now: number): number {
    this.prune(now);
    const over = this.entries.length - this.limit;
    if (over < 0) return now;
    // Once every send up to the limit-th latest is out of the window, the rest are fewer than the limit.
    // Not simply that one's end: a send answered late may hold its place past a later one's. Conservative
    // (a late one holds the window back as if it were full): that costs at most its delay, a 429 a second.
    let last = -Infinity;
    for (let i = 0; i <= over; i++) last = Math.max(last, this.anchor(this.entries[i]!));
    return last + this.windowMs;
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
  /** call when Telegram has answered (or the request failed); `reached: false` when nothing reached Telegram */
  done(reached?: boolean): void;
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
    const chat = this.chatWindow(chatId);
    const entries: Array<[Window, Entry]> = [[chat, chat.take(now)]];
    if (!paid) entries.push([this.free, this.free.take(now)]);
    if (this.total) entries.push([this.total, this.total.take(now)]);
    this.sweep(now);
    return {
      paid,
      done: (reached = true) => {
        const end = this.now();
        for (const [w, e] of entries) w.answer(e, end, reached);
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
