// Logs for a person at a terminal are lines of text; JSON stays for machines.
import { describe, expect, it } from "vitest";
import { formatLogLine, humanLogs } from "../src/log.js";

describe("readable logs", () => {
  it("turns a JSON line into one line of text, keeping the fields that matter", () => {
    const line = JSON.stringify({ level: 40, time: Date.UTC(2026, 0, 1, 9, 4, 31), pid: 1, hostname: "h", stage: "sources", source: "شفق نيوز", failures: 2, err: "ENOTFOUND feeds.example", msg: "source failed" });
    expect(formatLogLine(line)).toBe('09:04:31 WARN  [sources] شفق نيوز: source failed — failures=2 err="ENOTFOUND feeds.example"\n');
    expect(formatLogLine("not json\n")).toBe("not json\n");
  });

  it("is used on a terminal, not in production or when stderr is a file or a pipe", () => {
    expect(humanLogs({}, true)).toBe(true);
    expect(humanLogs({ NODE_ENV: "production" }, true)).toBe(false);
    expect(humanLogs({}, false)).toBe(false);
  });
});
