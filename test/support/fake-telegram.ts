// A fake Telegram Bot API on 127.0.0.1. grammY reaches it through
// TELEGRAM_API_ROOT (client.apiRoot). The test feeds getUpdates with user
// messages and button presses, reads back every call the bot made, and can
// inject faults per chat or enforce Telegram's rate limits.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  params: Record<string, any>;
  at: number;
}

export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "403"; description?: string }
  | { kind: "400-chat-not-found" }
  | { kind: "400-migrate"; migrateTo: number }
  | { kind: "500" }
  | { kind: "400"; description: string }
  /** the connection is closed without an answer (a network error) */
  | { kind: "drop" };

export interface RateLimits {
  /** free messages per second, all chats together */
  perSecondTotal: number;
  perSecondPerChat: number;
  perMinutePerGroup: number;
  /** all messages per second when sent with allow_paid_broadcast (default 1000) */
  perSecondPaid?: number;
}

/** A channel the bot can be asked about: getChat by id or @username, and the bot's own getChatMember in it. */
export interface FakeChannel {
  id: number;
  username?: string;
  title: string;
  /** the bot's status in the channel */
  botStatus: "administrator" | "member" | "left" | "kicked";
  /** for an administrator: may it post messages (default true) */
  canPost?: boolean;
}

const BOT_ID = 123456;

const SEND_METHODS = new Set([
  "sendMessage", "sendLocation", "sendVenue", "sendPhoto", "sendDocument", "copyMessage", "forwardMessage",
]);

/** The most sends within any 1000 ms (arrival times in ms, sorted): what Telegram's per-second limit judges. */
export function busiestSecond(times: readonly number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

export class FakeTelegram {
  readonly token = "123456:TEST-token-for-the-fake-bot-api-xyz";
  readonly calls: ApiCall[] = [];
  /** chats that answer every send with 403 (blocked) */
  readonly blocked = new Set<number>();
  /** groups upgraded to a supergroup: every send answers 400 with migrate_to_chat_id */
  readonly migrated = new Map<number, number>();
  private server: Server;
  private updates: any[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private waiters: Array<() => void> = [];
  private faults = new Map<number, Fault[]>();
  private limits: RateLimits | null = null;
  private sendTimes: number[] = [];
  private allSendTimes: number[] = [];
  private chatSendTimes = new Map<number, number[]>();
  /** number of 429s answered because a rate limit was exceeded */
  rateLimited = 0;
  /** the same, by the limit that was exceeded */
  readonly rateLimitedBy = { paid: 0, total: 0, chat: 0, group: 0 };
  /** sends accepted with allow_paid_broadcast */
  paidSends = 0;
  /** added to every answer, like a network round trip (ms) */
  latencyMs = 0;
  /** called with every call once Telegram has decided its answer, before the answer leaves */
  beforeAnswer: ((call: ApiCall) => void) | null = null;
  private callListeners: Array<(c: ApiCall) => void> = [];
  private chatMembers = new Map<string, string>();
  private channels = new Map<number, FakeChannel>();
  webhook: { url: string; secret?: string } | null = null;
  /** when each getUpdates arrived (ms): long polling, whoever calls it */
  readonly getUpdatesAt: number[] = [];
  /** getUpdates requests ended by another one while still waiting (Telegram: 409, one long poll per bot) */
  conflicts = 0;
  private polling: { socket: import("node:net").Socket; terminate(): void } | null = null;
  /** while set, every send waits for it before it is answered (a test holding Telegram's answers) */
  hold: Promise<void> | null = null;

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<FakeTelegram> {
    const fake = new FakeTelegram();
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get apiRoot(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    for (const w of this.waiters.splice(0)) w();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- what the test does -------------------------------------------------

  /** A user writes a message (or a command) in a chat. */
  sendText(chatId: number, text: string, opts: { fromId?: number; languageCode?: string; chatType?: string; threadId?: number } = {}): void {
    const fromId = opts.fromId ?? chatId;
    const entities = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    this.pushUpdate({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat(chatId, opts.chatType),
        from: { id: fromId, is_bot: false, first_name: "User", language_code: opts.languageCode ?? "ar" },
        text,
        ...(entities ? { entities } : {}),
        ...(opts.threadId ? { message_thread_id: opts.threadId, is_topic_message: true } : {}),
      },
    });
  }

  /** A user presses an inline button with this callback data under a bot message. */
  pressButton(chatId: number, data: string, opts: { fromId?: number; messageId?: number; languageCode?: string; chatType?: string } = {}): string {
    const id = String(this.nextUpdateId * 7919);
    this.pushUpdate({
      callback_query: {
        id,
        chat_instance: String(chatId),
        from: { id: opts.fromId ?? chatId, is_bot: false, first_name: "User", language_code: opts.languageCode ?? "ar" },
        data,
        message: {
          message_id: opts.messageId ?? this.lastMessageTo(chatId)?.result.message_id ?? 1,
          date: Math.floor(Date.now() / 1000),
          chat: this.chat(chatId, opts.chatType),
          text: "menu",
        },
      },
    });
    return id;
  }

  /** The bot's status in a chat changes (blocked, kicked, re-added). */
  chatMemberUpdate(chatId: number, newStatus: "member" | "kicked" | "left" | "administrator", opts: { chatType?: string; fromId?: number } = {}): void {
    const bot = { id: 123456, is_bot: true, first_name: "Alerts" };
    this.pushUpdate({
      my_chat_member: {
        chat: this.chat(chatId, opts.chatType),
        from: { id: opts.fromId ?? chatId, is_bot: false, first_name: "User" },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: bot, status: newStatus === "member" ? "kicked" : "member" },
        new_chat_member: { user: bot, status: newStatus },
      },
    });
  }

  /** Sets what getChatMember answers for a user in a group (default: member). */
  setMemberStatus(chatId: number, userId: number, status: "creator" | "administrator" | "member"): void {
    this.chatMembers.set(`${chatId}:${userId}`, status);
  }

  /** Declares a channel (see FakeChannel); getChat of any other chat answers 400 "chat not found". */
  addChannel(channel: FakeChannel): void {
    this.channels.set(channel.id, channel);
  }

  /**
   * Posts the pending updates, in order, to a webhook as Telegram does (the test plays the load balancer
   * and picks the instance: `url`), with the secret header. An update answered with anything but 200 (or
   * not answered) stays pending and is posted again every `retryMs`, as Telegram retries, until `timeoutMs`.
   */
  async postUpdates(url: string, secret: string, o: { timeoutMs?: number; retryMs?: number } = {}): Promise<void> {
    const until = Date.now() + (o.timeoutMs ?? 30_000);
    while (this.updates.length) {
      const update = this.updates[0];
      const status = await fetch(url, {
        method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: JSON.stringify(update),
      }).then(async (r) => (await r.arrayBuffer(), r.status), () => 0);
      if (status === 200) {
        this.updates.shift();
        continue;
      }
      if (Date.now() > until) throw new Error(`the webhook at ${url} did not take update ${update.update_id} (last status ${status || "no answer"})`);
      await new Promise((r) => setTimeout(r, o.retryMs ?? 200));
    }
  }

  pushUpdate(update: Record<string, unknown>): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...update });
    for (const w of this.waiters.splice(0)) w();
  }

  /** The next `times` sends to this chat fail with `fault`. */
  inject(chatId: number, fault: Fault, times = 1): void {
    const list = this.faults.get(chatId) ?? [];
    for (let i = 0; i < times; i++) list.push(fault);
    this.faults.set(chatId, list);
  }

  /** Answer 429 like Telegram when sends exceed these limits (null = no limits). */
  enforceLimits(limits: RateLimits | null): void {
    this.limits = limits;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages the bot sent to one chat (sendMessage), in order. */
  messagesTo(chatId: number | bigint): ApiCall[] {
    return this.calls.filter((c) => c.method === "sendMessage" && String(c.params.chat_id) === String(chatId));
  }

  /** Resolves when a call matching `pred` has been recorded (looking at past calls too). */
  waitForCall(pred: (c: ApiCall) => boolean, timeoutMs = 5000): Promise<ApiCall> {
    const found = this.calls.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.callListeners = this.callListeners.filter((l) => l !== listener);
        reject(new Error(`no matching Bot API call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(", ")}`));
      }, timeoutMs);
      const listener = (c: ApiCall) => {
        if (!pred(c)) return;
        clearTimeout(timer);
        this.callListeners = this.callListeners.filter((l) => l !== listener);
        resolve(c);
      };
      this.callListeners.push(listener);
    });
  }

  /** Waits for the bot's next sendMessage to this chat after the calls seen so far. */
  nextMessageTo(chatId: number, timeoutMs = 5000): Promise<ApiCall> {
    const seen = this.calls.length;
    return this.waitForCall(
      (c) => this.calls.indexOf(c) >= seen && c.method === "sendMessage" && String(c.params.chat_id) === String(chatId),
      timeoutMs,
    );
  }

  // ---- the server -----------------------------------------------------------

  private chat(chatId: number, type?: string) {
    const channel = this.channels.get(chatId);
    if (channel && !type) return this.channelChat(channel);
    const t = type ?? (chatId < 0 ? "supergroup" : "private");
    return t === "private" ? { id: chatId, type: t, first_name: "User" } : { id: chatId, type: t, title: "Group" };
  }

  private channelChat(c: FakeChannel) {
    return { id: c.id, type: "channel", title: c.title, ...(c.username ? { username: c.username } : {}) };
  }

  /** A channel by numeric id or "@username". */
  private findChannel(ref: unknown): FakeChannel | undefined {
    if (typeof ref === "string" && ref.startsWith("@")) {
      const name = ref.slice(1).toLowerCase();
      return [...this.channels.values()].find((c) => c.username?.toLowerCase() === name);
    }
    return this.channels.get(Number(ref));
  }

  private lastMessageTo(chatId: number): any {
    const results = this.calls.filter((c) => String(c.params.chat_id) === String(chatId) && (c as any).result);
    return results.at(-1) as any;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
    const body = await readBody(req);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    let params: Record<string, any> = {};
    if (body.length) {
      const type = req.headers["content-type"] ?? "";
      params = type.includes("json") ? JSON.parse(body.toString("utf8")) : { ...multipartFields(body, type), _raw: body.length };
    }
    const call: ApiCall = { method, params, at: Date.now() };
    if (method !== "getUpdates") this.calls.push(call);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.hold && (SEND_METHODS.has(method) || method === "editMessageText")) await this.hold;
    const answer = method === "getUpdates" ? await this.longPoll(params, req.socket) : await this.answer(method, params);
    if (answer === DROP) {
      (call as any).error = { dropped: true };
      req.socket.destroy();
      return;
    }
    if (answer.ok) (call as any).result = answer.result;
    else (call as any).error = answer;
    this.beforeAnswer?.(call);
    if (method !== "getUpdates") for (const l of [...this.callListeners]) l(call);
    reply(res, answer.ok ? 200 : answer.error_code, answer);
  }

  private async answer(method: string, p: Record<string, any>): Promise<any> {
    const chatId = Number(p.chat_id);
    if (SEND_METHODS.has(method) || method === "editMessageText") {
      const parsed = p.parse_mode === "HTML" ? parseHtml(String(p.text ?? p.caption ?? "")) : null;
      if (parsed && "error" in parsed) return faultAnswer({ kind: "400", description: `can't parse entities: ${parsed.error}` });
      const fault = this.faults.get(chatId)?.shift();
      if (fault?.kind === "drop") return DROP;
      if (fault) return faultAnswer(fault);
      if (this.blocked.has(chatId)) return faultAnswer({ kind: "403" });
      const migrateTo = this.migrated.get(chatId);
      if (migrateTo !== undefined) return faultAnswer({ kind: "400-migrate", migrateTo });
      if (SEND_METHODS.has(method) || method === "editMessageText") {
        const limited = this.checkLimits(chatId, p.allow_paid_broadcast === true);
        if (limited) return limited;
      }
    }
    switch (method) {
      case "getMe":
        return ok({ id: 123456, is_bot: true, first_name: "Alerts", username: "iraq_alerts_test_bot", can_join_groups: true });
      case "sendMessage":
      case "sendLocation":
      case "sendVenue":
      case "sendPhoto":
        return ok({
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: this.chat(chatId),
          ...(p.text !== undefined ? { text: p.text } : {}),
        });
      case "editMessageText":
        return ok({ message_id: Number(p.message_id), date: Math.floor(Date.now() / 1000), chat: this.chat(chatId), text: p.text });
      case "getChat": {
        const channel = this.findChannel(p.chat_id);
        if (!channel) return faultAnswer({ kind: "400-chat-not-found" });
        return ok({ ...this.channelChat(channel), accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {} });
      }
      case "getChatMember": {
        const channel = this.findChannel(p.chat_id);
        if (channel && Number(p.user_id) === BOT_ID) {
          const user = { id: BOT_ID, is_bot: true, first_name: "Alerts", username: "iraq_alerts_test_bot" };
          if (channel.botStatus !== "administrator") return ok({ status: channel.botStatus, user });
          return ok({
            status: "administrator", user, can_be_edited: false, is_anonymous: false, can_manage_chat: true,
            can_delete_messages: false, can_manage_video_chats: false, can_restrict_members: false, can_promote_members: false,
            can_change_info: false, can_invite_users: false, can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
            can_post_messages: channel.canPost ?? true, can_edit_messages: channel.canPost ?? true,
          });
        }
        if (channel) return faultAnswer({ kind: "400", description: "chat not found" });
        return ok({ status: this.chatMembers.get(`${chatId}:${p.user_id}`) ?? "member", user: { id: Number(p.user_id), is_bot: false, first_name: "User" } });
      }
      case "setWebhook":
        this.webhook = { url: p.url, secret: p.secret_token };
        return ok(true);
      case "deleteWebhook":
        this.webhook = null;
        return ok(true);
      case "getWebhookInfo":
        return ok({ url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: 0 });
      default:
        return ok(true);
    }
  }

  /** Sliding windows like Telegram's: counted at arrival; an exceeded one answers 429 with the wait until it frees. */
  private checkLimits(chatId: number, paid: boolean): any {
    if (!this.limits) return null;
    const now = Date.now();
    this.sendTimes = this.sendTimes.filter((t) => now - t < 1000);
    this.allSendTimes = this.allSendTimes.filter((t) => now - t < 1000);
    const chatTimes = (this.chatSendTimes.get(chatId) ?? []).filter((t) => now - t < 60_000);
    const lastSecond = chatTimes.filter((t) => now - t < 1000);
    const waits: number[] = [];
    const over = (which: keyof FakeTelegram["rateLimitedBy"], times: number[], limit: number, windowMs: number) => {
      if (times.length < limit) return;
      waits.push(times[times.length - limit]! + windowMs - now);
      this.rateLimitedBy[which]++;
    };
    over("paid", this.allSendTimes, this.limits.perSecondPaid ?? 1000, 1000);
    if (!paid) over("total", this.sendTimes, this.limits.perSecondTotal, 1000);
    if (chatId > 0) over("chat", lastSecond, this.limits.perSecondPerChat, 1000);
    else over("group", chatTimes, this.limits.perMinutePerGroup, 60_000);
    if (waits.length) {
      this.rateLimited++;
      return faultAnswer({ kind: "429", retryAfter: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) });
    }
    if (paid) this.paidSends++;
    else this.sendTimes.push(now);
    this.allSendTimes.push(now);
    chatTimes.push(now);
    this.chatSendTimes.set(chatId, chatTimes);
    return null;
  }

  /**
   * getUpdates as Telegram answers it: 409 while a webhook is set; a second long poll ends the one still
   * waiting with 409 (a poll whose caller is gone, killed, does not count: its socket is closed).
   */
  private async longPoll(p: Record<string, any>, socket: import("node:net").Socket): Promise<any> {
    this.getUpdatesAt.push(Date.now());
    if (this.webhook) return conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(p.offset ?? 0);
    const timeoutSec = Number(p.timeout ?? 0);
    const previous = this.polling;
    if (previous && !previous.socket.destroyed) {
      this.conflicts++;
      previous.terminate();
    }
    let terminated = false;
    let wake = () => undefined as void;
    const me = { socket, terminate: () => ((terminated = true), wake()) };
    this.polling = me;
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    if (this.updates.length === 0 && timeoutSec > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(timeoutSec, 1) * 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiters.push(wake);
      });
    }
    if (this.polling === me) this.polling = null;
    if (terminated) return conflict("terminated by other getUpdates request; make sure that only one bot instance is running");
    return ok(this.updates.slice(0, 100));
  }
}

const DROP = Symbol("drop");

/** The tags Telegram's HTML parse mode knows (https://core.telegram.org/bots/api#html-style). */
const HTML_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"]);
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/**
 * Telegram's HTML parse mode as its parser reads it: every `<` must start a known tag and tags
 * must nest and close; `&name;` and `&#n;` are decoded, a lone `&` or `>` is kept as it is.
 * Returns what a reader sees (tags dropped, entities decoded), or the refusal's reason.
 */
export function parseHtml(text: string): { text: string } | { error: string } {
  const open: string[] = [];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "&") {
      const m = /^&(?:([a-z]+)|#(\d+)|#x([\da-f]+));/i.exec(text.slice(i, i + 12));
      const decoded = m && (m[1] ? ENTITIES[m[1].toLowerCase()] : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16)));
      if (m && decoded !== undefined) {
        out += decoded;
        i += m[0].length - 1;
      } else out += c;
    } else if (c === "<") {
      const m = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<]*")?)*)\s*>/i.exec(text.slice(i));
      if (!m || !HTML_TAGS.has(m[2]!.toLowerCase())) return { error: `unsupported start tag at byte offset ${i}` };
      const tag = m[2]!.toLowerCase();
      if (m[1]) {
        if (open.pop() !== tag) return { error: `unmatched end tag "${tag}" at byte offset ${i}` };
      } else open.push(tag);
      i += m[0].length - 1;
    } else out += c;
  }
  return open.length ? { error: `can't find end tag corresponding to start tag "${open.at(-1)}"` } : { text: out };
}

function conflict(why: string) {
  return { ok: false, error_code: 409, description: `Conflict: ${why}` };
}

function ok(result: unknown) {
  return { ok: true, result };
}

function faultAnswer(f: Fault): any {
  switch (f.kind) {
    case "429":
      return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${f.retryAfter}`, parameters: { retry_after: f.retryAfter } };
    case "403":
      return { ok: false, error_code: 403, description: f.description ?? "Forbidden: bot was blocked by the user" };
    case "400-chat-not-found":
      return { ok: false, error_code: 400, description: "Bad Request: chat not found" };
    case "400-migrate":
      return { ok: false, error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: f.migrateTo } };
    case "500":
      return { ok: false, error_code: 500, description: "Internal Server Error" };
    case "400":
      return { ok: false, error_code: 400, description: `Bad Request: ${f.description}` };
    case "drop":
      return { ok: false, error_code: 502, description: "Bad Gateway" };
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The plain fields of a multipart upload (chat_id, caption…; files left out), as Telegram reads them. */
function multipartFields(body: Buffer, type: string): Record<string, string> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (!boundary) return {};
  const fields: Record<string, string> = {};
  for (const part of body.toString("latin1").split(`--${boundary[1] ?? boundary[2]}`)) {
    const head = part.indexOf("\r\n\r\n");
    if (head < 0) continue;
    const disposition = part.slice(0, head);
    const name = /name="([^"]*)"/.exec(disposition)?.[1];
    if (!name || /filename=/.test(disposition)) continue;
    fields[name] = Buffer.from(part.slice(head + 4).replace(/\r\n$/, ""), "latin1").toString("utf8");
  }
  return fields;
}
