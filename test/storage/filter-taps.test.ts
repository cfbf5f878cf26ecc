// A tap on a province or type (changeFilter) keeps a concurrent tap, and a tap
// that fails — the chat left with /stop meanwhile — undoes nothing but itself:
// on SQLite the adapter has one connection, so a rolled-back interactive
// transaction would also undo the writes the service made meanwhile (a
// delivery marked sent, another chat's setting). The first test fails on the interactive transaction
// (the /stop is undone every round); the second shows the adapter's behaviour behind it.
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

  it("a /stop and another chat's write made between a tap's read and its write are not undone", async () => {
    const db = tdb.db;
    for (let round = 0; round < 10; round++) {
      const leaving = await db.subscriber.create({ data: { chatId: BigInt(100 + round) } });
      const other = await db.subscriber.create({ data: { chatId: BigInt(1000 + round) } });
      const meanwhile: Promise<unknown>[] = [];
      // `change` runs between the tap's read and its write: what it starts lands while the tap is under way
      const tap = changeFilter(db, leaving.id, "provinces", () => {
        meanwhile.push(deleteSubscriber(db, leaving.id), db.subscriber.update({ where: { id: other.id }, data: { title: "meanwhile" } }));
        return { all: false, ids: ["diyala"] };
      });
      await tap.catch(() => undefined); // the tap fails: its chat is gone
      await Promise.all(meanwhile);
      expect(await db.subscriber.findUnique({ where: { id: leaving.id } }), `round ${round}: /stop undone`).toBeNull();
      expect((await db.subscriber.findUniqueOrThrow({ where: { id: other.id } })).title, `round ${round}`).toBe("meanwhile");
    }
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
