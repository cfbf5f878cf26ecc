// The one-shot CLIs run from an esbuild bundle (src/cli/bundled.mjs): never staler than the sources, and
// answering exactly as the CLI run through tsx does.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { bundleOf } from "../../src/cli/bundled.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("a CLI's bundle", () => {
  it("is built once, reused while its sources are unchanged, and rebuilt when one changes, even keeping its mtime", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundled-"));
    try {
      writeFileSync(join(dir, "main.ts"), `import { word } from "./word.js";\nexport const said: string = word();\n`);
      writeFileSync(join(dir, "word.ts"), `export const word = (): string => "first";\n`);
      const cache = join(dir, "cache");
      const a = await bundleOf("main.ts", cache, dir);
      expect(a.built).toBe(true);
      expect((await import(`${pathToFileURL(a.file).href}?1`)).said).toBe("first");
      expect((await bundleOf("main.ts", cache, dir)).built).toBe(false);
      // an edit of a module it imports rebuilds it — also when the copy kept the old modification time
      const before = statSync(join(dir, "word.ts"));
      writeFileSync(join(dir, "word.ts"), `export const word = (): string => "secnd";\n`);
      utimesSync(join(dir, "word.ts"), before.atime, before.mtime);
      const b = await bundleOf("main.ts", cache, dir);
      expect(b.built).toBe(true);
      expect((await import(`${pathToFileURL(b.file).href}?2`)).said).toBe("secnd");
      // the bundle gone, or not the one its manifest was written for: built again
      rmSync(b.file);
      expect((await bundleOf("main.ts", cache, dir)).built).toBe(true);
      writeFileSync(b.file, "export const said = 'tampered';\n");
      const c = await bundleOf("main.ts", cache, dir);
      expect(c.built).toBe(true);
      expect((await import(`${pathToFileURL(c.file).href}?3`)).said).toBe("secnd");
      // a source gone (the manifest names it) rebuilds too: here the build then fails, as tsx would
      rmSync(join(dir, "word.ts"));
      await expect(bundleOf("main.ts", cache, dir)).rejects.toThrow(/word/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is built again for a checkout moved or copied elsewhere: it holds its modules' paths", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundled-moved-"));
    try {
      for (const d of ["a", "b"]) {
        mkdirSync(join(dir, d));
        writeFileSync(join(dir, d, "main.ts"), `export const here: string = import.meta.url;\n`);
      }
      const cache = join(dir, "cache");
      const a = await bundleOf("main.ts", cache, join(dir, "a"));
      expect((await import(`${pathToFileURL(a.file).href}?moved1`)).here).toBe(pathToFileURL(join(dir, "a", "main.ts")).href);
      // the same sources elsewhere, the same cache (a worktree sharing node_modules): not the first checkout's bundle
      const b = await bundleOf("main.ts", cache, join(dir, "b"));
      expect(b.built).toBe(true);
      expect((await import(`${pathToFileURL(b.file).href}?moved2`)).here).toBe(pathToFileURL(join(dir, "b", "main.ts")).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes no manifest when an import changed between its two builds: the next run builds again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundled-race-"));
    try {
      writeFileSync(join(dir, "main.ts"), `import { word } from "./word.js";\nexport const said: string = word();\n`);
      writeFileSync(join(dir, "word.ts"), `export const word = (): string => "first";\n`);
      writeFileSync(join(dir, "other.ts"), `export const word = (): string => "other";\n`);
      const cache = join(dir, "cache");
      let builds = 0;
      // esbuild itself; between the graph's build and the final one the entry is edited to import another module
      const editing = (async (opts: Parameters<typeof build>[0]) => {
        const r = await build(opts);
        if (++builds === 1) writeFileSync(join(dir, "main.ts"), `import { word } from "./other.js";\nexport const said: string = word();\n`);
        return r;
      }) as typeof build;
      const a = await bundleOf("main.ts", cache, dir, editing);
      expect(a.built).toBe(true);
      expect(builds).toBe(2);
      // this run used what the final build saw; no manifest vouches for it, so the next run builds again
      expect((await import(`${pathToFileURL(a.file).href}?race1`)).said).toBe("other");
      expect(existsSync(join(cache, "main.ts.json"))).toBe(false);
      expect((await bundleOf("main.ts", cache, dir)).built).toBe(true);
      expect(existsSync(join(cache, "main.ts.json"))).toBe(true);
      expect((await bundleOf("main.ts", cache, dir)).built).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers analyze --jsonl and cluster --jsonl as the CLIs run through tsx do", () => {
    const input = [
      { id: "a", publishedAt: "2026-07-18T21:00:00Z", text: "انفجارات تهز محافظة أربيل شمالي العراق" },
      { id: "b", publishedAt: "2026-07-18T21:06:00Z", text: "طائرة مسيرة تستهدف مقراً لحزب معارض في أربيل" },
      { id: "c", publishedAt: "2026-07-18T21:30:00Z", text: "مقتل جنديين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى" },
      "{not json",
    ].map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");
    for (const cli of ["analyze", "cluster"]) {
      const bundled = spawnSync(process.execPath, ["src/cli/bundled.mjs", cli, "--jsonl"], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
      const direct = spawnSync(process.execPath, ["--import", "tsx", `src/cli/${cli}.ts`, "--jsonl"], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
      expect(bundled.status).toBe(0);
      expect(bundled.stdout.trim().split("\n")).toHaveLength(4);
      expect(bundled.stdout).toBe(direct.stdout);
      expect(bundled.stderr).toMatch(/line 4: not JSON/);
    }
  });

  it("runs when the checkout is reached through a symlink (it knows itself by its real path)", () => {
    const dir = mkdtempSync(join(tmpdir(), "bundled-link-"));
    try {
      symlinkSync(root, join(dir, "checkout"));
      const input = JSON.stringify({ id: "a", text: "مقتل جنديين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى" });
      const r = spawnSync(process.execPath, [join(dir, "checkout", "src/cli/bundled.mjs"), "analyze", "--jsonl"], { cwd: dir, input, encoding: "utf8", timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: "a", incidents: [{ provinces: ["diyala"], killed: 2 }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("replays a stream as the CLI run through tsx does: its modules find the migrations and locales beside their sources", () => {
    const dir = mkdtempSync(join(tmpdir(), "bundled-replay-"));
    try {
      const file = join(dir, "posts.jsonl");
      writeFileSync(file, [
        { id: "p1", publishedAt: "2026-03-10T05:10:00Z", text: "عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد" },
        { id: "p2", publishedAt: "2026-03-10T05:25:00Z", text: "مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية شمال بغداد" },
      ].map((r) => JSON.stringify(r)).join("\n"));
      const env = { ...process.env, LOG_LEVEL: "silent", TZ: "Asia/Baghdad" };
      const bundled = spawnSync(process.execPath, ["src/cli/bundled.mjs", "replay", file, "--jsonl"], { cwd: root, env, encoding: "utf8", timeout: 120_000 });
      const direct = spawnSync(process.execPath, ["--import", "tsx", "src/cli/replay.ts", file, "--jsonl"], { cwd: root, env, encoding: "utf8", timeout: 120_000 });
      expect(bundled.status, bundled.stderr).toBe(0);
      expect(bundled.stderr).not.toMatch(/running through tsx/); // from the bundle, not the fallback
      expect(bundled.stdout).toBe(direct.stdout);
      expect(bundled.stdout).toMatch(/"kind":"alert".*الطارمية/);
      expect(bundled.stderr).toMatch(/^alerts: 1$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs only the CLIs made for it: another name is refused, not run to no effect", () => {
    for (const name of ["../../etc", "eval", "export"]) {
      const r = spawnSync(process.execPath, ["src/cli/bundled.mjs", name], { cwd: root, encoding: "utf8", timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/usage: .*<analyze\|cluster\|replay>/);
    }
  });
});
