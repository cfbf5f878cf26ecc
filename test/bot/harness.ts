// A subscriber's-eye view of the bot: grammY long-polling the fake Bot API,
// a real SQLite file, and the real outbox (enqueue + Sender) for alerts.
// `send` and `press` return once the bot has finished handling the update.
import type { Bot } from "grammy";
import { createI18n } from "../../src/i18n.js";
import { createRenderer } from "../../src/alerts/index.js";
import { enqueuePendingIncidents, Sender } from "../../src/delivery/index.js";
import { createBot, type BotContext } from "../../src/bot/index.js";
import type { RateLimit } from "../../src/bot/rate-limit.js";
import type { Config } from "../../src/config.js";
import type { Incident } from "../../src/generated/prisma/client.js";
import { FakeTelegram, type ApiCall } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";

export class BotHarness {
  private pushed = 0;
  private handled = 0;
  private waiters: Array<() => void> = [];

  private constructor(
    readonly fake: FakeTelegram,
    readonly tdb: TestDb,
    readonly config: Config,
    readonly bot: Bot<BotContext>,
    readonly sender: Sender,
  ) {}

  static async start(opts: { rateLimit?: RateLimit; env?: Record<string, string> } = {}): Promise<BotHarness> {
    const fake = await FakeTelegram.start();
    const tdb = freshDb();
    const config = testConfig(tdb.dir, tdb.url, [], { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...opts.env });
    const bot = createBot({ config, db: tdb.db, log: silentLog }, { rateLimit: opts.rateLimit ?? { max: 1000, windowMs: 1000 } });
    const sender = new Sender({ db: tdb.db, api: bot.api, log: silentLog, render: createRenderer(tdb.db, createI18n(), config.TZ, { mapPage: { publicUrl: config.PUBLIC_URL, publicMap: config.PUBLIC_MAP } }) });
    const h = new BotHarness(fake, tdb, config, bot, sender);
    // Count handled updates so that a test can wait for the bot to settle.
    const handle = bot.handleUpdate.bind(bot);
    bot.handleUpdate = async (update, webhook) => {
      try {
        return await handle(update, webhook);
      } finally {
        h.handled++;
        for (const w of h.waiters.splice(0)) w();
      }
    };
    await bot.init();
    bot.start().catch(() => undefined); // stop() aborts a pending retry
    return h;
  }

  get db() {
    return this.tdb.db;
  }

  private async settle(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.handled < this.pushed) {
      if (Date.now() > deadline) throw new Error(`bot handled ${this.handled} of ${this.pushed} updates`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  private mark(): number {
    this.pushed++;
    return this.fake.calls.length;
  }

  /** A user sends a text; returns the bot's calls made while handling it. */
  async send(chatId: number, text: string, opts: Parameters<FakeTelegram["sendText"]>[2] = {}): Promise<ApiCall[]> {
    const from = this.mark();
    this.fake.sendText(chatId, text, opts);
    await this.settle();
    return this.fake.calls.slice(from);
  }

  /** The bot's reply texts to one message. */
  async replies(chatId: number, text: string, opts: Parameters<FakeTelegram["sendText"]>[2] = {}): Promise<string[]> {
    const calls = await this.send(chatId, text, opts);
    return calls.filter((c) => c.method === "sendMessage").map((c) => String(c.params.text));
  }

  /** A user presses a button; returns the bot's calls made while handling it. */
  async press(chatId: number, data: string, opts: Parameters<FakeTelegram["pressButton"]>[2] = {}): Promise<ApiCall[]> {
    const from = this.mark();
    this.fake.pressButton(chatId, data, opts);
    await this.settle();
    return this.fake.calls.slice(from);
  }

  async pushUpdate(update: Record<string, unknown>): Promise<ApiCall[]> {
    const from = this.mark();
    this.fake.pushUpdate(update);
    await this.settle();
    return this.fake.calls.slice(from);
  }

  async chatMemberUpdate(...args: Parameters<FakeTelegram["chatMemberUpdate"]>): Promise<ApiCall[]> {
    const from = this.mark();
    this.fake.chatMemberUpdate(...args);
    await this.settle();
    return this.fake.calls.slice(from);
  }

  /** What the real pipeline sends after an incident was stored: enqueue, then flush the outbox. */
  async deliver(now = new Date()): Promise<ApiCall[]> {
    const from = this.fake.calls.length;
    await enqueuePendingIncidents(this.db, now, { timeZone: this.config.TZ });
    // The sender paces each chat (about one message a second): rows it put
    // back for a moment are sent by the next flush, as the service loop would.
    for (let i = 0; i < 30; i++) {
      await this.sender.flush();
      const next = await this.db.delivery.findFirst({ where: { state: "pending" }, orderBy: { notBefore: "asc" } });
      if (!next) break;
      await new Promise((r) => setTimeout(r, Math.max(10, Math.min(500, next.notBefore.getTime() - Date.now()))));
    }
    return this.fake.calls.slice(from).filter((c) => c.method === "sendMessage");
  }

  async close(): Promise<void> {
    await this.bot.stop();
    await this.fake.close();
    await this.tdb.cleanup();
  }
}

let seq = 0;
/** Stores an incident as the incidents stage would (without the NLP). */
export function addIncident(db: TestDb["db"], f: Partial<Incident> & { type: string; province: string }): Promise<Incident> {
  seq++;
  return db.incident.create({
    data: {
      type: f.type,
      province: f.province,
      provinces: JSON.stringify([f.province]),
      place: f.place ?? null,
      placeId: f.placeId ?? null,
      district: f.district ?? null,
      killed: f.killed ?? null,
      injured: f.injured ?? null,
      headline: f.headline ?? `حادث ${seq}`,
      summary: f.summary ?? `ملخص الحادث ${seq}`,
      fingerprint: f.fingerprint ?? "",
      occurredAt: f.occurredAt ?? new Date(),
      ...(f.firstSeenAt ? { firstSeenAt: f.firstSeenAt } : {}),
    },
  });
}

export const textOf = (c: ApiCall | undefined): string => String(c?.params.text ?? "");
