// `npm run -s analyze -- FILE` prints the analysis of one text file as JSON.
// `npm run -s analyze -- --jsonl < in.jsonl` reads {"id","text"[,"publishedAt"]} lines and writes
// {"id","incidents":[{provinces,place,type,killed,injured,perpetrator,summary}]} lines (stable contract).

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { analyzeReport } from "../nlp/index.js";

const DEFAULT_DATE = "2026-06-01T12:00:00Z";

function dateOf(v: unknown): Date {
  const d = typeof v === "string" || typeof v === "number" ? new Date(v) : new Date(DEFAULT_DATE);
  return Number.isFinite(d.getTime()) ? d : new Date(DEFAULT_DATE);
}

function incidentsOf(text: string, publishedAt: Date) {
  return analyzeReport({ title: "", text, publishedAt })
    .filter((s) => s.incident)
    .map(({ incident: f }) => ({
      provinces: f!.provinces, place: f!.place, type: f!.type, killed: f!.killed, injured: f!.injured,
      perpetrator: f!.perpetrator, summary: f!.summary,
    }));
}

async function jsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let incidents: ReturnType<typeof incidentsOf> = [];
    try {
      const row = JSON.parse(line) as { id?: unknown; text?: unknown; publishedAt?: unknown };
      id = row.id ?? null;
      incidents = incidentsOf(typeof row.text === "string" ? row.text : "", dateOf(row.publishedAt));
    } catch {
      // a bad line still gets an answer line
    }
    process.stdout.write(`${JSON.stringify({ id, incidents })}\n`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--jsonl")) return jsonl();
  const file = args[0];
  if (!file) {
    process.stderr.write("usage: npm run -s analyze -- FILE | --jsonl < in.jsonl\n");
    process.exitCode = 2;
    return;
  }
  const text = readFileSync(file, "utf8");
  const stories = analyzeReport({ title: "", text, publishedAt: new Date(DEFAULT_DATE) });
  process.stdout.write(`${JSON.stringify(stories.map(({ text: _t, ...s }) => s), null, 2)}\n`);
}

void main();
