// PostgreSQL's schema and migrations beside SQLite's, on the run's real cluster:
// the generated schema is the SQLite one with the provider swapped, the committed
// migrations build exactly that schema, and the runner migrates once under
// concurrency, rolls a failed migration back whole, and says clearly when the
// server cannot be reached.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseUnreachableError, migratePostgres } from "../../src/storage/migrate-postgres.js";
import { postgresMigrationsDir, postgresSchema, postgresSchemaPath, sqliteSchemaPath } from "../../src/storage/postgres-schema.js";
import { dropPgDatabase, freshPgUrl, pgUrl } from "../support/db.js";
import { freePort } from "../support/postgres-cluster.js";

it("prisma/postgres/schema.prisma is prisma/schema.prisma with the provider swapped (run npm run db:generate)", () => {
  expect(readFileSync(postgresSchemaPath, "utf8")).toBe(postgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
});

it("npm install (postinstall: derive.mjs --check) warns about a stale copy and leaves it as committed; npm run db:generate rewrites it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "derive-"));
  try {
    mkdirSync(join(dir, "postgres"));
    cpSync(join(postgresSchemaPath, "../derive.mjs"), join(dir, "postgres", "derive.mjs"));
    writeFileSync(join(dir, "schema.prisma"), readFileSync(sqliteSchemaPath, "utf8") + "\nmodel Added {\n  id Int @id\n}\n");
    const stale = readFileSync(postgresSchemaPath, "utf8");
    writeFileSync(join(dir, "postgres", "schema.prisma"), stale);
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [join(dir, "postgres", "derive.mjs"), ...args], { encoding: "utf8" });
    const checked = await run("--check");
    expect(checked.stderr).toMatch(/prisma\/postgres\/schema.prisma is stale.*npm run db:generate/);
    expect(readFileSync(join(dir, "postgres", "schema.prisma"), "utf8")).toBe(stale);
    await run();
    expect(readFileSync(join(dir, "postgres", "schema.prisma"), "utf8")).toContain("model Added");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("every SQLite migration after PostgreSQL's baseline has a PostgreSQL twin of the same name", () => {
  const dirs = (d: string) => readdirSync(d).filter((n) => statSync(join(d, n)).isDirectory()).sort();
  const pgNames = dirs(postgresMigrationsDir);
  const baseline = pgNames[0]!; // the whole schema as it was when PostgreSQL was added
  const sqliteNames = dirs(join(postgresMigrationsDir, "../../migrations"));
  expect(sqliteNames.filter((n) => n > baseline && !pgNames.includes(n))).toEqual([]);
});

const hasPg = pgUrl() !== "";
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the PostgreSQL migration tests");

describe.skipIf(!hasPg)("on PostgreSQL", () => {
  const made: string[] = [];
  /** an empty database of the test cluster */
  async function emptyDb(): Promise<string> {
    const name = `m_${process.pid}_${made.length}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: pgUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = pgUrl().replace(/\/[^/]*$/, `/${name}`);
    made.push(url);
    return url;
  }
  afterAll(async () => {
    for (const url of made) await dropPgDatabase(url);
  });

  async function shape(url: string): Promise<unknown> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const q = async (sql: string) => (await c.query(sql)).rows;
      return {
        columns: await q(`SELECT table_name, column_name, data_type, is_nullable, column_default, character_maximum_length, datetime_precision
          FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
        indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`),
        constraints: await q(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
          WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`),
      };
    } finally {
      await c.end();
    }
  }

  it("the committed migrations build exactly the schema prisma/postgres/schema.prisma describes", async () => {
    const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
    const dir = mkdtempSync(join(tmpdir(), "pg-diff-"));
    // the CLI opens the configured (SQLite) adapter's database even for a pure diff
    const { stdout } = await promisify(execFile)(process.execPath, [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", postgresSchemaPath, "--script"], {
      env: { ...process.env, DATABASE_URL: `file:${join(dir, "x.db")}`, PRISMA_CLI_QUERY_ENGINE_TYPE: "client", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    rmSync(dir, { recursive: true, force: true });
    const fromSchema = await emptyDb();
    const c = new pg.Client({ connectionString: fromSchema });
    await c.connect();
    await c.query(stdout);
    await c.end();
    const migrated = freshPgUrl(); // a copy of the template the test run migrated with the runner
    made.push(migrated);
    const [a, b] = await Promise.all([shape(migrated), shape(fromSchema)]);
    expect((a as { columns: unknown[] }).columns.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });

  it("instances started together migrate once; a second run applies nothing", async () => {
    const url = await emptyDb();
    const runs = await Promise.all([migratePostgres(url, postgresMigrationsDir), migratePostgres(url, postgresMigrationsDir), migratePostgres(url, postgresMigrationsDir)]);
    const names = runs.flat();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length); // nobody applied a migration twice
    expect(runs.filter((r) => r.length > 0)).toHaveLength(1);
    expect(await migratePostgres(url, postgresMigrationsDir)).toEqual([]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(`SELECT "migration_name", "finished_at" IS NOT NULL AS done FROM "_prisma_migrations"`);
    await c.end();
    expect(rows).toHaveLength(names.length);
    expect(rows.every((r) => r.done)).toBe(true);
  });

  it("a failing migration is rolled back whole and stops the run; a changed applied migration is refused", async () => {
    const url = await emptyDb();
    const dir = mkdtempSync(join(tmpdir(), "pg-migs-"));
    try {
      cpSync(postgresMigrationsDir, dir, { recursive: true });
      mkdirSync(join(dir, "29990101000000_broken"));
      writeFileSync(join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;`);
      await expect(migratePostgres(url, dir)).rejects.toThrow(/29990101000000_broken failed and was rolled back.*NoSuchTable/);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const half = await c.query(`SELECT to_regclass('public."Half"') AS t`);
      expect(half.rows[0].t).toBeNull();
      const { rows } = await c.query(`SELECT "migration_name" FROM "_prisma_migrations"`);
      expect(rows.map((r) => r.migration_name)).not.toContain("29990101000000_broken");
      await c.end();

      rmSync(join(dir, "29990101000000_broken"), { recursive: true });
      const first = rows[0].migration_name as string;
      writeFileSync(join(dir, first, "migration.sql"), readFileSync(join(dir, first, "migration.sql"), "utf8") + "\n-- edited\n");
      await expect(migratePostgres(url, dir)).rejects.toThrow(/changed after it was applied/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("an unreachable PostgreSQL is one clear error naming it, password hidden", async () => {
  const port = await freePort(); // nothing listens there
  const err = await migratePostgres(`postgresql://alerts:s3cret@127.0.0.1:${port}/alerts`, postgresMigrationsDir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DatabaseUnreachableError);
  expect((err as Error).message).toBe(`cannot reach PostgreSQL at postgresql://alerts:***@127.0.0.1:${port}/alerts (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port})`);
});

it.skipIf(!pgUrl())("a server that answers but refuses (no such database, unknown role) stops npm start the same way: one line naming it, exit code 2", () => {
  const noDb = pgUrl().replace(/\/[^/]*$/, "/no_such_db");
  const noRole = pgUrl().replace("postgres@", "nobody:s3cret@");
  for (const [url, why] of [[noDb, 'database "no_such_db" does not exist'], [noRole, 'role "nobody" does not exist']] as const) {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: url }, encoding: "utf8", timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([`PostgreSQL at ${url.replace(":s3cret@", ":***@")} refused the connection: ${why}`]);
  }
}, 60_000);
