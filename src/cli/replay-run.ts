// The engine of `npm run replay`: the service's own pipeline over saved posts,
// with the clock taken from each post's publishedAt. Nothing here decides
// anything: each post is stored as the poller stores a feed item, then the
// service's processing pass (pipeline/ Pipeline.processNew: incidents, the
// summary step, the alert fan-out and updates, then the Sender with the
// renderer) runs on a scratch SQLite file, for one subscriber who follows all
// of Iraq. Telegram is the only part stood in for: a stub API that accepts
// every message, so the replay records exactly what that subscriber would
// have received — each alert, each edit and each toll reply — and, so that
// every post's incident can be read from the output, each post filed with an
// incident that sent nothing (kind "report").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Api } from "grammy";
import {
  closeDb, createDb, createMigrated, createSource, incidentReportIds, incidentsWithReportTimes, itemsWithReports, relaxDurability, reportsAfter,
  startSubscriber, updateSubscriber, type Db,
} from "../storage/index.js";
import { sameWordsRepeats, storeNewItems } from "../sources/index.js";
import { createI18n } from "../i18n.js";
import { createLogger } from "../log.js";
import { createMetrics } from "../metrics.js";
import { createRenderer, type Summarizer } from "../alerts/index.js";
import { Sender, type UpdateMode } from "../delivery/index.js";
import { Pipeline } from "../pipeline/index.js";
import { placeInEnglish } from "../nlp/index.js";
import type { ReplayPost } from "./replay-input.js";

export type ReplayKind = "alert" | "update" | "reply" | "report";

export interface ReplayMessage {
  /**
   * alert: a new message; update: the edit of an alert; reply: «ارتفاع الحصيلة …» under an alert; report: nothing
   * sent, but the post was filed with the incident (a follow-up or a report that adds nothing, or a repost of one of
   * its reports) — without it a tool reading `reports` would never see that post merged
   */
  kind: ReplayKind;
  incident: number;
  /** input ids of every post merged into the incident so far, each followed by its reposts */
  reports: string[];
  /** the input id of the post that caused it */
  post: string;
  /** the post it repeats, when `post` is a repost (the same words within the store's 48 hours) */
  repostOf: string | null;
  /** Telegram HTML, as the subscriber's client would render it; empty for a report */
  html: string;
  /** the replay clock when it was sent: the publication time of the post that caused it */
  at: Date;
}

export interface ReplayOptions {
  windowHours: number;
  updateMode: UpdateMode;
  timeZone: string;
  /** the optional abstractive summary (SUMMARY_API_URL); null: the built-in summary */
  summarizer?: Summarizer | null;
  /** name shown as the outlet in every alert */
  sourceName?: string;
  /** keep the scratch database here instead of a temporary file (it must not exist yet) */
  dbPath?: string;
  onMessage?: (m: ReplayMessage) => void;
  /** called after each post (progress) */
  onPost?: (done: number, total: number) => void;
}

export interface ReplayIncident {
  id: number;
  reports: number;
  type: string;
  province: string | null;
  place: string | null;
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure, when told */
  casualties: number | null;
  headline: string;
  firstAt: Date;
  lastAt: Date;
}

export interface ReplayResult {
  posts: number;
  /** posts that became a report of an incident */
  incidentPosts: number;
  incidents: ReplayIncident[];
  alerts: number;
  updates: number;
  replies: number;
  /** lines of kind "report": a post filed with an incident that sent nothing for it */
  quiet: number;
  /** posts that repeat the words of one kept before (the store keeps one item) */
  reposts: number;
  seconds: number;
}

/** Telegram's answers, for one chat: every message accepted, numbered in order. */
function stubApi(): Api {
  let next = 0;
  const api = {
    sendMessage: async () => ({ message_id: ++next, date: 0, chat: { id: 1, type: "private" } }),
    editMessageText: async () => true,
  };
  return api as unknown as Api;
}

const SUBSCRIBER_CHAT = 1n;
/** No limit is ever reached: the replay measures what is sent, not how fast Telegram takes it. */
const UNLIMITED = { perSecond: 1e9, perChatPerSecond: 1e9, perGroupPerMinute: 1e9, paidPerSecond: 1e9, jitterMs: 0 };

export async function replay(posts: ReplayPost[], opts: ReplayOptions): Promise<ReplayResult> {
  const started = performance.now();
  const dir = opts.dbPath ? null : mkdtempSync(join(tmpdir(), "replay-"));
  const path = opts.dbPath ?? join(dir!, "replay.db");
  await createMigrated(path);
  const db = createDb(`file:${path}`);
  try {
    // A scratch file: a crash loses nothing worth keeping, so no waiting for the disk at each commit.
    await relaxDurability(db);
    return await run(db, posts, opts, started);
  } finally {
    await closeDb(db);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The poller's recent window (config RECENT_WINDOW_MIN's default): each post is stored at its own time, so any
 * window keeps it "recent"; the value only has to be the service's. */
const RECENT_WINDOW_MIN = 60;

async function run(db: Db, posts: ReplayPost[], opts: ReplayOptions, started: number): Promise<ReplayResult> {
  const log = createLogger("silent");
  const source = await createSource(db, { name: opts.sourceName ?? "replay", url: "replay:", firstPolledAt: posts[0]?.publishedAt ?? new Date() });
  const { sub } = await startSubscriber(db, { chatId: SUBSCRIBER_CHAT, chatType: "private", title: null, language: "ar" });
  await updateSubscriber(db, sub.id, { showMap: false });
  const render = createRenderer(db, createI18n(), opts.timeZone, { englishPlace: placeInEnglish });
  const rendered = new Map<number, string>();
  const sent: { id: number; kind: string; incidentId: number | null }[] = [];
  const sender = new Sender({
    db,
    api: stubApi(),
    log,
    render: async (d) => {
      const m = await render(d);
      if (m) rendered.set(d.id, m.text);
      return m;
    },
    limits: UNLIMITED,
    concurrency: 1, // one chat: its messages in the order the service sends them
    onSent: (d) => sent.push({ id: d.id, kind: d.kind, incidentId: d.incidentId }),
  });
  const result: ReplayResult = { posts: 0, incidentPosts: 0, incidents: [], alerts: 0, updates: 0, replies: 0, quiet: 0, reposts: 0, seconds: 0 };
  let at = new Date(0);
  const pipeline = new Pipeline({
    db,
    log,
    metrics: createMetrics(),
    poller: { pollDue: async () => ({ polled: 0, failed: 0, newItems: 0, sources: [] }) }, // the posts are stored below, not polled
    summarizer: opts.summarizer ?? null,
    config: { MERGE_WINDOW_HOURS: opts.windowHours, TZ: opts.timeZone, UPDATE_MODE: opts.updateMode },
    sender,
    now: () => at,
  });

  // Which incident each post went to, for the output: the store files a repost (the same words within its 48
  // hours: sources/ sameWordsRepeats is its rule) under the item it repeats, and a report may join an incident
  // without anything being sent. Posts are named by their input ids throughout.
  const repeats = sameWordsRepeats(posts);
  const repostsOf = new Map<string, Set<string>>();
  const incidentsOf = new Map<string, Set<number>>();
  const listed = new Map<number, string>();
  let lastReport = 0;
  const reportsOf = async (incident: number) =>
    (await incidentReportIds(db, incident)).flatMap((id) => [id, ...(repostsOf.get(id) ?? [])]);
  // a link several posts of the file share says nothing of identity: as the store reads one poll of the saved
  // feed, not as edits of one item
  const shared = sharedLinks(posts);

  for (const post of posts) {
    at = post.publishedAt;
    // As the poller stores it (its own store: the same words posted again within two days are the same item),
    // seen when published, so the pipeline's clock is the post's.
    const link = post.link && !shared.has(post.link) ? post.link : null;
    const item = { guid: post.id, link, title: post.title, text: post.text, publishedAt: at };
    const toAnalyse = await storeNewItems({ db, log, now: at, recentWindowMin: RECENT_WINDOW_MIN }, source, [item]);
    const repostOf = toAnalyse ? null : repeats.get(post.id) ?? null;
    if (repostOf) {
      result.reposts++;
      addTo(repostsOf, repostOf, post.id);
    }
    // What the service does when the poller reports new items, at the post's time.
    await pipeline.processNew();
    result.posts++;
    const touched = new Set<number>();
    for (const r of await reportsAfter(db, lastReport)) {
      lastReport = r.id;
      touched.add(r.incidentId);
      addTo(incidentsOf, r.post, r.incidentId);
    }
    for (const i of repostOf ? incidentsOf.get(repostOf) ?? [] : []) touched.add(i);
    const cause = { post: post.id, repostOf, at };
    for (const s of sent.splice(0)) {
      const kind: ReplayKind = s.kind === "alert" ? "alert" : s.kind === "edit" ? "update" : "reply";
      result[kind === "alert" ? "alerts" : kind === "update" ? "updates" : "replies"]++;
      if (s.incidentId === null) continue;
      const reports = await reportsOf(s.incidentId);
      listed.set(s.incidentId, reports.join("\n"));
      opts.onMessage?.({ kind, incident: s.incidentId, reports, html: rendered.get(s.id) ?? "", ...cause });
      rendered.delete(s.id);
    }
    for (const incident of touched) {
      const reports = await reportsOf(incident);
      if (listed.get(incident) === reports.join("\n")) continue;
      listed.set(incident, reports.join("\n"));
      result.quiet++;
      opts.onMessage?.({ kind: "report", incident, reports, html: "", ...cause });
    }
    opts.onPost?.(result.posts, posts.length);
  }
  await pipeline.stop();
  result.incidentPosts = await itemsWithReports(db);

  const incidents = await incidentsWithReportTimes(db);
  result.incidents = incidents.map((i) => {
    const times = i.reportTimes.map((t) => t?.getTime() ?? i.firstSeenAt.getTime());
    return {
      id: i.id, reports: i.reportTimes.length, type: i.type, province: i.province, place: i.place,
      killed: i.killed, injured: i.injured, casualties: i.casualties, headline: i.headline,
      firstAt: new Date(Math.min(...times)), lastAt: new Date(Math.max(...times)),
    };
  });
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

const addTo = <K, V>(m: Map<K, Set<V>>, k: K, v: V): void => void (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);

/** The links that several posts of the file share (a feed whose items all link to its home page). */
function sharedLinks(posts: readonly ReplayPost[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const p of posts) if (p.link) (seen.has(p.link) ? shared : seen).add(p.link);
  return shared;
}
