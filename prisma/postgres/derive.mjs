// prisma/schema.prisma is the one schema we edit. Prisma cannot take the
// datasource provider from the environment, so the PostgreSQL client is
// generated from a copy with the provider swapped: prisma/postgres/schema.prisma,
// written by `npm run db:generate` (which runs this file; plain JavaScript so that
// it runs at install time, before the sources are there, as in the Dockerfile)
// and committed so that a schema change shows in review.
// test/postgres/migrations.test.ts fails when the committed copy is stale or the
// PostgreSQL migrations disagree with it.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const header = "// GENERATED from prisma/schema.prisma by `npm run db:generate` (prisma/postgres/derive.mjs): edit that file, not this one.\n\n";

/**
 * The PostgreSQL schema for a SQLite schema text: provider, placeholder URL and client output swapped, nothing else.
 * @param {string} sqlite
 * @returns {string}
 */
export function postgresSchema(sqlite) {
  /** @type {Array<[RegExp, string]>} */
  const swaps = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    [/^(\s*url\s*=\s*)"file:[^"]*".*$/m, '$1"postgresql://localhost/alerts" // the adapter\'s URL (DATABASE_URL) wins at run time'],
    [/^(\s*output\s*=\s*)"\.\.\/src\/generated\/prisma"/m, '$1"../../src/generated/prisma-pg"'],
  ];
  let out = sqlite;
  for (const [re, to] of swaps) {
    if (!re.test(out)) throw new Error(`prisma/schema.prisma: expected to find ${re} (update prisma/postgres/derive.mjs)`);
    out = out.replace(re, to);
  }
  return header + out;
}

// At install time (npm's postinstall runs it with --check) the committed copy is only checked, never rewritten: rewritten
// there, a stale copy would be repaired silently on every machine that installs (CI included) and the
// test that compares it with prisma/schema.prisma could never fail. `npm run db:generate` writes it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = (p) => fileURLToPath(new URL(p, import.meta.url));
  const wanted = postgresSchema(readFileSync(here("../schema.prisma"), "utf8"));
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(here("./schema.prisma"), "utf8");
    } catch {
      // missing: written below, there is nothing to check
    }
    if (!committed) writeFileSync(here("./schema.prisma"), wanted);
    else if (committed !== wanted) console.warn("prisma/postgres/schema.prisma is stale (prisma/schema.prisma changed): run npm run db:generate and commit it");
  } else {
    writeFileSync(here("./schema.prisma"), wanted);
  }
}
