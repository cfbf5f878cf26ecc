// The rooms of src/ and the one way their imports point: a room imports only
// rooms on a lower floor, never one beside or above it, and a folder only
// through its index.ts (the picture in the README's «Architecture»). Read as
// text, like test/storage/boundary.test.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../src/", import.meta.url).pathname;
const README = new URL("../README.md", import.meta.url).pathname;

/**
 * Bottom floor first. A room is a folder of src/ or a file directly in it (without .ts).
 * Each stands on the lowest floor its imports allow (tested below), so the picture shows what uses what;
 * the README's «Architecture» draws the same floors (tested below too).
 */
export const FLOORS: string[][] = [
  // pure or self-contained: Arabic understanding, settings, logging, translations, metrics, the seeded random source
  ["nlp", "config", "log", "i18n", "metrics", "random", "generated"],
  // the database; the buttons' codec; the provinces as drawn
  ["storage", "callback-data", "geo"],
  // the stages, each writing its hand-off to the database for the next; the HTTP server
  ["sources", "incidents", "alerts", "server"],
  ["delivery"],
  // the admin commands' logic; what runs it all (handed the bot and the web pages by main.ts, not importing them)
  ["admin", "pipeline"],
  // the people: the bot's handlers, the map page and the Mini App's API (which saves settings through the bot's functions)
  ["bot"],
  ["web"],
  // the one module that wires it all, and the tools
  ["main", "cli"],
];

/** Who may import a file of another folder that is not its index.ts, and why. */
const THROUGH_THE_SIDE_DOOR: Record<string, string> = {
  // the page's browser bundle: geo/index.ts also reads the boundary file from disk
  "web/client/map.ts → ../../geo/shade.js": "browser",
};
/** Tools, not stages: they may reach inside the stages (README). */
const TOOLS = new Set(["cli"]);

const floorOf = new Map(FLOORS.flatMap((rooms, floor) => rooms.map((room) => [room, floor] as const)));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The room a path under src/ belongs to. */
export function roomOf(path: string): string {
  const [first, ...rest] = relative(SRC, path).split("/");
  return rest.length ? first! : first!.replace(/\.(ts|js)$/, "");
}

/** The relative imports of a source text (static, re-exports and dynamic). */
export function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)].map((m) => m[1]!);
}

/** Imports of `file` that point sideways or up. */
export function wrongWay(file: string, text: string): string[] {
  const from = roomOf(file);
  return importsOf(text).flatMap((spec) => {
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC)) return [];
    const to = roomOf(target);
    return to === from || floorOf.get(to)! < floorOf.get(from)! ? [] : [`${relative(SRC, file)} → ${spec} (${from} → ${to})`];
  });
}

/** Imports of `file` that enter another folder by a file other than its index.ts. */
export function sideDoors(file: string, text: string): string[] {
  const from = roomOf(file);
  if (TOOLS.has(from)) return [];
  return importsOf(text).flatMap((spec) => {
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC)) return [];
    const to = roomOf(target);
    const inside = relative(join(SRC, to), target);
    if (to === from || inside.startsWith("..") || inside === "index.js" || to === "generated") return [];
    const what = `${relative(SRC, file)} → ${spec}`;
    return THROUGH_THE_SIDE_DOOR[what] ? [] : [what];
  });
}

describe("the rooms", () => {
  it("the rule sees an import that points up or sideways, and lets one that points down pass", () => {
    expect(wrongWay(join(SRC, "admin/map-png.ts"), `import { shadeRgb } from "../web/shade.js";`)).toHaveLength(1);
    expect(wrongWay(join(SRC, "alerts/format.ts"), `export { x } from "../incidents/index.js";`)).toHaveLength(1);
    expect(wrongWay(join(SRC, "storage/client.ts"), `const m = await import("../delivery/index.js");`)).toHaveLength(1);
    expect(wrongWay(join(SRC, "delivery/outbox.ts"), `import { a } from "../alerts/index.js";\nimport { b } from "./writes.js";`)).toEqual([]);
    expect(wrongWay(join(SRC, "web/client/map.ts"), `import { shadeRgb } from "../../geo/shade.js";`)).toEqual([]);
  });

  it("the rule sees a folder entered by a side door", () => {
    expect(sideDoors(join(SRC, "bot/features/admin/stats.ts"), `import { gatherStats } from "../../../admin/stats.js";`)).toHaveLength(1);
    expect(sideDoors(join(SRC, "main.ts"), `import { createDb } from "./storage/client.js";`)).toHaveLength(1);
    expect(sideDoors(join(SRC, "main.ts"), `import { createDb } from "./storage/index.js";\nimport { loadConfig } from "./config.js";`)).toEqual([]);
    expect(sideDoors(join(SRC, "cli/eval.ts"), `import { x } from "../nlp/evaluate.js";`)).toEqual([]);
  });

  it("a folder is entered only through its index.ts (the tools of cli/ excepted)", () => {
    const offenders = files(SRC)
      .filter((f) => roomOf(f) !== "generated")
      .flatMap((f) => sideDoors(f, readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("every room of src/ is on a floor", () => {
    const rooms = new Set(readdirSync(SRC).map((name) => roomOf(join(SRC, name))).filter((r) => !r.endsWith(".json")));
    expect([...rooms].filter((r) => !floorOf.has(r))).toEqual([]);
  });

  it("every room stands on the lowest floor its imports allow (the picture shows what uses what)", () => {
    const uses = new Map<string, Set<string>>();
    for (const f of files(SRC)) {
      const from = roomOf(f);
      if (from === "generated") continue;
      for (const spec of importsOf(readFileSync(f, "utf8"))) {
        const target = resolve(dirname(f), spec);
        if (target.startsWith(SRC) && roomOf(target) !== from) uses.set(from, (uses.get(from) ?? new Set()).add(roomOf(target)));
      }
    }
    const misplaced = [...floorOf].filter(([room]) => room !== "generated").flatMap(([room, floor]) => {
      const lowest = Math.max(-1, ...[...(uses.get(room) ?? [])].map((r) => floorOf.get(r) ?? -1)) + 1;
      return lowest === floor ? [] : [`${room}: on floor ${floor + 1}, its imports put it on ${lowest + 1}`];
    });
    expect(misplaced).toEqual([]);
  });

  it("the README's floors picture names the rooms of FLOORS, floor by floor", () => {
    const readme = readFileSync(README, "utf8");
    const section = readme.slice(readme.indexOf("## Architecture"));
    const block = section.slice(section.indexOf("The rooms stand on floors")).split("```")[1] ?? "";
    const drawn = new Map<number, string[]>();
    for (const line of block.split("\n")) {
      const m = /^\s*(\d+)\s+(.*)$/.exec(line);
      if (m) drawn.set(Number(m[1]), [...m[2]!.matchAll(/(?<![\w/.-])([a-z0-9-]+)(?:\/|\.ts\b)/g)].map((r) => r[1]!).sort());
    }
    const expected = FLOORS.map((rooms) => rooms.filter((r) => r !== "generated").sort());
    expect([...drawn.keys()].sort((a, b) => a - b)).toEqual(FLOORS.map((_, i) => i + 1));
    expect(FLOORS.map((_, i) => drawn.get(i + 1))).toEqual(expected);
  });

  it("no import in src/ points up or sideways", () => {
    const offenders = files(SRC)
      .filter((f) => roomOf(f) !== "generated")
      .flatMap((f) => wrongWay(f, readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
