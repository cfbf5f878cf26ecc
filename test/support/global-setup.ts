// Migrates one template SQLite file per test run; each test copies it
// (test/support/db.ts) instead of running migrations again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/storage/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "iraq-alerts-tmpl-"));
  const path = join(dir, "template.db");
  migrate(`file:${path}`);
  project.provide("templateDb", path);
  return () => rmSync(dir, { recursive: true, force: true });
}
