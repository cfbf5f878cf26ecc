import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

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
});
