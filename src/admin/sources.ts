// What /sources does to the Source table: add (guarded and test-fetched
// first), remove, pause, resume, and a dry-run test that reads a source and
// shows what the extractor makes of it without storing or alerting anything.
import {
  activeSourceById, activeSourceByUrl, createSource, sourceByUrl, updateSource, type Db, type Source,
} from "../storage/index.js";
import { analyzeReport, type Story } from "../nlp/index.js";
import { isTelegramChannelUrl, readSource, telegramPreviewUrl, type HttpLimits, type SourceItem, type SourceSpec } from "../sources/index.js";
import { checkSourceUrl, type Lookup, type UrlCheck } from "./ssrf.js";

export interface FetchOptions {
  allowPrivate: boolean;
  lookup?: Lookup;
  limits?: Partial<HttpLimits>;
  /** where Telegram channel previews are read from (tests point it at 127.0.0.1) */
  telegramOrigin?: string;
}

/** "feed" or "telegram" and the URL the poller should store for it. */
export function specFor(url: string): SourceSpec {
  return isTelegramChannelUrl(url)
    ? { url: telegramPreviewUrl(url), kind: "telegram", fullText: false }
    : { url, kind: "feed", fullText: false };
}

/** A source by "#12", "12" or its URL; removed sources are not found. */
export async function findSource(db: Db, ref: string): Promise<Source | null> {
  const id = /^#?(\d+)$/.exec(ref.trim());
  if (id) return activeSourceById(db, Number(id[1]));
  let url: string;
  try {
    url = new URL(ref.trim()).href;
  } catch {
    return null; // neither an id nor a URL: no such source (the admin is told so)
  }
  return activeSourceByUrl(db, [url, specFor(url).url]);
}

export type Probe =
  | { ok: true; url: string; spec: SourceSpec; items: SourceItem[] }
  | { ok: false; refused: Extract<UrlCheck, { ok: false }> }
  | { ok: false; error: string };

/** Guard, then one read of the source. Never throws. */
export async function probeSource(rawUrl: string, o: FetchOptions): Promise<Probe> {
  const check = await checkSourceUrl(rawUrl, { allowPrivate: o.allowPrivate, ...(o.lookup ? { lookup: o.lookup } : {}) });
  if (!check.ok) return { ok: false, refused: check };
  const spec = specFor(check.url);
  try {
    const read = await readSource(spec, { etag: null, lastModified: null }, {
      ...(o.limits ? { limits: o.limits } : {}),
      ...(o.telegramOrigin ? { telegramOrigin: o.telegramOrigin } : {}),
      allowPrivate: o.allowPrivate,
    });
    return { ok: true, url: check.url, spec, items: read.items };
  } catch (err) {
    return { ok: false, error: (err as Error).message.slice(0, 300) };
  }
}

export type AddResult =
  | { kind: "added" | "restored"; source: Source; items: number }
  | { kind: "exists"; source: Source }
  | { kind: "refused"; refused: Extract<UrlCheck, { ok: false }> }
  | { kind: "failed"; error: string };

/** Adds a source after a successful test read. A source an admin removed earlier is brought back. */
export async function addSource(db: Db, rawUrl: string, name: string | null, o: FetchOptions): Promise<AddResult> {
  const known = await findSource(db, rawUrl);
  if (known) return { kind: "exists", source: known };
  const probe = await probeSource(rawUrl, o);
  if (!probe.ok) return "refused" in probe ? { kind: "refused", refused: probe.refused } : { kind: "failed", error: probe.error };
  const { spec } = probe;
  const label = name?.trim() || new URL(spec.url).hostname + (spec.kind === "telegram" ? new URL(spec.url).pathname.replace(/^\/s/, "") : "");
  const fresh = { paused: false, pausedReason: null, consecutiveFailures: 0, lastError: null, nextPollAt: null };
  const removed = await sourceByUrl(db, spec.url);
  if (removed) {
    // Its items are still stored, so the next poll will not alert on old news.
    const source = await updateSource(db, removed.id, { ...fresh, removedAt: null, name: label });
    return { kind: "restored", source, items: probe.items.length };
  }
  // firstPolledAt stays null: the first poll records what is there without alerting.
  const source = await createSource(db, { ...fresh, url: spec.url, kind: spec.kind, name: label });
  return { kind: "added", source, items: probe.items.length };
}

export async function removeSource(db: Db, source: Source): Promise<Source> {
  return updateSource(db, source.id, { removedAt: new Date(), paused: true, pausedReason: "removed by an admin" });
}

/** An admin pause: the poller resumes only "auto: " pauses by itself, never this one. */
export async function pauseSource(db: Db, source: Source, adminId: bigint | number): Promise<Source> {
  return updateSource(db, source.id, { paused: true, pausedReason: `admin ${adminId}` });
}

/** Resumes and polls at the next tick, with a clean failure count. */
export async function resumeSource(db: Db, source: Source): Promise<Source> {
  return updateSource(db, source.id, { paused: false, pausedReason: null, consecutiveFailures: 0, nextPollAt: null });
}

export interface TestedItem {
  item: SourceItem;
  stories: Story[];
}

/** The newest items of a source as the extractor reads them. */
export function analyzeLatest(items: SourceItem[], now: Date, count = 5): TestedItem[] {
  const newest = [...items].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0)).slice(0, count);
  return newest.map((item) => {
    let stories: Story[] = [];
    try {
      stories = analyzeReport({ title: item.title, text: item.text, publishedAt: item.publishedAt ?? now });
    } catch {
      // shown as "no story": one bad item must not hide the others
    }
    return { item, stories };
  });
}
