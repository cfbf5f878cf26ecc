// Merging speed: the labelled reports (test/fixtures/merge/) repeated over
// many days, through the in-memory logic (as the cluster CLI) and through the
// store on a real SQLite file (as the service). Prints numbers, asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { createDb, createSource, migrate, storeFeedItems } from "../src/storage/index.js";
import { Clusterer, ingestPending } from "../src/incidents/index.js";
import { readMergeSet, MERGE_SETS } from "../src/incidents/evaluate.js";
import { decide, stateFromFacts, type Candidate } from "../src/incidents/merge.js";
import { incidentStories, incoming } from "../src/incidents/reports.js";

const DAY = 86_400_000;

/** The labelled reports, `copies` times, each copy a week later than the one before. */
function stream(copies: number) {
  const set = readMergeSet(MERGE_SETS.tuning);
  const out: { text: string; publishedAt: Date }[] = [];
  for (let k = 0; k < copies; k++) for (const r of set) out.push({ text: r.text, publishedAt: new Date(Date.parse(r.publishedAt) + k * 7 * DAY) });
  return out;
}

export async function benchMerge(): Promise<void> {
  const reports = stream(40);

  let t = performance.now();
  const clusterer = new Clusterer({ windowHours: 12 });
  for (const r of reports) clusterer.add(r);
  let ms = performance.now() - t;
  console.log(`cluster (analysis + merging): ${reports.length} reports in ${ms.toFixed(0)} ms, ${((ms / reports.length) * 1000).toFixed(0)} µs/report`);

  // Merging alone: stories analysed beforehand, then decide() against 200 open incidents.
  const analysed = reports.slice(0, 400).flatMap((r) => incidentStories({ title: "", text: r.text, publishedAt: r.publishedAt }).map((s) => incoming(s, r.publishedAt)));
  const open: Candidate<number>[] = analysed.slice(0, 200).map((inc, i) => ({
    key: i, state: stateFromFacts(inc.facts, inc.headline), lastAt: inc.at, texts: [inc.text],
  }));
  const probes = analysed.map((inc) => ({ ...inc, at: open[0]!.lastAt, facts: { ...inc.facts, occurredAt: open[0]!.lastAt } }));
  t = performance.now();
  for (const inc of probes) decide(inc, open.map((c) => ({ ...c, lastAt: inc.at })), { windowHours: 12 });
  ms = performance.now() - t;
  console.log(`decide against ${open.length} open incidents: ${((ms / probes.length) * 1000).toFixed(0)} µs/report`);

  const dir = mkdtempSync(join(tmpdir(), "bench-merge-"));
  try {
    const url = `file:${join(dir, "bot.db")}`;
    await migrate(url);
    const db = createDb(url);
    const source = await createSource(db, { name: "bench", url: "http://127.0.0.1/bench" });
    const items = reports.slice(0, 820);
    await storeFeedItems(db, items.map((r, i) => ({ sourceId: source.id, key: String(i), guid: null, url: null, title: "", text: r.text, publishedAt: r.publishedAt, processedAt: null })));
    t = performance.now();
    const res = await ingestPending(db, pino({ level: "silent" }), { windowHours: 12 });
    ms = performance.now() - t;
    console.log(
      `store (SQLite): ${res.items} items in ${ms.toFixed(0)} ms, ${(ms / res.items).toFixed(2)} ms/item ` +
        `(${res.created.length} incidents created, ${res.updated.length} updates, ${res.attached.length} reports attached)`,
    );
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
