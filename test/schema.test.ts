// The committed migrations must produce exactly the schema in schema.prisma:
// compare the migrated template with a database built straight from the schema.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { expect, inject, it } from "vitest";

function shape(db: Database.Database): Record<string, unknown> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").all() as { name: string }[];
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const cols = db.prepare(`PRAGMA table_info("${name}")`).all();
    const idx = (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
      .map((i) => ({ unique: i.unique, cols: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const fks = db.prepare(`PRAGMA foreign_key_list("${name}")`).all();
    out[name] = { cols, idx, fks };
  }
  return out;
}

it("migrations and schema.prisma agree", () => {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const run = spawnSync(process.execPath, [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    // the CLI opens the configured adapter's database even for a pure diff
    env: { ...process.env, DATABASE_URL: `file:${inject("templateDb")}`, PRISMA_CLI_QUERY_ENGINE_TYPE: "client", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const fromSchema = new Database(":memory:");
  fromSchema.exec(run.stdout);
  const migrated = new Database(inject("templateDb"), { readonly: true });
  expect(shape(migrated)).toEqual(shape(fromSchema));
  migrated.close();
  fromSchema.close();
});
