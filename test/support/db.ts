import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createDb, type Db } from "../../src/storage/client.js";

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh, migrated SQLite file of its own (a copy of the run's template). */
export function freshDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), "iraq-alerts-test-"));
  const path = join(dir, "bot.db");
  copyFileSync(inject("templateDb"), path);
  const url = `file:${path}`;
  const db = createDb(url);
  return {
    db,
    url,
    dir,
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
