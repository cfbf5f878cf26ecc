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

/** A date column as the driver answers it (a Date, its text, or epoch milliseconds). */
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));
