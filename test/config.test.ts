import { spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { environment, loadConfig, readEnvFile } from "../src/config.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;

/** `npm start` (src/main.ts) in `cwd`, with only the given variables beyond PATH. */
function start(cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["--import", tsx, join(root, "src/main.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("config", () => {
  it("has working defaults and console mode without a token", () => {
    const c = loadConfig({});
    expect(c.consoleMode).toBe(true);
    expect(c.DATABASE_URL).toBe("file:./data/bot.db");
    expect(c.TZ).toBe("Asia/Baghdad");
    expect(c.POLL_CRON).toBe("*/2 * * * *");
    expect(c.ADMIN_IDS).toEqual([]);
  });

  it("parses admin ids as 64-bit integers", () => {
    expect(loadConfig({ ADMIN_IDS: "42, 9007199254740993" }).ADMIN_IDS).toEqual([42n, 9007199254740993n]);
  });

  it.each([
    ["POLL_CRON", "every minute"],
    ["TZ", "Mars/Olympus"],
    ["ADMIN_IDS", "12,abc"],
    ["TELEGRAM_BOT_TOKEN", "not-a-token"],
    ["TELEGRAM_API_ROOT", "not a url"],
    ["DATABASE_URL", "postgres://x"],
    ["HTTP_PORT", "99999"],
    ["LOG_LEVEL", "loud"],
  ])("rejects a bad %s with its name", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} `));
  });

  it("stops npm start with one line and exit code 2", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, POLL_CRON: "bogus", TELEGRAM_BOT_TOKEN: "" },
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual(["configuration error: POLL_CRON is not a valid cron expression"]);
  });

  it("states the range of a number that is out of it (or not a number)", () => {
    expect(() => loadConfig({ HTTP_PORT: "99999" })).toThrow("HTTP_PORT must be a whole number from 0 to 65535 (got 99999)");
    expect(() => loadConfig({ RECENT_WINDOW_MIN: "-5" })).toThrow("RECENT_WINDOW_MIN must be a whole number from 0 to 1440 (got -5)");
    expect(() => loadConfig({ POLL_CONCURRENCY: "lots" })).toThrow('POLL_CONCURRENCY must be a whole number from 1 to 64 (got lots)');
    expect(() => loadConfig({ LEASE_TTL_SEC: "2.5" })).toThrow("LEASE_TTL_SEC must be a whole number from 5 to 3600 (got 2.5)");
  });

  it("treats an empty value as unset", () => {
    const c = loadConfig({ WEBHOOK_URL: "", WEBHOOK_SECRET: "", HTTP_PORT: "", TZ: " ", SUMMARY_API_URL: "", ALLOW_PRIVATE_SOURCES: "" });
    expect(c.WEBHOOK_URL).toBeUndefined();
    expect(c.HTTP_PORT).toBe(8080);
    expect(c.TZ).toBe("Asia/Baghdad");
    expect(c.ALLOW_PRIVATE_SOURCES).toBe(false);
  });

  it("accepts .env.example copied as it is", () => {
    const c = loadConfig(readEnvFile(join(root, ".env.example")));
    expect(c.consoleMode).toBe(true);
    expect(c.WEBHOOK_URL).toBeUndefined();
    expect(c.POLL_CRON).toBe("*/2 * * * *");
  });

  describe("DATABASE_URL, checked before anything opens it", () => {
    let dir: string;
    beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "iraq-alerts-config-"))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ["bot.db", /^DATABASE_URL must be a SQLite URL such as file:\.\/data\/bot\.db or a PostgreSQL URL such as postgresql:\/\/user:password@host:5432\/alerts \(got "bot\.db"\)$/],
      ["file:", /^DATABASE_URL must name the SQLite file after file:/],
      ["mysql://root:hunter2@db/alerts", /^DATABASE_URL must be a SQLite URL .*\(got "mysql:\/\/root:\*\*\*@db\/alerts"\)$/],
      ["postgresql://alerts:pw@db.internal:5432", /^DATABASE_URL must name the database after the host, such as postgresql:\/\/user:password@db\.internal:5432\/alerts$/],
      ["postgres://x", /^DATABASE_URL must name the database after the host/],
    ])("%s is refused in one line", (url, message) => {
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(message);
    });

    it("refuses a folder that does not exist, and a folder given as the file", () => {
      expect(() => loadConfig({ DATABASE_URL: `file:${dir}/missing/bot.db` })).toThrow(`DATABASE_URL points into a folder that does not exist: ${dir}/missing`);
      expect(() => loadConfig({ DATABASE_URL: `file:${dir}` })).toThrow(`DATABASE_URL names a folder, not a file: ${dir}`);
      expect(loadConfig({ DATABASE_URL: `file:${dir}/bot.db` }).DATABASE_URL).toBe(`file:${dir}/bot.db`);
    });

    it("takes a PostgreSQL database", () => {
      const pg = "postgresql://alerts:pw@db.internal:5432/alerts?sslmode=require";
      expect(loadConfig({ DATABASE_URL: pg }).DATABASE_URL).toBe(pg);
      expect(loadConfig({ DATABASE_URL: "postgres://localhost/alerts" }).DATABASE_URL).toBe("postgres://localhost/alerts");
    });

    it("an unreachable PostgreSQL stops npm start with one line naming it (password hidden) and exit code 2", async () => {
      const srv = createServer().listen(0, "127.0.0.1");
      await new Promise((r) => srv.once("listening", r));
      const port = (srv.address() as AddressInfo).port;
      await new Promise((r) => srv.close(r)); // nothing listens there now
      const run = start(dir, { DATABASE_URL: `postgresql://alerts:s3cret@127.0.0.1:${port}/alerts` });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toEqual([`cannot reach PostgreSQL at postgresql://alerts:***@127.0.0.1:${port}/alerts (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port})`]);
    });

    it("is reported before any other bad setting", () => {
      expect(() => loadConfig({ POLL_CRON: "bogus", DATABASE_URL: "bot.db" })).toThrow(/^DATABASE_URL /);
    });

    it("npm start stops with exit code 2 and touches nothing", () => {
      const run = start(dir, { DATABASE_URL: "bot.db" });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toEqual(['configuration error: DATABASE_URL must be a SQLite URL such as file:./data/bot.db or a PostgreSQL URL such as postgresql://user:password@host:5432/alerts (got "bot.db")']);
      expect(existsSync(join(dir, "bot.db"))).toBe(false);
      const missing = start(dir, { DATABASE_URL: "file:./nowhere/bot.db" });
      expect(missing.status).toBe(2);
      expect(existsSync(join(dir, "nowhere"))).toBe(false);
    });
  });

  describe(".env", () => {
    let dir: string;
    beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "iraq-alerts-env-"))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("is read from the working directory; the process's own variables win", () => {
      writeFileSync(join(dir, ".env"), "TZ=Europe/Berlin\nHTTP_PORT=9000\n# a comment\nWEBHOOK_URL=\n");
      const env = environment({ HTTP_PORT: "9100" }, join(dir, ".env"));
      const c = loadConfig(env);
      expect(c.TZ).toBe("Europe/Berlin");
      expect(c.HTTP_PORT).toBe(9100);
      expect(c.WEBHOOK_URL).toBeUndefined();
      expect(environment({ A: "1" }, join(dir, "absent.env"))).toEqual({ A: "1" });
    });

    it("is loaded by npm start", () => {
      writeFileSync(join(dir, ".env"), "POLL_CRON=bogus\n");
      mkdirSync(join(dir, "data"));
      const run = start(dir);
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe("configuration error: POLL_CRON is not a valid cron expression");
      // and the shell overrides the file
      const over = start(dir, { POLL_CRON: "*/5 * * * *", TZ: "Nowhere/Town" });
      expect(over.stderr.trim()).toBe("configuration error: TZ is not a known IANA time zone (e.g. Asia/Baghdad)");
      expect(readFileSync(join(dir, ".env"), "utf8")).toBe("POLL_CRON=bogus\n");
    });
  });
});
