// An instance that could not renew its sender lease (the database was away)
// drops its claimed rows, lets the requests already in flight finish, and
// then gives back whatever it still holds in the database. Once the lease is
// renewed it sends again: every chat exactly once, even when a request from
// before the lapse is still on its way at that moment (its chat's rows must
// not be given back while newer claims are queued or in flight).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import type { SendingInstance } from "../../src/delivery/index.js";
import { addSubscribers, keyRenderer, makeSender, owe, receivedPerChat } from "./helpers.js";

let fake: FakeTelegram;
let tdb: TestDb;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  tdb = freshDb();
});

afterEach(async () => {
  await fake.close();
  await tdb.cleanup();
});

/**
 * A sending instance whose lease the test lets lapse and come back, steered by
 * what the sender loop saw (not by timers): `lapse()` makes it lapse; once the
 * loop has seen the lapse twice it comes back, and once the loop has seen it
 * back three times (a request from before the lapse still on its way) `back` is called.
 */
function instance(back: () => void): SendingInstance & { lapse(): void; seenBack: number } {
  let phase: "leased" | "lapsed" | "back" = "leased";
  let seenLapsed = 0;
  return {
    holder: "test-instance",
    shared: false,
    seenBack: 0,
    lapse() {
      phase = "lapsed";
    },
    begin: async () => undefined,
    mayDispatch() {
      if (phase === "lapsed") {
        if (++seenLapsed >= 2) phase = "back";
        return false;
      }
      if (phase === "back" && ++this.seenBack === 3) back();
      return true;
    },
    sharers: () => 1,
    onSharers: () => undefined,
    shareRetryAfter: () => undefined,
    onRetryAfter: () => undefined,
    end: async () => undefined,
  };
}

describe("sender lease lapse", () => {
  it("a request from before the lapse still on its way when the lease comes back: nothing is sent twice or lost", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 40);
    await owe(db, "broadcast:1", chats.slice(0, 5));
    let slow: bigint | null = null;
    let letGo!: () => void;
    const gate = new Promise<void>((r) => (letGo = r));
    let released = false;
    const inst = instance(() => letGo());
    const sender = makeSender(db, fake, {
      instance: inst,
      concurrency: 2,
      limits: { perSecond: 20, perChatPerSecond: 1000, perGroupPerMinute: 1000 },
      render: async (d) => {
        if (slow === null && d.chatId === chats[4]) {
          // the last row owed is slow; meanwhile a broadcast is queued and the lease lapses, and comes back before the row ends
          slow = d.chatId;
          await owe(db, "broadcast:2", chats.slice(5));
          inst.lapse();
          sender.wake();
          await gate;
          released = true;
        }
        return keyRenderer(d);
      },
    });
    let summary = await sender.flush();
    for (let i = 0; i < 5 && summary.sent > 0; i++) summary = await sender.flush();
    await sender.stop();
    expect(slow).not.toBeNull();
    // the path was taken: the loop saw the lease back while the slow request was still on its way
    expect(released).toBe(true);
    expect(inst.seenBack).toBeGreaterThanOrEqual(3);
    const received = receivedPerChat(fake.calls);
    expect(chats.filter((c) => !received.has(String(c)))).toEqual([]);
    expect([...received.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect(await db.delivery.count({ where: { state: "sent" } })).toBe(chats.length);
  });
});
