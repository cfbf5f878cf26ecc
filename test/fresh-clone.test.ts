// What a fresh clone needs: `npm test` green without ../shared beside it, one
// compiled copy of better-sqlite3, the migration run once by `npm start`, and a
// Docker image without the test tools.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const read = (p: string) => readFileSync(join(root, p), "utf8");

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(join(root, p)).isDirectory() ? files(p) : /\.(ts|mts|cjs|js)$/.test(name) ? [p] : [];
  });
}

describe("a fresh clone", () => {
  it("reads nothing from ../shared but the corpus (whose tests skip without it)", () => {
    // a string literal that climbs out of the repo into shared/ (not shared/corpus)
    const outside = /["'`](?:\.\.\/)+shared\/(?!corpus\/)[^"'`\n]*["'`]/;
    const offenders = ["src", "test", "bench"].flatMap(files).filter((f) => f !== "test/fresh-clone.test.ts" && outside.test(read(f)));
    expect(offenders).toEqual([]);
    // the check itself catches the pattern that broke fresh clones
    expect(outside.test('new URL("../../../shared/", import.meta.url)')).toBe(true);
    expect(outside.test('"../../../shared/corpus/"')).toBe(false);
  });

  it("installs one better-sqlite3 (the Prisma adapter's is deduplicated by overrides)", () => {
    const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, unknown> };
    const copies = Object.keys(lock.packages).filter((p) => p === "node_modules/better-sqlite3" || p.endsWith("/node_modules/better-sqlite3"));
    expect(copies).toEqual(["node_modules/better-sqlite3"]);
  });

  it("keeps test and build tools out of the runtime dependencies; the image installs no dev ones and no tests", () => {
    const pkg = JSON.parse(read("package.json")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const runtime = Object.keys(pkg.dependencies);
    for (const dev of ["vitest", "typescript"]) expect(runtime).not.toContain(dev);
    expect(runtime.filter((d) => d.startsWith("@types/"))).toEqual([]);
    expect(read("Dockerfile")).toMatch(/npm ci --omit=dev/);
    expect(read(".dockerignore").split("\n")).toEqual(expect.arrayContaining(["test", "bench"]));
    // what the product reads at run time stays in the image: console mode's example page
    expect(read(".dockerignore").split("\n").filter((l) => /^\/?examples\b/.test(l))).toEqual([]);
    expect(read("examples/seed-page.txt").length).toBeGreaterThan(1000);
  });

  it("npm start migrates once (src/main.ts does, after validating the settings)", () => {
    const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).not.toMatch(/migrate/);
  });
});
