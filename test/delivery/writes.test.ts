// The sent recorder's write retried after a lost answer: the database
// committed it, but the answer never reached the sender (a connection cut
// after COMMIT), so the same write runs again. The row must read as sent
// once: one attempt, the first write's time and message id.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordSent, type Db } from "../../src/storage/index.js";
import { SentRecorder } from "../../src/delivery/writes.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";
import { addSubscribers, owe } from "./helpers.js";

let tdb: TestDb;

beforeEach(() => {
  tdb = freshDb();
});

afterEach(async () => {
  await tdb.cleanup();
});

/** Rows claimed ("sending"), as the sender holds them while Telegram answers. */
async function claimedRows(db: Db, n: number): Promise<number[]> {
  const chats = await addSubscribers(db, n);
  await owe(db, "alert:1", chats, { kind: "alert" });
  await db.delivery.updateMany({ data: { state: "sending", claimedAt: new Date() } });
  return (await db.delivery.findMany({ orderBy: { id: "asc" } })).map((r) => r.id);
}

/** The database as the recorder sees it: its first raw write commits, then its answer is lost. */
function losingFirstAnswer(db: Db): { db: Db; lost: () => number } {
  let lost = 0;
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key !== "$executeRaw") return Reflect.get(target, key, target);
      return async (...args: Parameters<Db["$executeRaw"]>) => {
        const done = await target.$executeRaw(...args);
        if (lost++ === 0) throw new Error("Connection terminated unexpectedly (after COMMIT)");
        return done;
      };
    },
  });
  return { db: proxy, lost: () => lost };
}

describe("recording sends", () => {
  it("recordSent run twice for the same rows counts one attempt and keeps the first write", async () => {
    const { db } = tdb;
    const ids = await claimedRows(db, 3);
    await recordSent(db, ids.map((id, i) => ({ id, messageId: 100 + i })));
    const first = await db.delivery.findMany({ orderBy: { id: "asc" } });
    await recordSent(db, ids.map((id, i) => ({ id, messageId: 100 + i })));
    const again = await db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(again.map((r) => [r.state, r.attempts, r.messageId])).toEqual([["sent", 1, 100], ["sent", 1, 101], ["sent", 1, 102]]);
    expect(again.map((r) => r.sentAt!.getTime())).toEqual(first.map((r) => r.sentAt!.getTime()));
  });

  it("SentRecorder: a group write retried after its answer was lost counts each send once", async () => {
    const ids = await claimedRows(tdb.db, 4);
    const flaky = losingFirstAnswer(tdb.db);
    let failures = 0;
    const recorder = new SentRecorder(flaky.db, silentLog, () => failures++);
    ids.forEach((id, i) => recorder.push(id, 500 + i));
    await recorder.drain();
    expect(failures).toBe(1); // the write was retried: the path under test was taken
    expect(flaky.lost()).toBe(2);
    const rows = await tdb.db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.state, r.attempts, r.messageId])).toEqual(ids.map((_, i) => ["sent", 1, 500 + i]));
  });
});

describe("SentRecorder: an answer that comes as a write ends", () => {
  it("is written too, and drain() waits for it (whatever the microtask it lands in)", async () => {
    const ids = await claimedRows(tdb.db, 10);
    for (let depth = 0; depth < 8; depth++) {
      let armed = true;
      // when the first write's answer arrives, one more send is recorded `depth` microtasks later
      const db = new Proxy(tdb.db, {
        get(target, key) {
          if (key !== "$executeRaw") return Reflect.get(target, key, target);
          return async (...args: Parameters<Db["$executeRaw"]>) => {
            const done = await target.$executeRaw(...args);
            if (armed) {
              armed = false;
              let hop = Promise.resolve();
              for (let i = 0; i < depth; i++) hop = hop.then(() => undefined);
              void hop.then(() => recorder.push(ids[depth + 1]!, 200 + depth));
            }
            return done;
          };
        },
      });
      const recorder = new SentRecorder(db, silentLog); // the proxy's callback runs only once it exists
      recorder.push(ids[0]!, 100);
      await recorder.drain();
      const row = await tdb.db.delivery.findUnique({ where: { id: ids[depth + 1]! } });
      expect([depth, row?.state]).toEqual([depth, "sent"]);
    }
  });
});

describe("SentRecorder: answers that keep arriving are grouped by time", () => {
  /** The recorder's database, counting its group writes and the rows in each. */
  function counting(db: Db): { db: Db; writes: number[] } {
    const writes: number[] = [];
    const proxy = new Proxy(db, {
      get(target, key) {
        if (key !== "$executeRaw") return Reflect.get(target, key, target);
        return async (...args: Parameters<Db["$executeRaw"]>) => {
          const done = await target.$executeRaw(...args);
          writes.push(done);
          return done;
        };
      },
    });
    return { db: proxy, writes };
  }

  /** Lets the event loop run a few turns (timers of 0 ms, I/O), as it does between two answers. */
  const turns = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
  };

  it("writes an answer after a quiet spell at once, then at most one group a window; drain() writes the rest without waiting", async () => {
    const ids = await claimedRows(tdb.db, 6);
    const c = counting(tdb.db);
    // a window far longer than the test: whatever is written before drain() was not held back by it
    const recorder = new SentRecorder(c.db, silentLog, undefined, 600_000);
    recorder.push(ids[0]!, 100);
    while (c.writes.length < 1) await turns(1);
    for (const [i, id] of ids.slice(1).entries()) {
      recorder.push(id, 101 + i); // answers one by one, each after the last write ended
      await turns(5);
    }
    expect(c.writes).toEqual([1]); // before grouping by time: [1, 1, 1, 1, 1, 1]
    await recorder.drain();
    expect(c.writes).toEqual([1, 5]);
    const rows = await tdb.db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.state, r.messageId])).toEqual(ids.map((_, i) => ["sent", 100 + i]));
  });

  it("a full batch is written without waiting for the window", async () => {
    const ids = await claimedRows(tdb.db, 501);
    const c = counting(tdb.db);
    const recorder = new SentRecorder(c.db, silentLog, undefined, 600_000);
    recorder.push(ids[0]!, 1);
    while (c.writes.length < 1) await turns(1);
    for (const id of ids.slice(1)) recorder.push(id, 2);
    while (c.writes.length < 2) await turns(1); // would hang (the test time out) if the batch waited the window
    expect(c.writes).toEqual([1, 500]);
    await recorder.drain();
  });
});
