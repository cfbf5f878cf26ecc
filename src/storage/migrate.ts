// Applies the committed migrations to DATABASE_URL: SQLite through the Prisma
// CLI with its WebAssembly engine (prisma/migrations; no download, works
// offline), spawned only when a migration is pending (sqlitePending), PostgreSQL with our own runner (prisma/postgres/migrations; see
// migrate-postgres.ts for why). `npm start` migrates once, after validating the
// settings (src/main.ts); this file run alone is `npm run db:migrate`.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ensureDbDir, sqlitePath } from "./client.js";
import { DatabaseUnreachableError, migratePostgres, readMigrations } from "./migrate-postgres.js";
import { postgresMigrationsDir } from "./postgres-schema.js";
import { databaseUrlProblem, DEFAULT_DATABASE_URL, environment, redactUrl, requireEngine } from "../config.js";

export { DatabaseUnreachableError };

const root = fileURLToPath(new URL("../../", import.meta.url));

export class MigrationError extends Error {
  constructor(message: string, readonly output: string) {
    super(message);
  }
}

/** Brings the database up to date; returns the migrations applied (PostgreSQL; SQLite returns []). */
export async function migrate(databaseUrl: string): Promise<string[]> {
  if (requireEngine(databaseUrl) === "postgres") return migratePostgres(databaseUrl, postgresMigrationsDir);
  ensureDbDir(databaseUrl);
  const pending = sqlitePending(databaseUrl);
  if (pending && pending.length === 0) return [];
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  // asynchronous: the test run migrates its SQLite template while its PostgreSQL cluster starts
  const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_CLI_QUERY_ENGINE_TYPE: "client", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    }, (err, stdout, stderr) => resolve({ status: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }));
  });
  if (run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`;
    // Prisma's own report is a page of banners and engine frames: keep its error line
    const cause = output.split("\n").find((l) => /^Error\b/.test(l.trim()))?.trim() ?? `exit code ${run.status}`;
    // SQLITE_BUSY: the CLI's engine takes the file for itself, which it cannot while another process has it open
    if (/SocketTimeout|database is locked/.test(output)) {
      throw new MigrationError(`database migration failed for ${databaseUrl}: ${pending?.length ?? "some"} migration(s) to apply (${pending?.join(", ") ?? "?"}) and the file is in use by another process (a running service?): stop it, then start again`, output);
    }
    throw new MigrationError(`database migration failed for ${databaseUrl}: ${cause} (is it a database written by this service? \`npm run db:migrate -- --verbose\` shows Prisma's output)`, output);
  }
  return [];
}

/** Where the migrated template of new scratch SQLite files is kept (with the CLI bundles: a cache of this checkout). */
const TEMPLATE_DIR = join(root, "node_modules", ".cache", "iraq-alerts");

/**
 * A new SQLite database at `path` (a file that does not exist yet), migrated: a copy of a template migrated once
 * per set of migrations — the migration CLI costs seconds at every run of `npm run replay`, a copy milliseconds.
 * The template is migrated again when the committed migrations are not exactly the ones it holds (sqlitePending),
 * into a file of its own renamed into place, so two runs at once each leave a whole one. Where it cannot be kept
 * (a read-only install) the new file is migrated itself, as before.
 */
export async function createMigrated(path: string, cacheDir = TEMPLATE_DIR): Promise<void> {
  const template = join(cacheDir, "migrated.db");
  const tmp = `${template}.${process.pid}.${randomUUID()}.tmp`;
  try {
    if (sqlitePending(`file:${template}`)?.length !== 0) {
      mkdirSync(cacheDir, { recursive: true });
      await migrate(`file:${tmp}`);
      renameSync(tmp, template);
    }
    mkdirSync(dirname(path), { recursive: true });
    copyFileSync(template, path, constants.COPYFILE_EXCL);
  } catch {
    // no template: the file is migrated where it is (a file already there is not overwritten, and is migrated too)
  } finally {
    rmSync(tmp, { force: true });
  }
  // a copy of a current template has nothing pending: this returns without spawning the CLI
  await migrate(`file:${path}`);
}

/**
 * The SQLite file's migrations not yet applied, read the way `prisma migrate
 * deploy` decides (`_prisma_migrations`: finished, not rolled back, same
 * checksum); null when the CLI must judge (no file yet, a failed or unknown
 * migration, an edited one). Why not always run the CLI: its engine takes the
 * file for itself (locking_mode EXCLUSIVE), which a WAL file open in another
 * process refuses, so a second `npm start`, `--once` or `db:migrate` beside
 * the running service would fail; and spawning it costs seconds at every start.
 */
function sqlitePending(databaseUrl: string): string[] | null {
  const path = sqlitePath(databaseUrl);
  if (!path || path === ":memory:" || !existsSync(path)) return null;
  const migrations = readMigrations(join(root, "prisma/migrations"));
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 10_000 });
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return migrations.length ? null : [];
    const rows = db.prepare("SELECT migration_name AS name, checksum, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations").all() as
      Array<{ name: string; checksum: string; finished: unknown; rolledBack: unknown }>;
    const applied = new Map<string, string>();
    for (const r of rows) {
      if (r.rolledBack !== null) continue;
      if (r.finished === null) return null; // a failed migration: the CLI says what to do
      applied.set(r.name, r.checksum);
    }
    const known = new Set(migrations.map((m) => m.name));
    if ([...applied.keys()].some((name) => !known.has(name))) return null; // a database newer than this code
    if (migrations.some((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum)) return null;
    return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
  } catch {
    return null; // not a database we can read: the CLI reports it
  } finally {
    db?.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = environment().DATABASE_URL || DEFAULT_DATABASE_URL;
  const problem = databaseUrlProblem(url);
  if (problem) {
    console.error(`configuration error: DATABASE_URL ${problem}`);
    process.exit(2);
  }
  migrate(url).then(
    () => console.error(`database ready: ${redactUrl(url)}`),
    (err) => {
      console.error((err as Error).message);
      if (err instanceof MigrationError && process.argv.includes("--verbose")) console.error(err.output);
      process.exit(err instanceof DatabaseUnreachableError ? 2 : 1);
    },
  );
}
