// Applies the committed migrations (prisma/migrations) to DATABASE_URL.
// Runs the Prisma CLI with its WebAssembly engine: no download, works offline.
// `npm start` migrates once, after validating the settings (src/main.ts); this
// file run alone is `npm run db:migrate`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ensureDbDir } from "./client.js";
import { databaseUrlProblem, DEFAULT_DATABASE_URL, environment } from "../config.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export class MigrationError extends Error {
  constructor(message: string, readonly output: string) {
    super(message);
  }
}

export function migrate(databaseUrl: string): void {
  ensureDbDir(databaseUrl);
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const run = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_CLI_QUERY_ENGINE_TYPE: "client", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`;
    // Prisma's own report is a page of banners and engine frames: keep its error line
    const cause = output.split("\n").find((l) => /^Error\b/.test(l.trim()))?.trim() ?? `exit code ${run.status}`;
    throw new MigrationError(`database migration failed for ${databaseUrl}: ${cause} (is it a database written by this service? \`npm run db:migrate -- --verbose\` shows Prisma's output)`, output);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = environment().DATABASE_URL || DEFAULT_DATABASE_URL;
  const problem = databaseUrlProblem(url);
  if (problem) {
    console.error(`configuration error: DATABASE_URL ${problem}`);
    process.exit(2);
  }
  try {
    migrate(url);
    console.error(`database ready: ${url}`);
  } catch (err) {
    console.error((err as Error).message);
    if (err instanceof MigrationError && process.argv.includes("--verbose")) console.error(err.output);
    process.exit(1);
  }
}
