// A tap on a province or type (changeFilter) keeps a concurrent tap, and a tap
// that fails — the chat left with /stop meanwhile — undoes nothing but itself:
// on SQLite the adapter has one connection, so a rolled-back interactive
// transaction would also undo the writes the service made meanwhile (a
// delivery marked sent, another chat's setting). The race itself is a few milliseconds wide and was
// not caught here through changeFilter; the last-but-one test shows the mechanism.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeFilter, deleteSubscriber } from "../../src/storage/index.js";
import { freshDb, type TestDb } from "../support/db.js";

describe("changeFilter", () => {
  let tdb: TestDb;
  beforeEach(() => {
    tdb = freshDb();
  });
  afterEach(async () => {
    await tdb.cleanup();
  });

  it("a tap on a chat that has just left undoes no other write made at the same time", async () => {
    const db = tdb.db;
    const others = await Promise.all(Array.from({ length: 5 }, (_, k) => db.subscriber.create({ data: { chatId: BigInt(1 + k) } })));
    for (let round = 0; round < 40; round++) {
      const leaving = await db.subscriber.create({ data: { chatId: BigInt(100 + round) } });
      // the tap, /stop of the same chat and another chat's settings, all at once: whichever way the tap ends,
      // the other writes stay
      const tap = changeFilter(db, leaving.id, "provinces", () => ({ all: false, ids: ["diyala"] }));
      const stop = deleteSubscriber(db, leaving.id);
      const writes = others.map((o) => db.subscriber.update({ where: { id: o.id }, data: { title: `round ${round}` } }));
      const [, stopped] = await Promise.allSettled([tap, stop, ...writes]);
      expect(stopped.status).toBe("fulfilled");
      expect(await db.subscriber.findUnique({ where: { id: leaving.id } }), `round ${round}`).toBeNull();
      const titles = (await db.subscriber.findMany({ where: { id: { in: others.map((o) => o.id) } } })).map((o) => o.title);
      expect(titles, `round ${round}`).toEqual(others.map(() => `round ${round}`));
    }
  });

  it("a tap that fails undoes no other write made while it ran", async () => {
    const db = tdb.db;
    const sub = await db.subscriber.create({ data: { chatId: 5n } });
    const other = await db.subscriber.create({ data: { chatId: 6n } });
    const meanwhile: Promise<unknown>[] = [];
    const tap = changeFilter(db, sub.id, "types", () => {
      // the service writes something else while the tap is under way (here: from inside it, to be sure of
      // the moment), then the tap fails
      meanwhile.push(db.subscriber.update({ where: { id: other.id }, data: { title: "written meanwhile" } }));
      throw new Error("the tap's own failure");
    });
    await expect(tap).rejects.toThrow("the tap's own failure");
    await Promise.all(meanwhile);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: other.id } })).title).toBe("written meanwhile");
  });

  // Why SQLite takes no interactive transaction here; if this starts failing, the adapter has changed and the
  // simpler transaction PostgreSQL uses would do on SQLite too.
  it.skipIf(process.env.TEST_DB === "postgres")(
    "why: on SQLite an interactive transaction's rollback undoes a write made beside it", async () => {
      const db = tdb.db;
      const [a, b] = [await db.subscriber.create({ data: { chatId: 1n } }), await db.subscriber.create({ data: { chatId: 2n } })];
      const tx = db.$transaction(async (t) => {
        await t.subscriber.update({ where: { id: a.id }, data: { title: "in the transaction" } });
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("rolled back");
      });
      await new Promise((r) => setTimeout(r, 10));
      await db.subscriber.update({ where: { id: b.id }, data: { title: "beside it" } }); // one statement, as the sender's writes are
      await expect(tx).rejects.toThrow("rolled back");
      expect((await db.subscriber.findUniqueOrThrow({ where: { id: b.id } })).title).toBeNull();
    });

  it("two taps at once on one chat both count", async () => {
    const db = tdb.db;
    const sub = await db.subscriber.create({ data: { chatId: 7n, allProvinces: false } });
    const add = (p: string) => changeFilter(db, sub.id, "provinces", (sel) => ({ all: false, ids: [...sel.ids, p] }));
    await Promise.all([add("diyala"), add("basra"), add("erbil")]);
    const now = await db.subscriber.findUniqueOrThrow({ where: { id: sub.id }, include: { provinces: true } });
    expect(now.provinces.map((p) => p.province).sort()).toEqual(["basra", "diyala", "erbil"]);
  });
});
