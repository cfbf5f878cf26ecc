// npm run bench -- engines: the fan-out (match + enqueue) for 100,000 subscribers
// on each engine: a SQLite file, and a throw-away PostgreSQL cluster started here
// (skipped with a message when PostgreSQL is not installed). Same subscribers
// (a quarter in Baghdad, a quarter in Baghdad or elsewhere, a quarter elsewhere,
// a quarter drone-only), one IED incident in Baghdad.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, createIncident, migrate } from "../src/storage/index.js";
import { enqueuePendingIncidents } from "../src/delivery/outbox.js";
import { postgresBin, startCluster } from "../test/support/postgres-cluster.js";
import { incidentData, seedSubscribers } from "./delivery.js";

const N = 100_000;

async function fanOut(engine: string, url: string): Promise<void> {
  await migrate(url);
  const db = createDb(url);
  try {
    let t = performance.now();
    await seedSubscribers(db, N);
    await createIncident(db, incidentData());
    const seedMs = performance.now() - t;
    t = performance.now();
    const rows = await enqueuePendingIncidents(db, new Date(), { timeZone: "Asia/Baghdad" });
    const ms = performance.now() - t;
    console.log(`${engine}: match + enqueue, ${N.toLocaleString("en")} subscribers: ${rows} rows in ${(ms / 1000).toFixed(2)} s (seeding took ${(seedMs / 1000).toFixed(1)} s)`);
  } finally {
    await db.$disconnect();
  }
}

export async function benchEngines(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-engines-"));
  try {
    await fanOut("SQLite", `file:${join(dir, "bench.db")}`);
    if (!postgresBin()) {
      console.log("PostgreSQL: not installed (apt-get install -y postgresql), skipped");
      return;
    }
    const cluster = await startCluster();
    try {
      cluster.psql("CREATE DATABASE bench");
      await fanOut("PostgreSQL (fsync off, local socket over TCP)", cluster.url("bench"));
    } finally {
      cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
