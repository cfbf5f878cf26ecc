// Statements sent straight to the driver adapter that Prisma itself talks to,
// for the few queries run per source on every poll (sources.ts).
//
// Why: Prisma 6's client engine compiles every query, raw SQL included, in
// WebAssembly, and hands it every parameter on the way: measured ~1.5 ms of
// CPU for `SELECT ?` and ~160 µs per KB of parameters (a feed's 50 Arabic
// items: ~7 ms just to be passed through). The adapter (better-sqlite3 or pg)
// runs the same SQL with the same parameter encoding (dates, booleans) in a
// fraction of that. Same connection (SQLite) or pool (PostgreSQL) as Prisma's
// own queries, so no locking or ordering differs from a `$queryRaw`.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type ArgType = Parameters<Adapter["queryRaw"]>[0]["argTypes"][number];
type Factory = { connect(): Promise<Adapter> };

const adapters = new WeakMap<object, { adapter?: Adapter; postgres: boolean }>();

/**
 * Keeps the adapter Prisma connects through (the factory's connect() is
 * called by Prisma, again after a reconnection) so that `db` can reach it.
 */
export function keepAdapter<F extends Factory>(factory: F, postgres: boolean): { factory: F; bind: (db: Db) => void } {
  const held: { adapter?: Adapter; postgres: boolean } = { postgres };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => (held.adapter = await connect());
  return { factory, bind: (db) => adapters.set(db, held) };
}

function argType(v: unknown): ArgType {
  const scalarType =
    v instanceof Date ? "datetime"
    : typeof v === "boolean" ? "boolean"
    : typeof v === "bigint" ? "bigint"
    : typeof v === "number" ? (Number.isInteger(v) ? "int" : "float")
    : typeof v === "string" ? "string"
    : "unknown";
  return { scalarType, arity: "scalar" };
}

async function adapterOf(db: Db) {
  const held = adapters.get(db);
  if (!held) return null;
  if (!held.adapter) await db.$connect();
  return held.adapter ? { adapter: held.adapter, postgres: held.postgres } : null;
}

/** Rows of a query as objects by column name (values as the driver gives them: decode dates and integers). */
export async function directQuery(db: Db, q: Prisma.Sql): Promise<Array<Record<string, unknown>>> {
  const a = await adapterOf(db);
  if (!a) return db.$queryRaw<Array<Record<string, unknown>>>(q);
  const r = await a.adapter.queryRaw({ sql: a.postgres ? q.text : q.sql, args: q.values, argTypes: q.values.map(argType) });
  return r.rows.map((row) => Object.fromEntries(r.columnNames.map((c, i) => [c, row[i]])));
}

/** A statement without result rows; returns the number of rows changed. */
export async function directExecute(db: Db, q: Prisma.Sql): Promise<number> {
  const a = await adapterOf(db);
  if (!a) return db.$executeRaw(q);
  return a.adapter.executeRaw({ sql: a.postgres ? q.text : q.sql, args: q.values, argTypes: q.values.map(argType) });
}

// Decoders of the driver's answers. Strict: a representation they do not know throws (the statement's
// caller retries or fails loudly) rather than being read as false, NaN or a local time: renderStamp's
// booleans decide whether a message goes out at all.

const strange = (what: string, v: unknown): never => {
  throw new Error(`unexpected ${what} from the database driver: ${typeof v} ${String(v)}`);
};

/** A date column as the driver answers it (a Date, its text with a zone, or epoch milliseconds). */
export function toDate(v: unknown): Date {
  const d = v instanceof Date ? v
    : typeof v === "number" || typeof v === "bigint" ? new Date(Number(v))
    // a text without a zone would parse as local time: the drivers here always give one (Z or +00:00)
    : typeof v === "string" && /(Z|[+-]\d\d:?\d\d)$/.test(v) ? new Date(v)
    : strange("date", v);
  return Number.isNaN(d.getTime()) ? strange("date", v) : d;
}

/** The same for a column that may be NULL. */
export const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));

/** An integer column that may be NULL (PostgreSQL answers a number, SQLite's adapter its text). */
export function toIntOrNull(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === "number" || typeof v === "bigint" ? Number(v) : typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : strange("integer", v);
}

/** A boolean column: PostgreSQL answers true/false, SQLite 1/0 (as text through its adapter: "0" is false). */
export function toBool(v: unknown): boolean {
  if (v === true || v === 1 || v === "1" || v === 1n) return true;
  if (v === false || v === 0 || v === "0" || v === 0n) return false;
  return strange("boolean", v);
}
