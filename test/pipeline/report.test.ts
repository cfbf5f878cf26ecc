// What console mode says after a poll cycle: a line per source and a summary,
// silence for a tick when every source was only waiting for its next poll.
import { describe, expect, it } from "vitest";
import { cycleLogger, cycleReport, nothingRead } from "../../src/pipeline/index.js";
import { silentLog } from "../support/env.js";

const cycle = (o: Partial<Parameters<typeof cycleReport>[0]>) => ({ polled: 0, failed: 0, newItems: 0, sources: [], incidents: 0, sent: 0, ...o });

describe("the cycle report", () => {
  it("a line per source, then what to check when nothing could be read", () => {
    const s = cycle({ polled: 2, failed: 2, sources: [{ name: "شفق نيوز", fresh: -1, problem: "not reachable (ENOTFOUND)" }, { name: "Rudaw", fresh: -1, problem: "answered HTTP 500" }] });
    expect(cycleReport(s, { consoleMode: true, perSource: true })).toEqual([
      "✗ شفق نيوز — not reachable (ENOTFOUND)", "✗ Rudaw — answered HTTP 500", "0 of 2 sources reachable — check the network or SOURCES_FILE",
    ]);
    expect(nothingRead(s)).toBe(true);
  });

  it("nothing due: says nothing while sources wait, and what to fix when there is none", () => {
    const printed: string[] = [];
    const log = cycleLogger(true, silentLog, (t) => printed.push(t));
    log(cycle({ waiting: 7 }));
    expect(printed).toEqual([]);
    log(cycle({ waiting: 0 }));
    expect(printed).toEqual(["no active source — check SOURCES_FILE, or /sources in the bot\n"]);
    log(cycle({ polled: 1, newItems: 3, incidents: 1, sources: [{ name: "Rudaw", fresh: 3 }] }));
    expect(printed[1]).toBe("✓ Rudaw — 3 new items\npoll cycle done: 1 of 1 sources read, 3 new items, 1 new incident (printed above)\n");
    expect(cycleReport(cycle({ waiting: 7 }), { consoleMode: true, perSource: true })).toEqual(["no source was due (7 sources waiting for the next poll)"]);
  });
});
