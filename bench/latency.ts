// End-to-end latency and memory of the running service, on real parts:
// a feed on 127.0.0.1 → poll → analysis → incident → outbox → fake Bot API.
//   1. 100 items, one at a time: from the item appearing in the feed to the
//      fake Bot API receiving its alert (the wait for the schedule excluded:
//      each cycle is started right after the item is published). p50 / p95.
//   2. 10,000 items processed (100 cycles of 100): heap and RSS after GC,
//      sampled along the way, to show that memory does not grow without bound.
// The service runs on a clock of its own (createApp's `now`), set just after
// each item's publication: only news of the last hours is alerted, and the
// items are days apart.
// Run: node --expose-gc --import tsx bench/latency.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { pino } from "pino";
import { loadConfig } from "../src/config.js";
import { activeSources, deleteSubscriber, findSubscriber, insertChats, itemsWithReports, migrate, updateSource } from "../src/storage/index.js";
import { createApp } from "../src/main.js";
import { PROVINCES } from "../src/nlp/taxonomy.js";
import { FakeTelegram } from "../test/support/fake-telegram.js";
import { FeedServer } from "../test/support/feed-server.js";

const PROVINCE_AR: Record<string, string> = {
  baghdad: "بغداد", basra: "البصرة", nineveh: "نينوى", erbil: "أربيل", sulaymaniyah: "السليمانية", duhok: "دهوك",
  halabja: "حلبجة", kirkuk: "كركوك", diyala: "ديالى", anbar: "الأنبار", salahuddin: "صلاح الدين", babil: "بابل",
  karbala: "كربلاء", najaf: "النجف", wasit: "واسط", qadisiyah: "القادسية", maysan: "ميسان", dhi_qar: "ذي قار", muthanna: "المثنى",
};
const EVENTS = [
  (p: string, n: number) => `انفجار عبوة ناسفة في محافظة ${p} يسفر عن مقتل ${n} مدنيين`,
  (p: string, n: number) => `مقتل ${n} من عناصر الشرطة بهجوم مسلح على نقطة تفتيش في ${p}`,
  (p: string, n: number) => `سقوط ${n} صواريخ كاتيوشا على قاعدة عسكرية في ${p}`,
  (p: string, n: number) => `إصابة ${n} أشخاص بقصف طائرة مسيرة استهدف مقرا في ${p}`,
  (p: string, n: number) => `مقتل ${n} أشخاص في اشتباكات عشائرية مسلحة في ${p}`,
];

// The templated reports resemble each other: published 13 h apart (beyond the
// merge window), each is a new incident, as distinct real events would be.
const START = Date.now() - 400 * 86_400_000;
const HOUR = 3_600_000;
const latencyItemAt = (i: number) => new Date(START + i * 13 * HOUR);
// a memory cycle's 100 items, 13 minutes apart (within the day a poll alerts), each cycle two days after the last
const memoryItemAt = (cycle: number, k: number) => new Date(START + 60 * 24 * HOUR + cycle * 48 * HOUR + k * 13 * 60_000);

function item(i: number, date = latencyItemAt(i)): { guid: string; title: string; body: string; date: Date } {
  const p = PROVINCE_AR[PROVINCES[i % PROVINCES.length]!]!;
  const title = EVENTS[Math.floor(i / PROVINCES.length) % EVENTS.length]!(p, 3 + (i % 7));
  const body = `${title}، بحسب مصدر أمني أفاد بأن القوات الأمنية طوقت المكان (رقم ${i}).`;
  return { guid: `item-${i}`, title, body, date };
}

function rss(items: ReturnType<typeof item>[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title><link>http://127.0.0.1/</link><description>b</description>${items
    .map((i) => `<item><title>${i.title}</title><guid>${i.guid}</guid><link>http://127.0.0.1/n/${i.guid}</link><pubDate>${i.date.toUTCString()}</pubDate><description>${i.body}</description></item>`)
    .join("")}</channel></rss>`;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

export async function benchLatency(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-latency-"));
  const fake = await FakeTelegram.start();
  const feed = await FeedServer.start();
  const url = `file:${join(dir, "bot.db")}`;
  await migrate(url);
  writeFileSync(join(dir, "sources.json"), JSON.stringify([{ name: "Bench", url: feed.url("/rss"), intervalSec: 30 }]));
  const config = loadConfig({
    DATABASE_URL: url, SOURCES_FILE: join(dir, "sources.json"), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot,
    POLL_CRON: "0 0 1 1 *", HTTP_PORT: "0", LOG_LEVEL: "silent", ALLOW_PRIVATE_SOURCES: "true", // the feed is on 127.0.0.1
  });
  let clock = START - 60_000;
  const app = await createApp(config, { log: pino({ level: "silent" }), pollOnStart: false, now: () => new Date(clock) });
  const forceDue = async () => {
    for (const s of await activeSources(app.db)) await updateSource(app.db, s.id, { nextPollAt: null });
  };
  try {
    // baseline poll of an empty feed, then one subscriber who wants everything
    feed.route("/rss", { body: rss([]), headers: { "content-type": "application/rss+xml" } });
    await app.runCycle();
    await insertChats(app.db, [{ chatId: 4242n }]);

    const latencies: number[] = [];
    const published: ReturnType<typeof item>[] = [];
    for (let i = 0; i < 100; i++) {
      published.unshift(item(i));
      clock = published[0]!.date.getTime() + 60_000;
      feed.route("/rss", { body: rss(published.slice(0, 50)), headers: { "content-type": "application/rss+xml" } });
      await forceDue();
      // real alerts to one chat are minutes apart: keep Telegram's 1 message/s per chat out of the figure
      await new Promise((r) => setTimeout(r, 1050));
      const t0 = performance.now();
      const seen = fake.messagesTo(4242).length;
      const arrived = fake.waitForCall((c) => c.method === "sendMessage" && String(c.params.chat_id) === "4242" && fake.messagesTo(4242).length > seen, 10_000);
      await app.runCycle();
      await arrived;
      latencies.push(performance.now() - t0);
    }
    const alerts = fake.messagesTo(4242).length;
    console.log(`latency feed → Bot API (100 items, one per cycle): p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; alerts received ${alerts}`);

    // memory over 10,000 processed items (no subscribers: this measures the service, not the send pacing)
    await deleteSubscriber(app.db, (await findSubscriber(app.db, 4242))!.id);
    const gc = (globalThis as { gc?: () => void }).gc;
    const samples: string[] = [];
    for (let cycle = 0; cycle < 100; cycle++) {
      const batch = Array.from({ length: 100 }, (_, k) => item(1000 + cycle * 100 + k, memoryItemAt(cycle, k)));
      clock = batch[99]!.date.getTime() + 60_000;
      feed.route("/rss", { body: rss(batch), headers: { "content-type": "application/rss+xml" } });
      await forceDue();
      await app.runCycle();
      if ((cycle + 1) % 25 === 0) {
        gc?.();
        const m = process.memoryUsage();
        samples.push(`${(cycle + 1) * 100} items: heap ${mb(m.heapUsed)} MB, rss ${mb(m.rss)} MB`);
      }
    }
    const processed = await app.db.feedItem.count({ where: { processedAt: { not: null } } });
    const reported = await itemsWithReports(app.db);
    console.log(`memory while processing ${processed} items, ${reported} of them reports of an incident${gc ? " (after GC)" : " (run with --expose-gc for post-GC figures)"}:\n  ${samples.join("\n  ")}`);
  } finally {
    await app.stop();
    await fake.close();
    await feed.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchLatency().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
