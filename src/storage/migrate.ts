// Applies the committed migrations to DATABASE_URL: SQLite through the Prisma
// CLI with its WebAssembly engine (prisma/migrations; no download, works
// offline), PostgreSQL with our own runner (prisma/postgres/migrations; see
// migrate-postgres.ts for why). `npm start` migrates once, after validating the
// settings (src/main.ts); this file run alone is `npm run db:migrate`.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ensureDbDir } from "./client.js";
import { DatabaseUnreachableError, migratePostgres } from "./migrate-postgres.js";
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
    throw new MigrationError(`database migration failed for ${databaseUrl}: ${cause} (is it a database written by this service? \`npm run db:migrate -- --verbose\` shows Prisma's output)`, output);
  }
  return [];
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
