// `npm run -s sample -- --seed S --n N [--exclude ids.txt] < stream.jsonl > sample.jsonl`
// draws a blind-round sample from a real stream ({"id","publishedAt","text"} lines), reproducibly.
//
// Three strata, so that one sample measures both what the service alerts on and what it misses:
//   flagged  — posts the current extractor turns into at least one Iraqi incident (precision, fields);
//   screened — posts it does not flag but that name an event or a weapon (recall);
//   random   — anything else (the ordinary stream).
// The output carries the stratum but never the extractor's answer: labellers must not see it.
// Shares per stratum: --flagged 0.45 --screened 0.45 (the rest random).
//
// `--abroad` draws all N from a fourth stratum instead: posts the extractor places outside Iraq that name the
// dead or the wounded (CASUALTY_SCREEN). Their incidents are no alerts, so their tolls and types were never
// scored: labelled as if Iraq were not required, they measure the toll and type rules on real text (the
// language of a toll is the same in Nabatieh as in Diyala).

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { analyzeReport } from "../nlp/index.js";
import { CASUALTY_SCREEN, EVENT_CUES, TYPE_CUES } from "../nlp/cues.js";
import { PhraseMatcher } from "../nlp/match.js";
import { normalizeArabic, tokenize } from "../nlp/normalize.js";
import { rng } from "../random.js"; // the same seed draws the same sample on every machine
import { stopQuietlyOnClosedPipe } from "./closed-pipe.js";

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

function draw<T>(pool: T[], k: number, rand: () => number): T[] {
  const a = pool.slice();
  for (let i = 0; i < Math.min(k, a.length); i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, Math.min(k, a.length));
}

async function main(): Promise<void> {
  const seed = Number(arg("seed", "1"));
  const n = Number(arg("n", "200"));
  const fFlag = Number(arg("flagged", "0.45"));
  const fScreen = Number(arg("screened", "0.45"));
  const excludeFile = arg("exclude", "");
  const exclude = new Set(excludeFile ? readFileSync(excludeFile, "utf8").split(/\s+/).filter(Boolean) : []);
  const abroad = process.argv.includes("--abroad");
  const cues = new PhraseMatcher<unknown>([...EVENT_CUES, ...TYPE_CUES]);
  const casualties = new PhraseMatcher<true>(CASUALTY_SCREEN);

  const strata: Record<"flagged" | "screened" | "random" | "abroad", { id: string; publishedAt: string; text: string }[]> = {
    flagged: [], screened: [], random: [], abroad: [],
  };
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let row: { id?: unknown; publishedAt?: unknown; text?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      process.stderr.write(`line ${lineNo}: not JSON, skipped\n`);
      continue;
    }
    if (typeof row.id !== "string" || typeof row.text !== "string" || exclude.has(row.id)) continue;
    const post = { id: row.id, publishedAt: typeof row.publishedAt === "string" ? row.publishedAt : "", text: row.text };
    const date = new Date(post.publishedAt);
    const stories = analyzeReport({ title: "", text: post.text, publishedAt: Number.isFinite(date.getTime()) ? date : new Date() });
    const flagged = stories.some((s) => s.incident);
    const toks = tokenize(normalizeArabic(post.text));
    if (!flagged && stories.some((s) => s.reason === "outside-iraq") && casualties.find(toks).length > 0) strata.abroad.push(post);
    if (flagged) strata.flagged.push(post);
    else if (cues.find(toks).length > 0) strata.screened.push(post);
    else strata.random.push(post);
  }
  const rand = rng(seed);
  const nFlag = abroad ? 0 : Math.round(n * fFlag);
  const nScreen = abroad ? 0 : Math.round(n * fScreen);
  const picked = abroad ? draw(strata.abroad, n, rand).map((p) => ({ ...p, stratum: "abroad" })) : [
    ...draw(strata.flagged, nFlag, rand).map((p) => ({ ...p, stratum: "flagged" })),
    ...draw(strata.screened, nScreen, rand).map((p) => ({ ...p, stratum: "screened" })),
    ...draw(strata.random, n - nFlag - nScreen, rand).map((p) => ({ ...p, stratum: "random" })),
  ];
  // Shuffle so labellers cannot tell the strata apart by position; then the stream's order for reading.
  const mixed = draw(picked, picked.length, rand).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  for (const p of mixed) process.stdout.write(`${JSON.stringify({ id: p.id, publishedAt: p.publishedAt, text: p.text })}\n`);
  process.stderr.write(
    `seed ${seed}: pools flagged ${strata.flagged.length}, screened ${strata.screened.length}, random ${strata.random.length}, ` +
      `abroad ${strata.abroad.length}${abroad ? " (drawing from it only)" : ""}; ` +
      `drawn ${picked.filter((p) => p.stratum === "flagged").length}/${picked.filter((p) => p.stratum === "screened").length}/` +
      `${picked.filter((p) => p.stratum === "random").length}${abroad ? `, abroad ${picked.length}` : ""}\n`,
  );
  // The strata go to a side file (ids only) for scoring, never beside the texts the labellers read.
  const strataOut = arg("strata-out", "");
  if (strataOut) {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(strataOut, picked.map((p) => `${JSON.stringify({ id: p.id, stratum: p.stratum })}\n`).join(""));
  }
}

stopQuietlyOnClosedPipe();
void main();
