// `npm start -- --once` without a token: one poll cycle, alerts printed to the
// terminal as a subscriber would read them, then how to connect a bot.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FeedServer } from "../support/feed-server.js";
import { freshPgUrl, testEngine } from "../support/db.js";

let srv: FeedServer;
let dir: string;
beforeEach(async () => {
  srv = await FeedServer.start();
  dir = mkdtempSync(join(tmpdir(), "console-mode-"));
});
afterEach(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

const rss = (items: [string, string][]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
${items.map(([guid, text]) => `<item><title>${text}</title><guid>${guid}</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${text}</description></item>`).join("")}</channel></rss>`;

it("polls once, prints each alert in Arabic, migrates a fresh database on its own, and does not repeat", async () => {
  srv.route("/rss", {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
    body: rss([
      ["1", "مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى"],
      ["2", "وزير الخارجية يبحث مع نظيره التركي العلاقات الثنائية"],
    ]),
  });
  writeFileSync(join(dir, "sources.json"), JSON.stringify([{ name: "Local", url: srv.url("/rss") }]));
  mkdirSync(join(dir, "db")); // a folder that does not exist is refused (test/config.test.ts)
  const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DATABASE_URL: testEngine === "postgres" ? freshPgUrl(false) : `file:${join(dir, "db", "bot.db")}`, SOURCES_FILE: join(dir, "sources.json"), LOG_LEVEL: "silent", ALLOW_PRIVATE_SOURCES: "true" };
  // spawn, not spawnSync: the feed server runs in this process and must keep answering
  const once = () =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "--once"], { env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("exit", (status) => resolve({ status, stdout, stderr }));
    });

  const first = await once();
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain("ديالى");
  expect(first.stdout).toContain("المقدادية");
  expect(first.stdout).not.toContain("وزير الخارجية");
  expect(first.stderr).toContain("TELEGRAM_BOT_TOKEN");
  expect(first.stderr).toContain("✓ Local — 2 new items\n");
  expect(first.stderr).toMatch(/poll cycle done: 1 of 1 sources read, 2 new items, 1 new incident \(printed above\)/);
  // the report comes after the cycle, the alert before it
  expect(first.stderr.indexOf("poll cycle done")).toBeGreaterThan(first.stderr.indexOf("✓ Local"));

  const second = await once();
  expect(second.status, second.stderr).toBe(0);
  expect(second.stdout.trim()).toBe("");

  // a follow-up raising the toll is printed again, marked as an update
  srv.route("/rss", {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
    body: rss([
      ["3", "ارتفاع حصيلة انفجار العبوة الناسفة في قضاء المقدادية بديالى إلى خمسة قتلى"],
      ["1", "مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى"],
    ]),
  });
  const third = await once();
  expect(third.status, third.stderr).toBe(0);
  expect(third.stdout).toContain("🔄");
  expect(third.stdout).toContain("5 قتلى");
  expect(third.stderr).toMatch(/1 new item, 0 new incidents/);

  // nothing can be read: a line per source, what to check, and exit code 3
  writeFileSync(join(dir, "sources.json"), JSON.stringify([{ name: "Gone", url: "http://127.0.0.1:9/rss" }]));
  srv.route("/rss", { status: 500, body: "" });
  const fourth = await once();
  expect(fourth.status, fourth.stderr).toBe(3);
  expect(fourth.stderr).toContain("✗ Gone — not reachable (ECONNREFUSED)");
  expect(fourth.stderr).toContain("✗ Local — answered HTTP 500");
  expect(fourth.stderr).toMatch(/0 of 2 sources reachable — check the network or SOURCES_FILE/);
}, 150_000); // three start-ups of the service; slow on a loaded 2-core machine

it("`npm start` without a token first prints an example alert on stderr, marked as one, before the first cycle's report", async () => {
  writeFileSync(join(dir, "sources.json"), "[]");
  mkdirSync(join(dir, "db"));
  const env = {
    ...process.env, TELEGRAM_BOT_TOKEN: "", DATABASE_URL: testEngine === "postgres" ? freshPgUrl(false) : `file:${join(dir, "db", "bot.db")}`,
    SOURCES_FILE: join(dir, "sources.json"), LOG_LEVEL: "silent", HTTP_PORT: "0",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  const reported = new Promise<void>((resolve) => child.stderr.on("data", (d) => {
    stderr += d;
    if (stderr.includes("no active source")) resolve();
  }));
  const exited = new Promise((r) => child.on("exit", r));
  await Promise.race([reported, exited]);
  child.kill("SIGTERM");
  await exited;

  const start = stderr.indexOf("EXAMPLE");
  const end = stderr.indexOf("end of the example");
  expect(start, stderr).toBeGreaterThanOrEqual(0);
  const example = stderr.slice(start, end);
  // the seed page's first incident, through the real extractor and renderer, as a subscriber reads it
  expect(example).toContain("🔫 هجوم مسلح — قرية مبارك، ديالى");
  expect(example).toContain("الجهة المنفذة: داعش");
  expect(example).toContain("examples/seed-page.txt");
  expect(example).not.toMatch(/<\/?b>|&quot;/); // terminal text, not Telegram HTML
  // before how to connect a bot and before the first cycle's report; never on stdout, where live alerts go
  expect(end).toBeLessThan(stderr.indexOf("TELEGRAM_BOT_TOKEN"));
  expect(stderr.indexOf("no active source — check SOURCES_FILE")).toBeGreaterThan(end);
  expect(stdout).toBe("");
}, 60_000);
