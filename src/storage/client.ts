import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";

export type Db = PrismaClient;
export type { PrismaClient };

/** Path of the SQLite file behind a `file:` URL (relative to the working directory). */
export function sqlitePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length).split("?")[0] ?? null;
}

export function ensureDbDir(url: string): void {
  const path = sqlitePath(url);
  if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
}

export function createDb(url: string): Db {
  ensureDbDir(url);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

/**
 * For a scratch database only (replay): no waiting for the disk at each
 * commit, since a crash loses nothing worth keeping. SQLite pragmas: the one
 * engine-specific statement outside migrations.
 */
export async function relaxDurability(db: Db): Promise<void> {
  await db.$executeRawUnsafe("PRAGMA synchronous = OFF");
  await db.$queryRawUnsafe("PRAGMA journal_mode = MEMORY");
}

export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
}
