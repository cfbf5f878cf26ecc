import { configDefaults, defineConfig } from "vitest/config";

// TEST_DB=postgres (npm run test:postgres) runs the suites again on PostgreSQL;
// what touches no database (the Arabic-text suites, the settings) and the
// PostgreSQL-only suites run once, on the default pass.
const postgres = process.env.TEST_DB === "postgres";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(postgres ? ["test/nlp/**", "test/config.test.ts", "test/postgres/**"] : [])],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
