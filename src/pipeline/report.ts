// What a poll cycle did, in words for the person at the terminal (console mode,
// `--once`): a line per source, then one summary line that says what to check
// when nothing could be read.
import type { Logger } from "../log.js";
import type { CycleSummary } from "./cycle.js";

/** `--once` exits with this when no source could be read (none active, or every one failed). */
export const EXIT_NO_SOURCE_READ = 3;

/** True when the cycle read nothing at all. */
export const nothingRead = (s: Pick<CycleSummary, "polled" | "failed">): boolean => s.polled === 0 || s.failed === s.polled;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function cycleReport(s: CycleSummary, o: { consoleMode: boolean; perSource: boolean }): string[] {
  const lines = o.perSource
    ? s.sources.map((r) => (r.fresh < 0 ? `✗ ${r.name} — ${r.problem ?? "failed"}` : `✓ ${r.name} — ${plural(r.fresh, "new item", "new items")}`))
    : [];
  if (s.polled === 0) {
    lines.push(s.waiting
      ? `no source was due (${plural(s.waiting, "source", "sources")} waiting for the next poll)`
      : "no active source — check SOURCES_FILE, or /sources in the bot");
    return lines;
  }
  const read = s.polled - s.failed;
  if (read === 0) {
    lines.push(`0 of ${s.polled} sources reachable — check the network or SOURCES_FILE`);
    return lines;
  }
  const alerts = o.consoleMode ? ` (${s.incidents ? "printed above" : "nothing to print"})` : `, ${plural(s.sent, "message sent", "messages sent")}`;
  lines.push(`poll cycle done: ${read} of ${s.polled} sources read, ${plural(s.newItems, "new item", "new items")}, ${plural(s.incidents, "new incident", "new incidents")}${alerts}`);
  return lines;
}

/**
 * What the service says after each scheduled cycle: the console's report on stderr (nothing for a
 * tick when every source was simply waiting for its next poll: that would print every POLL_CRON), or one log line.
 */
export function cycleLogger(consoleMode: boolean, log: Logger, err: (text: string) => void = (t) => void process.stderr.write(t)): (c: CycleSummary) => void {
  return consoleMode
    ? (c) => { if (c.polled > 0 || !c.waiting) err(cycleReport(c, { consoleMode: true, perSource: true }).join("\n") + "\n"); }
    : (c) => log.info({ polled: c.polled, failed: c.failed, newItems: c.newItems, incidents: c.incidents, sent: c.sent }, "poll cycle done");
}
