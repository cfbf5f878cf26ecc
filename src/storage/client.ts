// The database behind DATABASE_URL: `file:` is SQLite (the zero-set-up default),
// `postgres://` / `postgresql://` is PostgreSQL (several instances on one
// database). Prisma's datasource provider is fixed at generation time, so each
// engine has its own generated client (src/generated/prisma, …/prisma-pg, from
// prisma/schema.prisma and the copy npm run db:generate derives from it); both
// expose the same models, and the rest of the program sees one type, `Db`.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.js";
import { requireEngine, type Engine } from "../config.js";
import { keepAdapter } from "./direct.js";

export type Db = PrismaClient;
export type { PrismaClient };
export type { Engine };

/** Path of the SQLite file behind a `file:` URL (relative to the working directory). */
export function sqlitePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length).split("?")[0] ?? null;
}

export function ensureDbDir(url: string): void {
  const path = sqlitePath(url);
  if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
}

const engines = new WeakMap<object, Engine>();

/** Which engine a client talks to (for the few statements whose SQL differs). */
export function dbEngine(db: Db): Engine {
  return engines.get(db) ?? "sqlite";
}

/**
 * A parameter of a hand-written statement, typed where the engine needs it: PostgreSQL types a bare
 * parameter in VALUES, LIMIT or OFFSET as text; SQLite must not cast (a TIMESTAMP's affinity is numeric).
 */
export function typedParam(db: Db, v: unknown, sqlType: string): Prisma.Sql {
  return dbEngine(db) === "postgres" ? Prisma.sql`CAST(${v} AS ${Prisma.raw(sqlType)})` : Prisma.sql`${v}`;
}

export interface DbOptions {
  /** PostgreSQL: connections in the pool (default 10) */
  poolSize?: number;
  /** PostgreSQL: a pooled connection failed while idle (server restarted, network cut); the next query reconnects */
  onConnectionError?: (err: Error) => void;
}

/**
 * Each SQLite connection's journal (README, "Database"). WAL: a commit is one
 * append and one sync of the log instead of the rollback journal's write,
 * sync, write, sync and delete, and readers never wait for the writer nor it
 * for them (a `--once`, an export or a migrate check beside the running
 * service). synchronous FULL, not WAL's usual NORMAL: every commit is on the
 * disk before the next stage acts on it, so a power cut cannot undo a
 * hand-off already acted on (a delivery marked sent would be sent again).
 * journal_mode is written in the file (once); synchronous is per connection.
 */
const SQLITE_JOURNAL = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

export function createDb(url: string, opts: DbOptions = {}): Db {
  if (requireEngine(url) === "postgres") {
    const adapter = keepAdapter(new PrismaPg(
      // jit off: the fan-out's INSERT … SELECT over 100,000 subscribers is estimated costly enough for
      // PostgreSQL to compile it first, which took 1.3 s of its 1.6 s here; nothing we run gains from JIT
      { connectionString: url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 10_000, options: "-c jit=off" },
      { onPoolError: opts.onConnectionError, onConnectionError: opts.onConnectionError },
    ), true);
    // Same models, same methods: the PostgreSQL client is used through the SQLite client's type.
    const db = new PgPrismaClient({ adapter: adapter.factory }) as unknown as Db;
    adapter.bind(db);
    engines.set(db, "postgres");
    return db;
  }
  ensureDbDir(url);
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const connection = await connect();
    await connection.executeScript(SQLITE_JOURNAL);
    return connection;
  };
  const adapter = keepAdapter(factory, false);
  const db = new PrismaClient({ adapter: adapter.factory });
  adapter.bind(db);
  engines.set(db, "sqlite");
  return db;
}

/**
 * For a scratch database only (replay): no waiting for the disk at each
 * commit, since a crash loses nothing worth keeping. SQLite pragmas: the one
 * engine-specific statement outside migrations.
 */
export async function relaxDurability(db: Db): Promise<void> {
  if (dbEngine(db) !== "sqlite") return;
  await db.$executeRawUnsafe("PRAGMA synchronous = OFF");
  await db.$queryRawUnsafe("PRAGMA journal_mode = MEMORY");
}

export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
}
