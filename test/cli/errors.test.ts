// The CLIs on bad input: one clear line and exit code 2, never a stack trace;
// a JSONL line that cannot be read is answered and warned about with its number.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

function cli(script: string, args: string[], input = "") {
  return spawnSync(process.execPath, ["--import", "tsx", `src/cli/${script}.ts`, ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
}

const seed = fileURLToPath(new URL("../../examples/seed-page.txt", import.meta.url));
let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "iraq-alerts-cli-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("analyze", () => {
  it("a missing file or a folder: one line, exit 2", () => {
    const missing = cli("analyze", ["--", join(dir, "nope.txt")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`analyze: ${join(dir, "nope.txt")}: no such file`);
    const folder = cli("analyze", [dir]);
    expect(folder.status).toBe(2);
    expect(folder.stderr.trim()).toBe(`analyze: ${dir}: not a file`);
  });

  it("`-` reads stdin, as a file would be read", () => {
    const fromStdin = cli("analyze", ["--", "-"], readFileSync(seed, "utf8"));
    const fromFile = cli("analyze", [seed]);
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout).filter((s: { incident: unknown }) => s.incident)).toHaveLength(2);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });
  it("--jsonl FILE reads the file as stdin would be read; a missing one: one line, exit 2", () => {
    const posts = join(dir, "posts.jsonl");
    const text = JSON.stringify({ id: "p1", text: "مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى" });
    writeFileSync(posts, `${text}\n${JSON.stringify({ id: "p2", text: "وزير الخارجية يبحث مع نظيره التركي العلاقات الثنائية" })}\n`);
    const fromFile = cli("analyze", ["--", "--jsonl", posts]);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromFile.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["p1", "p2"]);
    expect(fromFile.stderr).toMatch(/^analyzed 2 posts/);
    const fromStdin = cli("analyze", ["--jsonl"], readFileSync(posts, "utf8"));
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const missing = cli("analyze", ["--jsonl", join(dir, "nope.jsonl")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`analyze: ${join(dir, "nope.jsonl")}: no such file`);
  });
  // --jsonl's bad lines: test/nlp/analyze-jsonl.test.ts
});

describe("cluster", () => {
  it("--jsonl FILE reads the file as stdin would be read; a missing one: one line, exit 2", () => {
    const posts = join(dir, "reports.jsonl");
    const report = (id: string, text: string, at: string) => JSON.stringify({ id, text, publishedAt: at });
    writeFileSync(posts, [
      report("r1", "انفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية شمالي بغداد", "2026-03-10T05:10:00Z"),
      report("r2", "مقتل جندي بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية", "2026-03-10T05:25:00Z"),
    ].join("\n") + "\n");
    const fromFile = cli("cluster", ["--", "--jsonl", posts]);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const out = fromFile.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; incident: string | null });
    expect(out.map((o) => o.id)).toEqual(["r1", "r2"]);
    expect(out[0]!.incident).not.toBeNull();
    expect(out[1]!.incident).toBe(out[0]!.incident);
    expect(cli("cluster", ["--jsonl"], readFileSync(posts, "utf8")).stdout).toBe(fromFile.stdout);
    const missing = cli("cluster", ["--jsonl", join(dir, "nope.jsonl")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`cluster: ${join(dir, "nope.jsonl")}: no such file`);
  });
});

describe("a reader that stops early (`| head`)", () => {
  /** Runs a CLI, closes its stdout after the first chunk as `head` does; its exit code and stderr. */
  async function headOf(script: string, args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ["--import", "tsx", `src/cli/${script}.ts`, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once("data", () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    return { code, stderr };
  }
  /** `n` posts 7 hours apart, of four acts in twelve districts: as many alerts (enough output to fill a pipe). */
  const many = (n: number): string => {
    const places = ["قضاء المقدادية بمحافظة ديالى", "قضاء الطارمية شمالي بغداد", "قضاء الحويجة بمحافظة كركوك", "قضاء تلعفر بمحافظة نينوى",
      "قضاء الرطبة بمحافظة الأنبار", "قضاء بلد بمحافظة صلاح الدين", "قضاء الزبير بمحافظة البصرة", "قضاء خانقين بمحافظة ديالى",
      "قضاء سامراء بمحافظة صلاح الدين", "قضاء الفلوجة بمحافظة الأنبار", "قضاء زاخو بمحافظة دهوك", "قضاء كويسنجق بمحافظة أربيل"];
    const acts = ["مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في", "إصابة جنديين بهجوم مسلح على نقطة للجيش في",
      "اغتيال ضابط بإطلاق نار أمام منزله في", "سقوط قذيفة هاون على منطقة سكنية في"];
    const posts = join(dir, `many-${n}.jsonl`);
    const row = (i: number) => JSON.stringify({
      id: `p${i}`, text: `${acts[i % 4]} ${places[i % 12]}`, publishedAt: new Date(Date.parse("2026-07-01T00:00:00Z") + i * 7 * 3_600_000).toISOString(),
    });
    writeFileSync(posts, Array.from({ length: n }, (_, i) => row(i)).join("\n") + "\n");
    return posts;
  };

  it("ends the CLI quietly: exit 0, no stack trace", async () => {
    const { code, stderr } = await headOf("analyze", ["--jsonl", many(3000)]);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it("lets it finish its own way: replay still removes its scratch database", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "iraq-alerts-tmp-"));
    try {
      const { code, stderr } = await headOf("replay", [many(300)], { TMPDIR: scratch, LOG_LEVEL: "silent" });
      expect(stderr).not.toMatch(/EPIPE|Error/);
      expect(code).toBe(0);
      expect(readdirSync(scratch).filter((f) => f.startsWith("replay-"))).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe("eval --file", () => {
  it("a file with a bad line, or a folder: one line naming it, exit 2", () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify({ id: "1", text: "نص", iraq_incident: false, province: null, type: null, killed: null, injured: null })}\n{oops\n`);
    const run = cli("eval", ["--file", bad]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`eval: ${bad}:2: not JSON`);
    const unlabelled = join(dir, "unlabelled.jsonl");
    writeFileSync(unlabelled, `${JSON.stringify({ id: "1", text: "نص" })}\n`);
    expect(cli("eval", ["--file", unlabelled]).stderr.trim()).toBe(`eval: ${unlabelled}:1: not a labelled row (needs "text" and "iraq_incident")`);
    const folder = cli("eval", ["--file", dir]);
    expect(folder.status).toBe(2);
    expect(folder.stderr.trim()).toBe(`eval: ${dir} is a folder, not a JSONL file`);
  });
});
