// Migrates one template SQLite file per test run; each test copies it
// (test/support/db.ts) instead of running migrations again. When PostgreSQL is
// installed, also starts a throw-away cluster with a migrated template database
// (tests create theirs from it); TEST_DB=postgres runs the database suites on it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/storage/migrate.js";
import { postgresBin, startCluster, type Cluster } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    /** URL of the test cluster's `postgres` database; "" when PostgreSQL is not installed */
    pgUrl: string;
    pgTemplate: string;
  }
}

export const PG_TEMPLATE = "alerts_template";

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "iraq-alerts-tmpl-"));
  const path = join(dir, "template.db");
  let cluster: Cluster | null = null;
  const bin = postgresBin();
  if (!bin && process.env.TEST_DB === "postgres") throw new Error("TEST_DB=postgres but PostgreSQL is not installed (apt-get install -y postgresql)");
  const [, pg] = await Promise.all([
    migrate(`file:${path}`),
    bin
      ? startCluster(bin).then(async (c) => {
          cluster = c;
          c.psql(`CREATE DATABASE ${PG_TEMPLATE}`);
          await migrate(c.url(PG_TEMPLATE));
          return c;
        })
      : null,
  ]);
  if (!pg) console.warn("PostgreSQL is not installed: the PostgreSQL tests are skipped (apt-get install -y postgresql)");
  project.provide("templateDb", path);
  project.provide("pgUrl", pg ? pg.url() : "");
  project.provide("pgTemplate", PG_TEMPLATE);
  return () => {
    (cluster)?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
