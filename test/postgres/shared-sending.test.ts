// Several senders on one PostgreSQL outbox (delivery/instances.ts): claims
// with FOR UPDATE SKIP LOCKED never overlap, a chat's next message waits for
// the one in flight, a dead instance's claims come back only once its lease
// has expired, and three senders together stay within Telegram's limits as
// the fake Bot API measures them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { busiestSecond, FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, pgUrl, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";
import { createDb, type Db } from "../../src/storage/client.js";
import { claimDeliveries, reclaimAbandoned, senderLeaseName } from "../../src/storage/index.js";
import { sharedInstance } from "../../src/delivery/instances.js";
import { addSubscribers, keyRenderer, makeSender, owe, receivedPerChat } from "../delivery/helpers.js";

const hasPg = pgUrl() !== "";
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the shared-sending tests");

describe.skipIf(!hasPg)("several senders on one PostgreSQL outbox", () => {
  let t: TestDb;
  const extra: Db[] = [];
  beforeEach(() => {
    t = freshDb("postgres");
  });
  afterEach(async () => {
    for (const db of extra.splice(0)) await db.$disconnect();
    await t.cleanup();
  });
  const client = () => {
    const db = createDb(t.url, { poolSize: 3 });
    extra.push(db);
    return db;
  };

  it("claims made at the same moment by several clients never overlap; a chat's second row waits for its first", async () => {
    const chats = await addSubscribers(t.db, 120);
    await owe(t.db, "first", chats);
    await owe(t.db, "second", chats);
    const dbs = [t.db, client(), client(), client()];
    const claims = await Promise.all(dbs.flatMap((db, k) => [0, 1].map((i) => claimDeliveries(db, 25, { holder: `h${k}.${i}`, shared: true }))));
    const ids = claims.flat().map((d) => d.id);
    expect(ids.length).toBe(120); // every chat's first row, none of the second ones
    expect(new Set(ids).size).toBe(ids.length);
    expect(claims.flat().every((d) => d.key === "first")).toBe(true);
    // while the first rows are "sending", nothing of those chats can be claimed
    expect(await claimDeliveries(t.db, 500, { holder: "late", shared: true })).toEqual([]);
  });

  it("a claim comes back when its instance's lease has expired, not while it is alive", async () => {
    const chats = await addSubscribers(t.db, 20);
    await owe(t.db, "k", chats);
    const now = new Date();
    await t.db.lease.create({ data: { name: senderLeaseName("alive"), holder: "alive", expiresAt: new Date(now.getTime() + 10_000) } });
    await t.db.lease.create({ data: { name: senderLeaseName("dead"), holder: "dead", expiresAt: new Date(now.getTime() - 1) } });
    const a = await claimDeliveries(t.db, 10, { holder: "alive", shared: true });
    const d = await claimDeliveries(t.db, 10, { holder: "dead", shared: true });
    expect(a).toHaveLength(10);
    expect(d).toHaveLength(10);
    expect(await reclaimAbandoned(t.db, 5000)).toBe(10);
    const rows = await t.db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(rows.filter((r) => r.state === "sending").map((r) => r.claimedBy)).toEqual(Array(10).fill("alive"));
    expect(rows.filter((r) => r.state === "pending").map((r) => r.id).sort()).toEqual(d.map((r) => r.id).sort());
  });

  it("three senders all send: each chat gets each message once, in order, and together they stay within the limit", async () => {
    const fake = await FakeTelegram.start();
    try {
      const RATE = 60;
      fake.enforceLimits({ perSecondTotal: RATE, perSecondPerChat: 1, perMinutePerGroup: 20 });
      const chats = await addSubscribers(t.db, 150, { groups: 15 });
      await owe(t.db, "a", chats);
      await owe(t.db, "b", chats);
      const senders = [t.db, client(), client()].map((db, k) =>
        makeSender(db, fake, {
          // the fake shares this process's event loop with the three senders: a send may be counted there
          // well after it left, so each keeps its place in the windows longer than over a real network
          limits: { perSecond: RATE, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 250 },
          instance: sharedInstance(db, silentLog, { ttlMs: 6000, holder: `i${k}` }),
        }));
      for (const s of senders) s.start(200);
      const until = Date.now() + 60_000;
      while ((await t.db.delivery.count({ where: { state: "sent" } })) < 2 * chats.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      await Promise.all(senders.map((s) => s.stop()));

      const sends = fake.calls.filter((c) => c.method === "sendMessage" && (c as { result?: unknown }).result);
      const byChat = new Map<string, string[]>();
      for (const c of sends) byChat.set(String(c.params.chat_id), [...(byChat.get(String(c.params.chat_id)) ?? []), String(c.params.text).split(" ")[0]!]);
      const wrong = chats.filter((c) => JSON.stringify(byChat.get(String(c))) !== '["a","b"]');
      if (wrong.length) console.log(wrong.map((c) => `${c}: ${JSON.stringify(byChat.get(String(c)))} ${JSON.stringify(fake.calls.filter((x) => String(x.params.chat_id) === String(c)).map((x) => [x.at, (x as any).result ? "ok" : "err", x.params.text]))}`).join("\n"), fake.rateLimitedBy);
      expect(wrong).toEqual([]);
      const by = await t.db.delivery.groupBy({ by: ["claimedBy"], where: { state: "sent" }, _count: { _all: true } });
      const perInstance = Object.fromEntries(by.map((g) => [g.claimedBy, g._count._all]));
      const times = sends.map((c) => c.at).sort((x, y) => x - y);
      const busiest = busiestSecond(times);
      console.log(
        `3 senders, limit ${RATE}/s, ${sends.length} messages: busiest second at the fake ${busiest}, ` +
          `mean ${((sends.length - 1) / ((times.at(-1)! - times[0]!) / 1000)).toFixed(1)}/s, 429s ${fake.rateLimited} ${JSON.stringify(fake.rateLimitedBy)}, per instance ${JSON.stringify(perInstance)}`,
      );
      expect(Object.keys(perInstance).sort()).toEqual(["i0", "i1", "i2"]);
      // What the fake accepted never exceeded the limit in any sliding second. Unshared, each sender would
      // take the whole 60/s (about three times the limit, a 429 for most sends beyond it); on a machine so
      // loaded that this process's event loop (three senders and the fake) stalls past the 250 ms the
      // windows allow, a few sends are counted late and answered 429, then sent again once.
      expect(busiest).toBeLessThanOrEqual(RATE);
      expect(fake.rateLimited).toBeLessThan(RATE / 4);
    } finally {
      await fake.close();
    }
  }, 90_000);

  it("a 429 met by one instance makes the others wait too: its retry_after is shared through the database", async () => {
    const fake = await FakeTelegram.start();
    try {
      const chats = await addSubscribers(t.db, 60);
      await owe(t.db, "a", chats);
      fake.inject(Number(chats[15]), { kind: "429", retryAfter: 3 });
      // when each instance heard of the wait (through the database: the other one has no other way to), and
      // when each one started a send (its renderer runs right after a place in the rate window was taken)
      const heard: Array<{ at: number; until: number } | undefined> = [undefined, undefined];
      const started: number[][] = [[], []];
      const senders = [t.db, client()].map((db, k) => {
        const inst = sharedInstance(db, silentLog, { ttlMs: 6000, refreshMs: 200, holder: `r${k}` });
        return makeSender(db, fake, {
          limits: { perSecond: 20, perChatPerSecond: 1000, perGroupPerMinute: 1000 },
          instance: { ...inst, onRetryAfter: (fn) => inst.onRetryAfter((ms) => {
            heard[k] ??= { at: Date.now(), until: Date.now() + ms };
            fn(ms);
          }) },
          render: async (d) => {
            started[k]!.push(Date.now());
            return keyRenderer(d);
          },
        });
      });
      for (const s of senders) s.start(200);
      const until = Date.now() + 60_000;
      while ((await t.db.delivery.count({ where: { state: "sent" } })) < chats.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      await Promise.all(senders.map((s) => s.stop()));

      expect(fake.callsOf("sendMessage").some((c) => !(c as { result?: unknown }).result), "the 429 was answered").toBe(true);
      // both heard of it, and neither started a send between hearing and the end of the wait
      expect(heard.every((h) => h !== undefined)).toBe(true);
      for (const k of [0, 1]) expect(started[k]!.filter((at) => at >= heard[k]!.at && at < heard[k]!.until - 50)).toEqual([]);
      const received = receivedPerChat(fake.calls);
      expect(chats.filter((c) => received.get(String(c)) !== 1)).toEqual([]);
      const by = await t.db.delivery.groupBy({ by: ["claimedBy"], where: { state: "sent" }, _count: { _all: true } });
      expect(by.map((g) => g.claimedBy).sort()).toEqual(["r0", "r1"]);
    } finally {
      await fake.close();
    }
  }, 90_000);
});
