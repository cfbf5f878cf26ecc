import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db, type DbOptions, type Engine } from "../../src/storage/client.js";
import { postgresBin } from "./postgres-cluster.js";

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  engine: Engine;
  cleanup(): Promise<void>;
}

/** The engine the database suites run on: TEST_DB=postgres, else SQLite. */
export const testEngine: Engine = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";

/** The test cluster's URL, or "" when PostgreSQL is not installed (PostgreSQL-only tests skip). */
export const pgUrl = (): string => inject("pgUrl");

let counter = 0;

/** URL of a new PostgreSQL database of the test cluster: migrated (a copy of the run's template), or empty. */
export function freshPgUrl(migrated = true): string {
  const admin = pgUrl();
  if (!admin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql)");
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  // synchronous so that freshDb() stays synchronous for the suites that call it at module level
  const r = spawnSync(`${postgresBin()}/psql`, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", admin, "-c", `CREATE DATABASE "${name}"${migrated ? ` TEMPLATE "${inject("pgTemplate")}"` : ""}`], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`CREATE DATABASE failed: ${r.stderr}`);
  return admin.replace(/\/[^/]*$/, `/${name}`);
}

export async function dropPgDatabase(url: string): Promise<void> {
  const name = url.slice(url.lastIndexOf("/") + 1);
  const client = new pg.Client({ connectionString: pgUrl() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own: a SQLite file, or with TEST_DB=postgres a PostgreSQL database. */
export function freshDb(engine: Engine = testEngine, opts: DbOptions = {}): TestDb {
  const dir = mkdtempSync(join(tmpdir(), "iraq-alerts-test-"));
  let url: string;
  if (engine === "postgres") {
    url = freshPgUrl();
  } else {
    const path = join(dir, "bot.db");
    copyFileSync(inject("templateDb"), path);
    url = `file:${path}`;
  }
  const db = createDb(url, { poolSize: 4, ...opts });
  return {
    db,
    url,
    dir,
    engine,
    async cleanup() {
      await db.$disconnect();
      if (engine === "postgres") await dropPgDatabase(url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
