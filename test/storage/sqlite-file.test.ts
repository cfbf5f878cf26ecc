// The SQLite file shared by the running service and a second process on the same
// machine (`npm start` again, `--once`, `npm run db:migrate`): the journal the
// service writes it with, and a migration step that copes with it being open.
import { afterEach, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createMigrated, migrate } from "../../src/storage/index.js";
import { freshDb, type TestDb } from "../support/db.js";

const LAST = "20261203170000_delivery_claim_order";
const opened: TestDb[] = [];
const open = (): TestDb => {
  const t = freshDb("sqlite");
  opened.push(t);
  return t;
};
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

/** Takes the last migration back out (its index and its bookkeeping row): it is pending again. */
async function unapplyLast(t: TestDb): Promise<void> {
  await t.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${LAST}'`);
  await t.db.$executeRawUnsafe(`DROP INDEX "Delivery_state_priority_notBefore_id_idx"`);
  await t.db.$executeRawUnsafe(`CREATE INDEX "Delivery_state_priority_notBefore_idx" ON "Delivery"("state", "priority", "notBefore")`);
}

const indexes = async (t: TestDb): Promise<string[]> =>
  (await t.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'Delivery_state_priority%'`)).map((r) => r.name);

it("writes the file in WAL mode, each commit synced to disk (synchronous FULL)", async () => {
  const t = open();
  expect(await t.db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  expect(Number((await t.db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous"))[0]!.synchronous)).toBe(2);
});

it("a second process's migrate step beside the running service finds nothing to do and the service goes on writing", async () => {
  const t = open();
  await t.db.source.create({ data: { name: "مصدر", url: "https://example.iq/feed" } }); // the service has written through WAL
  await migrate(t.url); // `npm start` / `--once` / `db:migrate` of a second process: up to date
  // and the service goes on writing
  await t.db.source.update({ where: { url: "https://example.iq/feed" }, data: { name: "مصدر ١" } });
  expect(await t.db.source.count()).toBe(1);
}, 60_000);

it("applies a pending migration to a WAL file no one else has open, and says why it cannot while the service runs", async () => {
  const t = open();
  await unapplyLast(t);
  // the service still has the file open: one clear line, the file untouched
  await expect(migrate(t.url)).rejects.toThrow(/1 migration\(s\) to apply \(20261203170000_delivery_claim_order\) and the file is in use by another process \(a running service\?\): stop it, then start again/);
  expect(await indexes(t)).toEqual(["Delivery_state_priority_notBefore_idx"]);
  // stopped: the migration is applied
  await t.db.$disconnect();
  await migrate(t.url);
  expect(await indexes(t)).toEqual(["Delivery_state_priority_notBefore_id_idx"]);
  expect(await t.db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
}, 120_000);

/** The migrations a file records as applied. */
function appliedIn(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

it("a new scratch file (npm run replay) is a copy of a template migrated once, migrated again when a migration is missing from it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "migrated-"));
  try {
    const committed = readdirSync(new URL("../../prisma/migrations/", import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const cache = join(dir, "cache");
    const template = join(cache, "migrated.db");
    await createMigrated(join(dir, "a.db"), cache);
    expect(appliedIn(join(dir, "a.db"))).toEqual(committed);
    const made = statSync(template);
    // the next one is the template's copy, byte for byte; the template is not made again
    await createMigrated(join(dir, "b.db"), cache);
    expect(readFileSync(join(dir, "b.db")).equals(readFileSync(template))).toBe(true);
    expect(statSync(template).ino).toBe(made.ino);
    // a template that lacks the last migration (a checkout with a new one) is migrated again, into a new file
    const t = new Database(template);
    t.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(committed.at(-1));
    t.close();
    await createMigrated(join(dir, "c.db"), cache);
    expect(statSync(template).ino).not.toBe(made.ino);
    expect(appliedIn(template)).toEqual(committed);
    expect(appliedIn(join(dir, "c.db"))).toEqual(committed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
