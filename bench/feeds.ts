// The whole path a user pays for, per poll cycle: 200 feeds × 50 items served on
// 127.0.0.1, polled by the service's Poller (fetch, decode, parse, identify, store
// in a real migrated SQLite file), concurrency 8 (POLL_CONCURRENCY's default).
//   cycle 1: every feed is new (10,000 items stored; each source's items in one statement)
//   cycle 2: every feed answers 304
// Run: npm run bench -- feeds
// The feed server runs in this process: its CPU time and memory are part of the figures.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { pino } from "pino";
import { createDb, createSource, migrate } from "../src/storage/index.js";
import { Poller } from "../src/sources/poller.js";
import { FeedServer } from "../test/support/feed-server.js";

const FEEDS = 200;
const ITEMS = 50;
const CONCURRENCY = 8;
const PLACES = ["بغداد", "البصرة", "الموصل", "كركوك", "ديالى", "الأنبار", "صلاح الدين", "بابل", "النجف", "كربلاء"];
const EVENTS = ["انفجار عبوة ناسفة", "هجوم مسلح", "اشتباك عشائري", "سقوط صاروخ", "اعتقال مطلوب", "حريق كبير"];

function feedXml(feed: number): string {
  const now = Date.now();
  const items: string[] = [];
  for (let n = ITEMS; n > 0; n--) {
    const place = PLACES[(feed + n) % PLACES.length]!;
    const ev = EVENTS[(feed * 7 + n) % EVENTS.length]!;
    items.push(`<item><title>${ev} في ${place} (${feed}-${n})</title><link>https://feed${feed}.example.iq/news/${n}</link><guid isPermaLink="false">f${feed}-n${n}</guid><description><![CDATA[<p>أفاد مصدر أمني في ${place} بوقوع ${ev} صباح اليوم، ما أسفر عن سقوط ${n % 5} ضحايا وإصابة ${n % 7} آخرين.</p><p>وقال المصدر إن القوات الأمنية طوقت مكان الحادث وباشرت التحقيق لمعرفة ملابساته.</p>]]></description><pubDate>${new Date(now - (ITEMS - n) * 60_000).toUTCString()}</pubDate></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>مصدر ${feed}</title><link>https://feed${feed}.example.iq/</link><description>أخبار</description>${items.join("")}</channel></rss>`;
}

export async function benchFeeds(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-feeds-"));
  const url = `file:${join(dir, "bot.db")}`;
  await migrate(url);
  const db = createDb(url);
  const srv = await FeedServer.start();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  try {
    for (let i = 0; i < FEEDS; i++) {
      srv.route(`/feed/${i}`, { body: Buffer.from(feedXml(i)), headers: { "content-type": "application/rss+xml; charset=utf-8" }, etag: `"f${i}"` });
      await createSource(db, { name: `مصدر ${i}`, url: srv.url(`/feed/${i}`) });
    }
    const startRss = process.memoryUsage().rss;
    const poller = new Poller({ db, log: pino({ level: "silent" }), concurrency: CONCURRENCY, recentWindowMin: 60, maxFailures: 10, allowPrivate: true });
    const kb = (Buffer.byteLength(feedXml(0)) / 1024).toFixed(0);
    console.log(`feeds bench (whole path): ${FEEDS} feeds × ${ITEMS} items (~${kb} KB each) → Poller → SQLite file, concurrency ${CONCURRENCY}, feed server in-process on 127.0.0.1`);
    for (const name of ["1 (first cycle, all new)", "2 (every feed 304)"]) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const s = await poller.pollDue({ all: true });
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const cpuMs = (c.user + c.system) / 1000;
      const stored = await db.feedItem.count();
      // CPU time too: on a shared machine the wall clock also counts the time spent waiting for a core
      console.log(`  cycle ${name.padEnd(26)} wall ${ms.toFixed(0).padStart(6)} ms  CPU ${cpuMs.toFixed(0).padStart(6)} ms  polled ${s.polled}  failed ${s.failed}  rows stored ${stored}`);
    }
    console.log(`  RSS: before cycles ${(startRss / 1048576).toFixed(1)} MB, peak ${(peakRss / 1048576).toFixed(1)} MB`);
    console.log("  targets (issue 15): first cycle < 5 s, all-304 cycle < 1 s");
  } finally {
    clearInterval(sampler);
    await srv.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchFeeds().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
