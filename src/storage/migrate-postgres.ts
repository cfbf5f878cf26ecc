// Applies prisma/postgres/migrations to a PostgreSQL database, in-process.
//
// Why our own runner and not `prisma migrate deploy`: with the driver adapter
// (the only way Prisma runs offline here) `migrate deploy` fails on PostgreSQL
// ("Column type 'name' could not be deserialized", a Prisma bug); working around
// it means rewriting result types inside a pg.Client subclass, i.e. depending on
// how Prisma's schema engine reads its own catalog queries. Applying committed
// SQL files is simple and ours to test: the whole run holds
// pg_advisory_lock(72707369) (the key `prisma migrate` uses, so a hand-run CLI
// also waits), so instances started together migrate once and the others find
// the work done; each migration and its bookkeeping row commit in one
// transaction (PostgreSQL DDL is transactional), so a failed migration leaves
// nothing half-applied. The bookkeeping is Prisma's own `_prisma_migrations`
// table (sha-256 checksums), so `prisma migrate status` reads it as usual.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { redactUrl } from "../config.js";

export const MIGRATION_LOCK = 72707369;

/** PostgreSQL could not be reached (refused, unknown host, timed out), or answered with a refusal (bad credentials, no such database). */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    // the server's own refusal (pg's DatabaseError carries a severity) reads better without its SQLSTATE
    if (cause instanceof Error && "severity" in cause) {
      super(`PostgreSQL at ${redactUrl(url)} refused the connection: ${cause.message}`);
    } else {
      const why = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ? `${(cause as NodeJS.ErrnoException).code}: ${cause.message}` : cause.message) : String(cause);
      super(`cannot reach PostgreSQL at ${redactUrl(url)} (${why || "connection failed"})`);
    }
    this.name = "DatabaseUnreachableError";
  }
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const bookkeeping = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Connects one client, saying clearly when the server cannot be reached. */
export async function connectPostgres(url: string, timeoutMs = 10_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // an error on an idle connection must not crash the process; the next query reports it
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw new DatabaseUnreachableError(url, err);
  }
  return client;
}

/** Applies what is missing; returns the names of the migrations this call applied. */
export async function migratePostgres(url: string, dir: string): Promise<string[]> {
  const migrations = readMigrations(dir);
  const client = await connectPostgres(url);
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(bookkeeping);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row?.finished_at) {
        if (row.checksum !== m.checksum) {
          throw new Error(`migration ${m.name} was changed after it was applied to this database (checksum differs): add a new migration instead`);
        }
        continue;
      }
      if (row) throw new Error(`migration ${m.name} was started and never finished (by another tool?): resolve it by hand (prisma migrate resolve)`);
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`migration ${m.name} failed and was rolled back: ${(err as Error).message}`, { cause: err });
      }
      applied.push(m.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
  return applied;
}
