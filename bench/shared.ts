// npm run bench -- shared: three senders on one PostgreSQL outbox (a throw-away
// cluster), each with its own connection pool and sender lease, sending 6,000
// messages with paid broadcasts (1000/s bot-wide) to the fake Bot API in a
// process of its own, which enforces Telegram's limits. Prints what the fake
// counted: messages per full second, the busiest sliding second, 429s, and
// how many each instance sent. The three share this process's event loop (and
// its CPU), so the rate shows the sharing, not what three machines reach.
// Skipped when PostgreSQL is not installed.
import { Api } from "grammy";
import { pino } from "pino";
import { claimDeliveries, createDb, insertNewDeliveries, migrate, releaseClaims, type Db } from "../src/storage/index.js";
import { Sender } from "../src/delivery/sender.js";
import { sharedInstance } from "../src/delivery/instances.js";
import type { Renderer } from "../src/alerts/index.js";
import { postgresBin, startCluster } from "../test/support/postgres-cluster.js";
import { busiestSecond } from "../test/support/fake-telegram.js";
import { perSecond, RemoteFake } from "./delivery.js";

const log = pino({ level: "silent" });
const N = 6000;
const INSTANCES = 3;
const cheapRenderer: Renderer = async (d) => ({ text: `تنبيه: انفجار عبوة ناسفة في بغداد (${d.key})`, silent: d.silent });

export async function benchShared(): Promise<void> {
  if (!postgresBin()) {
    console.log("PostgreSQL: not installed (apt-get install -y postgresql), skipped");
    return;
  }
  const cluster = await startCluster();
  const fake = await RemoteFake.start();
  const dbs: Db[] = [];
  try {
    cluster.psql("CREATE DATABASE bench");
    const url = cluster.url("bench");
    await migrate(url);
    for (let k = 0; k < INSTANCES; k++) dbs.push(createDb(url, { poolSize: 4 }));
    const db = dbs[0]!;
    for (let i = 0; i < N; i += 1000) {
      await insertNewDeliveries(db, "bench", Array.from({ length: 1000 }, (_, k) => ({ key: "bench", kind: "broadcast", chatId: BigInt(1_000_000 + i + k) })));
    }
    // (insertNewDeliveries takes the queue's statistics again after each large write, as the service does)
    const c0 = performance.now();
    const probe = await claimDeliveries(db, 17, { holder: "probe", shared: true });
    const claimMs = performance.now() - c0;
    await releaseClaims(db, probe.map((d) => d.id));
    await fake.enforceLimits({ perSecondTotal: 30, perSecondPerChat: 1, perMinutePerGroup: 20, perSecondPaid: 1000 });
    await fake.reset();
    const limits = { perSecond: 30, paid: true, paidPerSecond: 1000 };
    const senders = dbs.map((d, k) => new Sender({
      db: d, api: new Api(fake.token, { apiRoot: fake.apiRoot }), log, render: cheapRenderer, limits, concurrency: 8,
      instance: sharedInstance(d, log, { ttlMs: 10_000, holder: `bench-${k}` }),
    }));
    const t0 = performance.now();
    const elu0 = performance.eventLoopUtilization();
    for (const s of senders) s.start(200);
    while ((await db.delivery.count({ where: { state: "sent" } })) < N && performance.now() - t0 < 180_000) await new Promise((r) => setTimeout(r, 250));
    const elapsed = (performance.now() - t0) / 1000;
    const busy = performance.eventLoopUtilization(elu0).utilization;
    await Promise.all(senders.map((s) => s.stop()));
    const stats = await fake.stats();
    const seconds = perSecond(stats.accepted);
    const avg = seconds.length ? seconds.reduce((a, b) => a + b, 0) / seconds.length : 0;
    const by = await db.delivery.groupBy({ by: ["claimedBy"], where: { state: "sent" }, _count: { _all: true } });
    const dupes = stats.received.reduce((n, [, k]) => n + k - 1, 0);
    console.log(
      `one shared claim of 17 rows with ${N} queued: ${claimMs.toFixed(1)} ms; ` +
        `${INSTANCES} senders, one PostgreSQL outbox, paid broadcasts (limit 1000/s bot-wide): ${N} messages in ${elapsed.toFixed(1)} s (from start, including the ~2 s a sender waits to be counted); ` +
        `per full second at the fake ${avg.toFixed(0)} (${((100 * avg) / 1000).toFixed(1)} % of 1000), busiest sliding second ${busiestSecond(stats.accepted)}, seconds [${seconds.join(" ")}]; ` +
        `429s ${stats.rateLimited}; duplicates ${dupes}; per instance ${by.map((g) => g._count._all).join(" / ")}; event loop busy ${(100 * busy).toFixed(0)} %`,
    );
  } finally {
    for (const d of dbs) await d.$disconnect();
    fake.close();
    cluster.stop();
  }
}
