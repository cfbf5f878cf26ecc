// `npm run replay -- FILE [--jsonl] [--summary] [--db PATH]`: what subscribers
// would have received from a stream of posts — every alert and every update,
// as the Arabic message, with the incident and the reports behind it — then a
// summary. FILE is JSONL ({"id","publishedAt","text"} lines in time order), an
// RSS/Atom file or a saved t.me/s page. The service's own pipeline runs on a
// scratch SQLite file with the clock taken from publishedAt (replay-run.ts).
//
// --jsonl: stdout is one object per alert/update for tools,
//   {"kind":"alert"|"update","incident":"<id>","reports":["<input id>",…],"text":"<message>"}
//   (reports: every input id merged into that incident so far), and one of kind "report" (text "") for a post
//   filed with an incident that sent nothing — a follow-up or a report adding nothing, a repost of one of its
//   reports — so that every post's incident can be read; the summary goes to stderr.
// Either way the summary has plain `alerts: N` and `updates: N` lines.
import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfigOrReport } from "../config.js";
import { summarizerFromConfig } from "../alerts/index.js";
import { combinedBeyondSplit } from "../nlp/index.js";
import { htmlToText } from "../pipeline/index.js";
import { readReplayFile } from "./replay-input.js";
import { replay, type ReplayMessage, type ReplayResult } from "./replay-run.js";
import { stopQuietlyOnClosedPipe } from "./closed-pipe.js";

const USAGE = `usage: npm run -s replay -- FILE [--jsonl] [--summary] [--db PATH]
  FILE       JSONL of {"id","publishedAt","text"} lines, an RSS/Atom file, or a saved t.me/s page
  --jsonl    one {"kind","incident","reports","text"} object per alert/update (and per post filed with
             nothing sent: kind "report") on stdout; summary on stderr
  --summary  only the summary
  --db PATH  keep the scratch database there (a new file) instead of a temporary one`;

export interface JsonlMessage {
  kind: "alert" | "update" | "report";
  incident: string;
  reports: string[];
  text: string;
}

export function jsonlMessage(m: ReplayMessage): JsonlMessage | null {
  if (m.kind === "reply") return null; // the contract lists alerts and updates; the reply goes with its update
  return { kind: m.kind, incident: String(m.incident), reports: m.reports, text: m.kind === "report" ? "" : htmlToText(m.html) };
}

function clock(d: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(d).map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function summaryLines(r: ReplayResult, messages: { kind: string; at: Date }[], timeZone: string, problems: number): string[] {
  const out: string[] = [];
  const sizes = r.incidents.map((i) => i.reports).sort((a, b) => a - b);
  const mean = sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : 0;
  const median = sizes.length ? sizes[Math.floor(sizes.length / 2)]! : 0;
  out.push(`posts: ${r.posts}`);
  if (problems) out.push(`skipped: ${problems}`);
  out.push(`incident posts: ${r.incidentPosts}`);
  out.push(`incidents: ${r.incidents.length}`);
  out.push(`alerts: ${r.alerts}`);
  out.push(`updates: ${r.updates}`);
  out.push(`replies: ${r.replies}`);
  out.push(`report lines (a post filed with an incident that sent nothing for it): ${r.quiet}`);
  out.push(`reposts (the same words within 48 h, a flash's within 6 h: filed with the post they repeat): ${r.reposts}`);
  out.push(`reports per incident: mean ${mean.toFixed(2)}, median ${median}, max ${sizes.at(-1) ?? 0}; single-report incidents ${sizes.filter((s) => s === 1).length}`);
  const perDay = new Map<string, number>();
  for (const m of messages) if (m.kind === "alert") {
    const day = clock(m.at, timeZone).slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const days = [...perDay.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const busiest = [...days].sort((a, b) => b[1] - a[1]);
  out.push(`alerts per day (${timeZone}): ${days.length} days with alerts, mean ${(days.length ? r.alerts / days.length : 0).toFixed(2)}, max ${busiest[0]?.[1] ?? 0}${busiest[0] ? ` (${busiest[0][0]})` : ""}`);
  for (const [day, n] of days) out.push(`  ${day}  ${n}`);
  out.push("ten biggest incidents:");
  for (const i of [...r.incidents].sort((a, b) => b.reports - a.reports || a.id - b.id).slice(0, 10)) {
    const split = i.killed !== null || i.injured !== null ? ` killed ${i.killed ?? "?"} injured ${i.injured ?? "?"}` : "";
    const combined = combinedBeyondSplit(i);
    const toll = split + (combined !== null ? ` killed or injured ${combined}` : "");
    const span = Math.round((i.lastAt.getTime() - i.firstAt.getTime()) / 60_000);
    out.push(`  #${i.id}  ${i.reports} reports over ${span} min from ${clock(i.firstAt, timeZone)}  ${i.type} ${i.province ?? "-"}${i.place ? ` (${i.place})` : ""}${toll}  «${i.headline.slice(0, 90)}»`);
  }
  out.push(`time: ${r.seconds.toFixed(1)} s (${(r.posts / Math.max(r.seconds, 1e-9)).toFixed(0)} posts/s)`);
  return out;
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== "--");
  const jsonl = args.includes("--jsonl");
  const summaryOnly = args.includes("--summary");
  const dbAt = args.indexOf("--db");
  const dbPath = dbAt >= 0 ? args[dbAt + 1] : undefined;
  const file = args.filter((a, i) => !a.startsWith("--") && (dbAt < 0 || i !== dbAt + 1))[0];
  if (!file || (dbAt >= 0 && !dbPath)) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`replay: ${file}: no such file`);
    return 2;
  }
  if (dbPath && existsSync(dbPath)) {
    console.error(`replay: ${dbPath} exists; --db wants a new file`);
    return 2;
  }
  const config = loadConfigOrReport();
  if (!config) return 2;
  let input;
  try {
    input = await readReplayFile(file);
  } catch (err) {
    console.error(`replay: ${file}: ${(err as Error).message}`);
    return 2;
  }
  for (const p of input.problems) console.error(`${file}: ${p}`);
  const info = (line: string) => (jsonl ? process.stderr : process.stdout).write(line + "\n");
  const messages: { kind: string; at: Date }[] = [];
  const tz = config.TZ;
  const result = await replay(input.posts, {
    windowHours: config.MERGE_WINDOW_HOURS,
    updateMode: config.UPDATE_MODE,
    timeZone: tz,
    summarizer: summarizerFromConfig(config),
    sourceName: basename(file),
    ...(dbPath ? { dbPath } : {}),
    onMessage: (m) => {
      messages.push({ kind: m.kind, at: m.at });
      if (jsonl) {
        const o = jsonlMessage(m);
        if (o) process.stdout.write(JSON.stringify(o) + "\n");
      } else if (!summaryOnly && m.kind === "report") {
        const what = m.repostOf ? `repost of ${m.repostOf}` : "adds nothing to send";
        process.stdout.write(`── ${clock(m.at, tz)} REPORT, nothing sent · incident ${m.incident} · ${m.post} (${what})\n\n`);
      } else if (!summaryOnly) {
        const label = m.kind === "alert" ? "ALERT" : m.kind === "update" ? "UPDATE (edit)" : "REPLY";
        process.stdout.write(`── ${clock(m.at, tz)} ${label} · incident ${m.incident} · reports ${m.reports.join(" ")}\n${htmlToText(m.html)}\n\n`);
      }
    },
  });
  info(`== replay of ${file} (${input.format}; merge window ${config.MERGE_WINDOW_HOURS} h, updates ${config.UPDATE_MODE})`);
  for (const l of summaryLines(result, messages, tz, input.problems.length)) info(l);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  stopQuietlyOnClosedPipe();
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err) => {
    console.error(`fatal: ${(err as Error).message}`);
    process.exitCode = 1;
  });
}
