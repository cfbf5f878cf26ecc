// What one GET of http.ts gives back, apart from how it is fetched: the limits it
// runs under, its result, its error (with a kind the poller's backoff reads), and
// what the answer's headers say about when to ask again (Retry-After, freshness).
export interface HttpLimits {
  connectTimeoutMs: number;
  /**
   * From the request sent to the response's headers. Shorter than the total: a
   * server that accepts the connection and then says nothing fails in seconds,
   * while a big feed that is arriving may take up to the total.
   */
  firstByteTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_LIMITS: HttpLimits = Object.freeze({
  connectTimeoutMs: 10_000,
  firstByteTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: "IraqIncidentAlerts/0.1 (+feed reader)",
});

/**
 * kind "aborted" (not in the original sketch) is the caller's AbortSignal firing, e.g.
 * on shutdown: it is not the source's fault and should not count towards backoff.
 */
export type FetchErrorKind = "timeout" | "too-large" | "redirects" | "http" | "network" | "bad-url" | "aborted" | "private-address";

export class FetchError extends Error {
  override name = "FetchError";
  readonly kind: FetchErrorKind;
  readonly status?: number;
  /** The URL of the hop that failed (after redirects). */
  url?: string;
  /** A 429 or 503's Retry-After, in seconds (unbounded: the poller bounds it). */
  retryAfterSec?: number;
  constructor(kind: FetchErrorKind, message: string, opts: { status?: number; url?: string; cause?: unknown; retryAfterSec?: number } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.url !== undefined) this.url = opts.url;
    if (opts.retryAfterSec !== undefined) this.retryAfterSec = opts.retryAfterSec;
  }
}

export interface Fetched {
  notModified: boolean;
  status: number;
  finalUrl: string;
  /** Decompressed body; empty on 304. */
  bytes: Buffer;
  contentType: string | null;
  /** On 304 these fall back to the validators we sent, so the caller can store them as is. */
  etag: string | null;
  lastModified: string | null;
  /**
   * When the server says the document stays fresh until (Cache-Control max-age, else
   * Expires), for the poller's next-check time; null when not given or no-cache/no-store.
   */
  freshUntil: Date | null;
}

/** Retry-After as seconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSec(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, Math.ceil((t - now) / 1000)) : null;
}

/** Freshness from Cache-Control max-age (preferred) or Expires, relative to `now`. */
export function freshUntil(cacheControl: string | null, expires: string | null, now = Date.now()): Date | null {
  if (cacheControl) {
    if (/\b(no-cache|no-store)\b/i.test(cacheControl)) return null;
    const m = /\bmax-age\s*=\s*"?(\d+)/i.exec(cacheControl);
    if (m) return new Date(now + Math.min(Number(m[1]), 7 * 24 * 3600) * 1000);
  }
  if (expires) {
    const t = Date.parse(expires);
    if (Number.isFinite(t) && t > now) return new Date(Math.min(t, now + 7 * 24 * 3600 * 1000));
  }
  return null;
}
