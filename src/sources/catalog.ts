// The sources file seeds the Source table; afterwards admins manage sources
// in the database (/sources). A source an admin removed stays removed.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { createSource, isUniqueViolation, sourceByUrl, type Db } from "../storage/index.js";

const entry = z.object({
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  language: z.string().default("ar"),
  kind: z.enum(["feed", "telegram"]).default("feed"),
  fullText: z.boolean().default(false),
  intervalSec: z.number().int().min(30).max(86_400).default(120),
});
export type SourceEntry = z.infer<typeof entry>;

export function readSourcesFile(path: string): SourceEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`SOURCES_FILE ${path} cannot be read: ${(err as Error).message}`, { cause: err });
  }
  const parsed = z.array(entry).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`SOURCES_FILE ${path}: entry ${issue.path.join(".")} ${issue.message}`);
  }
  return parsed.data;
}

/** Adds the file's sources that the database does not know yet; returns how many. */
export async function seedSources(db: Db, entries: SourceEntry[]): Promise<number> {
  let added = 0;
  for (const e of entries) {
    if (await sourceByUrl(db, e.url)) continue;
    try {
      await createSource(db, e);
      added++;
    } catch (err) {
      // several instances started at once read the same file: the one that stored it first stands
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return added;
}
