// Benchmark of the sources/ read path: 200 feeds × 50 items served by the test feed
// server on 127.0.0.1, read with concurrency 8.
//   cycle 1: every feed new (fetch + decode + parse + itemKey)
//   cycle 2: 10% of the items in every feed are new (ETags changed → full fetch)
//   cycle 3: nothing changed (conditional GET → 304 everywhere)
// Run: npx tsx bench/sources.ts
// Note: the server runs in this same process, so its CPU time and memory are part of
// the figures (they are an upper bound for the client side alone).
import { pathToFileURL } from "node:url";
import { itemKey } from "../src/sources/items.js";
import { readSource, type ReadResult } from "../src/sources/read.js";
import { FeedServer } from "../test/support/feed-server.js";

const FEEDS = 200;
const ITEMS = 50;
const NEW_PER_CYCLE = ITEMS / 10;
const CONCURRENCY = 8;

const PLACES = ["بغداد", "البصرة", "الموصل", "كركوك", "ديالى", "الأنبار", "صلاح الدين", "بابل", "النجف", "كربلاء"];
const EVENTS = ["انفجار عبوة ناسفة", "هجوم مسلح", "اشتباك عشائري", "سقوط صاروخ", "اعتقال مطلوب", "حريق كبير"];

function itemXml(feed: number, n: number, at: Date): string {
  const place = PLACES[(feed + n) % PLACES.length]!;
  const ev = EVENTS[(feed * 7 + n) % EVENTS.length]!;
  return `<item><title>${ev} في ${place} (${feed}-${n})</title><link>https://feed${feed}.example.iq/news/${n}?utm_source=rss</link><guid isPermaLink="false">f${feed}-n${n}</guid><description><![CDATA[<p>أفاد مصدر أمني في ${place} بوقوع ${ev} صباح اليوم، ما أسفر عن سقوط ${n % 5} ضحايا وإصابة ${n % 7} آخرين.</p><p>وقال المصدر إن القوات الأمنية طوقت مكان الحادث وباشرت التحقيق لمعرفة ملابساته، فيما نقل الجرحى إلى المستشفى القريب.</p>]]></description><pubDate>${at.toUTCString()}</pubDate></item>`;
}

function feedXml(feed: number, newest: number): string {
  const items: string[] = [];
  const now = Date.now();
  for (let n = newest; n > newest - ITEMS; n--) items.push(itemXml(feed, n, new Date(now - (newest - n) * 60_000)));
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>مصدر ${feed}</title><link>https://feed${feed}.example.iq/</link><description>أخبار</description>${items.join("")}</channel></rss>`;
}

interface FeedState {
  url: string;
  newest: number;
  etag: string | null;
  lastModified: string | null;
  seen: Set<string>;
}

function publish(srv: FeedServer, i: number, f: FeedState): void {
  srv.route(`/feed/${i}`, {
    body: Buffer.from(feedXml(i, f.newest)),
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
    etag: `"f${i}-${f.newest}"`,
  });
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

interface CycleFigures {
  name: string;
  ms: number;
  fetched: number;
  notModified: number;
  failed: number;
  items: number;
  newItems: number;
}

async function cycle(name: string, feeds: FeedState[]): Promise<CycleFigures> {
  const fig: CycleFigures = { name, ms: 0, fetched: 0, notModified: 0, failed: 0, items: 0, newItems: 0 };
  const t0 = performance.now();
  await pool(feeds, CONCURRENCY, async (f) => {
    let r: ReadResult;
    try {
      r = await readSource({ url: f.url, kind: "feed", fullText: false }, { etag: f.etag, lastModified: f.lastModified }, { allowPrivate: true });
    } catch {
      fig.failed++;
      return;
    }
    f.etag = r.etag;
    f.lastModified = r.lastModified;
    if (r.notModified) {
      fig.notModified++;
      return;
    }
    fig.fetched++;
    fig.items += r.items.length;
    for (const it of r.items) {
      const k = itemKey(it);
      if (!f.seen.has(k)) {
        f.seen.add(k);
        fig.newItems++;
      }
    }
  });
  fig.ms = performance.now() - t0;
  return fig;
}

export async function benchSources(): Promise<void> {
  const srv = await FeedServer.start();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  try {
    const feeds: FeedState[] = [];
    for (let i = 0; i < FEEDS; i++) {
      const f: FeedState = { url: srv.url(`/feed/${i}`), newest: ITEMS, etag: null, lastModified: null, seen: new Set() };
      publish(srv, i, f);
      feeds.push(f);
    }
    const bytes = Buffer.byteLength(feedXml(0, ITEMS));
    const startRss = process.memoryUsage().rss;

    const results: CycleFigures[] = [];
    results.push(await cycle("1 (all new)", feeds));
    feeds.forEach((f, i) => {
      f.newest += NEW_PER_CYCLE;
      publish(srv, i, f);
    });
    results.push(await cycle("2 (10% new)", feeds));
    results.push(await cycle("3 (unchanged, 304)", feeds));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const mb = (n: number) => (n / 1024 / 1024).toFixed(1) + " MB";
    console.log(`sources bench: ${FEEDS} feeds × ${ITEMS} items (~${(bytes / 1024).toFixed(0)} KB each), concurrency ${CONCURRENCY}, server in-process on 127.0.0.1`);
    for (const r of results) {
      const perSec = r.items > 0 ? Math.round(r.items / (r.ms / 1000)) : 0;
      console.log(
        `  cycle ${r.name.padEnd(20)} wall ${r.ms.toFixed(0).padStart(6)} ms  fetched ${String(r.fetched).padStart(3)}  304 ${String(r.notModified).padStart(3)}  failed ${r.failed}  items ${String(r.items).padStart(5)}  new ${String(r.newItems).padStart(5)}  ${perSec} items/s (fetch+decode+parse+itemKey)`,
      );
    }
    console.log(`  RSS: before cycles ${mb(startRss)}, peak ${mb(peakRss)}`);
    const expectNew = [FEEDS * ITEMS, FEEDS * NEW_PER_CYCLE, 0];
    results.forEach((r, i) => {
      if (r.newItems !== expectNew[i] || r.failed) console.log(`  WARNING: cycle ${r.name} found ${r.newItems} new items (expected ${expectNew[i]}), ${r.failed} failures`);
    });
  } finally {
    clearInterval(sampler);
    await srv.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchSources().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
