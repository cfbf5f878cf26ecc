// src/storage/ owns the database: no other folder of src/ imports the Prisma
// client or runs a query. Read as text, so a query written anywhere else
// fails here whatever its shape.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;
const OWNED = ["storage", "generated"];
const MODELS = "incident|report|feedItem|source|subscriber|subscriberProvince|subscriberType|subscriberDistrict|delivery|broadcast|auditLog|lease";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** What in `text` reaches the database directly. */
export function violations(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/from\s+["']([^"']*(?:generated\/prisma|@prisma\/)[^"']*)["']/g)) found.push(`imports ${m[1]}`);
  for (const m of text.matchAll(new RegExp(`\\b(?:\\w*[dD]b|tx)\\??\\.(?:${MODELS})\\s*\\.\\s*\\w+`, "g"))) found.push(m[0]);
  for (const m of text.matchAll(/\.\$(?:queryRaw|executeRaw|transaction|disconnect|connect|extends)\w*/g)) found.push(m[0]);
  return found;
}

describe("the storage boundary", () => {
  it("the rule sees the shapes a query takes", () => {
    expect(violations(`import { Prisma } from "../generated/prisma/client.js";`)).toHaveLength(1);
    expect(violations(`await ctx.deps.db.subscriber.findMany({})`)).toEqual(["db.subscriber.findMany"]);
    expect(violations(`this.opts.db.feedItem.create(x)`)).toEqual(["db.feedItem.create"]);
    expect(violations(`await tx.subscriber.update({ where })`)).toEqual(["tx.subscriber.update"]);
    expect(violations("await db.$queryRaw`SELECT 1`")).toEqual([".$queryRaw"]);
    expect(violations(`await findSubscriber(db, 1); const source = x.source.url;`)).toEqual([]);
  });

  it("no file outside src/storage/ queries the database or imports the Prisma client", () => {
    const offenders = files(SRC)
      .filter((f) => !OWNED.includes(relative(SRC, f).split("/")[0]!))
      .flatMap((f) => violations(readFileSync(f, "utf8")).map((v) => `${relative(SRC, f)}: ${v}`));
    expect(offenders).toEqual([]);
  });
});
