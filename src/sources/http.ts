// The only way sources/ talks to the web: one GET with hard limits.
//
// Why node:http/https and not fetch/undici: we need (1) a connect timeout that is
// separate from the total one (a dead host must fail in seconds, a slow big feed may
// take longer), (2) a byte cap enforced while reading the socket, on the compressed
// AND on the decompressed stream (fetch decompresses internally, so a 20 KB gzip
// bomb would inflate to gigabytes before we could count), (3) manual redirects with
// loop detection and a per-hop protocol check. All three are direct with the
// built-in modules and need no extra dependency.
//
// Unless allowPrivate is set, no hop may reach a loopback, private, link-local…
// address (address.ts): literal-IP hosts are checked before each request, and
// names are resolved by publicOnlyLookup at connect time, so neither a redirect
// to 127.0.0.1 nor a name re-pointed after the source was added (DNS
// rebinding) gets through. Feed URLs are admin-checked once; article links
// come from the feeds themselves, so this is the check that counts.
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import type { Socket } from "node:net";
import { isPrivateAddress, literalIp, publicOnlyLookup } from "./address.js";
import { DEFAULT_LIMITS, FetchError, freshUntil, retryAfterSec, type Fetched, type HttpLimits } from "./fetched.js";

export interface HttpGetOptions {
  limits?: Partial<HttpLimits>;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /** Accept header; defaults to feed types first. */
  accept?: string;
  /**
   * Allow hops to loopback/private/link-local addresses (ALLOW_PRIVATE_SOURCES;
   * tests on 127.0.0.1). Default false: such a hop fails with kind "private-address".
   */
  allowPrivate?: boolean;
}

export const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.5, */*;q=0.3";
export const HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

// Keep-alive agents: a poll cycle hits the same hosts again and again. Idle sockets
// are unref'd by Node, so they never keep the process alive. Public-only fetches
// have agents of their own, so they never reuse a socket that was connected
// without the address check.
const agents = {
  public: {
    "http:": new http.Agent({ keepAlive: true, maxFreeSockets: 64 }),
    "https:": new https.Agent({ keepAlive: true, maxFreeSockets: 64 }),
  },
  any: {
    "http:": new http.Agent({ keepAlive: true, maxFreeSockets: 64 }),
    "https:": new https.Agent({ keepAlive: true, maxFreeSockets: 64 }),
  },
};

const PRIVATE_HINT = "set ALLOW_PRIVATE_SOURCES=true to allow it";

/** A literal-IP host must be public (names are checked by publicOnlyLookup when connecting). */
function checkHost(u: URL): void {
  const ip = literalIp(u.hostname);
  if (ip !== null && isPrivateAddress(ip)) {
    throw new FetchError("private-address", `refused: ${u.host} is a loopback, private or link-local address (${PRIVATE_HINT})`, { url: u.href });
  }
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

function parseHttpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new FetchError("bad-url", `not a URL: ${JSON.stringify(raw).slice(0, 200)}`, { url: raw });
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    throw new FetchError("bad-url", `only http and https are fetched, not ${u.protocol}`, { url: u.href });
  }
  u.hash = "";
  return u;
}

export async function httpGet(url: string, opts: HttpGetOptions = {}): Promise<Fetched> {
  const limits: HttpLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  let current = parseHttpUrl(url);
  const allowPrivate = opts.allowPrivate === true;
  if (!allowPrivate) checkHost(current);

  const ac = new AbortController();
  const totalTimer = setTimeout(
    () => ac.abort(new FetchError("timeout", `no complete response within ${limits.totalTimeoutMs} ms`, { url: current.href })),
    limits.totalTimeoutMs,
  );
  const onCallerAbort = () => ac.abort(new FetchError("aborted", "request aborted by caller", { url: current.href }));
  if (opts.signal?.aborted) onCallerAbort();
  opts.signal?.addEventListener("abort", onCallerAbort, { once: true });

  const headers: Record<string, string> = {
    "user-agent": limits.userAgent,
    accept: opts.accept ?? FEED_ACCEPT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (opts.etag) headers["if-none-match"] = opts.etag;
  if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;

  try {
    const seen = new Set<string>([current.href]);
    for (let redirects = 0; ; ) {
      const r = await requestWithRetry(current, headers, limits, ac.signal, allowPrivate);
      if ("redirectTo" in r) {
        if (redirects >= limits.maxRedirects) {
          throw new FetchError("redirects", `more than ${limits.maxRedirects} redirects`, { url: current.href });
        }
        const next = parseHttpUrl(r.redirectTo, current);
        if (seen.has(next.href)) throw new FetchError("redirects", `redirect loop back to ${next.href}`, { url: current.href });
        if (!allowPrivate) checkHost(next);
        seen.add(next.href);
        redirects++;
        current = next;
        continue;
      }
      if (r.notModified) {
        r.etag ??= opts.etag ?? null;
        r.lastModified ??= opts.lastModified ?? null;
      }
      return r;
    }
  } finally {
    clearTimeout(totalTimer);
    opts.signal?.removeEventListener("abort", onCallerAbort);
  }
}

type HopResult = Fetched | { redirectTo: string };

class StaleSocketError extends Error {}

/** A keep-alive socket the server already closed fails with ECONNRESET before any response: retry once on a fresh one. */
async function requestWithRetry(url: URL, headers: Record<string, string>, limits: HttpLimits, signal: AbortSignal, allowPrivate: boolean): Promise<HopResult> {
  try {
    return await requestOnce(url, headers, limits, signal, allowPrivate, true);
  } catch (e) {
    if (e instanceof StaleSocketError) return requestOnce(url, headers, limits, signal, allowPrivate, false);
    throw e;
  }
}

function header(res: http.IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  if (v == null) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

function networkError(e: unknown, url: URL): FetchError {
  if (e instanceof FetchError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "EPRIVATEADDR") {
    return new FetchError("private-address", `refused: ${err.message} (${PRIVATE_HINT})`, { url: url.href, cause: e });
  }
  const code = err?.code ? `${err.code}: ` : "";
  return new FetchError("network", `${code}${err?.message ?? String(e)}`, { url: url.href, cause: e });
}

function requestOnce(
  url: URL, headers: Record<string, string>, limits: HttpLimits, signal: AbortSignal, allowPrivate: boolean, mayRetry: boolean,
): Promise<HopResult> {
  return new Promise<HopResult>((resolve, reject) => {
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    let firstByteTimer: NodeJS.Timeout | undefined;
    let gotResponse = false;
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null = null;

    const mod = url.protocol === "https:" ? https : http;
    const agent = agents[allowPrivate ? "any" : "public"][url.protocol as "http:" | "https:"];
    const req = mod.request(url, { method: "GET", headers, agent, ...(allowPrivate ? {} : { lookup: publicOnlyLookup }) });

    const cleanup = () => {
      settled = true;
      if (connectTimer) clearTimeout(connectTimer);
      if (firstByteTimer) clearTimeout(firstByteTimer);
      signal.removeEventListener("abort", onAbort);
    };
    const fail = (err: Error) => {
      if (settled) return;
      cleanup();
      decoder?.destroy();
      req.destroy();
      reject(err);
    };
    const succeed = (r: HopResult) => {
      if (settled) return;
      cleanup();
      resolve(r);
    };
    function onAbort() {
      const reason: unknown = signal.reason;
      fail(reason instanceof FetchError ? reason : new FetchError("aborted", "request aborted", { url: url.href }));
    }
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    const waitForHeaders = () => {
      firstByteTimer = setTimeout(
        () => fail(new FetchError("timeout", `no response headers within ${limits.firstByteTimeoutMs} ms`, { url: url.href })),
        limits.firstByteTimeoutMs,
      );
    };
    req.on("socket", (sock: Socket) => {
      if (!sock.connecting) return waitForHeaders(); // reused keep-alive socket
      connectTimer = setTimeout(
        () => fail(new FetchError("timeout", `could not connect within ${limits.connectTimeoutMs} ms`, { url: url.href })),
        limits.connectTimeoutMs,
      );
      sock.once(url.protocol === "https:" ? "secureConnect" : "connect", () => {
        if (connectTimer) clearTimeout(connectTimer);
        waitForHeaders();
      });
    });

    req.on("error", (e: NodeJS.ErrnoException) => {
      if (settled) return;
      if (mayRetry && !gotResponse && req.reusedSocket && e.code === "ECONNRESET") {
        cleanup();
        reject(new StaleSocketError());
        return;
      }
      fail(networkError(e, url));
    });

    req.on("response", (res) => {
      gotResponse = true;
      if (firstByteTimer) clearTimeout(firstByteTimer);
      const status = res.statusCode ?? 0;
      const contentLength = Number(header(res, "content-length") ?? NaN);

      if (REDIRECT.has(status)) {
        const location = header(res, "location");
        if (!location) return fail(new FetchError("http", `HTTP ${status} without Location`, { status, url: url.href }));
        if (Number.isFinite(contentLength) && contentLength <= 65_536) res.resume(); // drain: keeps the socket reusable
        else req.destroy();
        return succeed({ redirectTo: location });
      }
      const base = {
        status,
        finalUrl: url.href,
        contentType: header(res, "content-type"),
        etag: header(res, "etag"),
        lastModified: header(res, "last-modified"),
        freshUntil: freshUntil(header(res, "cache-control"), header(res, "expires")),
      };
      if (status === 304) {
        res.resume();
        return succeed({ ...base, notModified: true, bytes: Buffer.alloc(0) });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const wait = status === 429 || status === 503 ? retryAfterSec(header(res, "retry-after")) : null;
        return fail(new FetchError("http", `HTTP ${status}${res.statusMessage ? " " + res.statusMessage : ""}${wait !== null ? ` (Retry-After ${wait} s)` : ""}`, {
          status, url: url.href, ...(wait !== null ? { retryAfterSec: wait } : {}),
        }));
      }
      const tooLarge = () => new FetchError("too-large", `body larger than ${limits.maxBytes} bytes`, { url: url.href });
      if (Number.isFinite(contentLength) && contentLength > limits.maxBytes) return fail(tooLarge());

      const chunks: Buffer[] = [];
      let size = 0; // decompressed bytes kept
      let raw = 0; // bytes off the wire
      const keep = (c: Buffer) => {
        if (settled) return;
        size += c.length;
        if (size > limits.maxBytes) return fail(tooLarge());
        chunks.push(c);
      };
      const done = () => succeed({ ...base, notModified: false, bytes: Buffer.concat(chunks, size) });

      const encoding = (header(res, "content-encoding") ?? "").trim().toLowerCase();
      const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH }; // tolerate missing trailers, as browsers do
      const attach = (d: NonNullable<typeof decoder>) => {
        decoder = d;
        d.on("data", keep);
        d.on("end", () => {
          if (!settled) done();
        });
        d.on("error", (e) => fail(new FetchError("network", `bad ${encoding} body: ${e.message}`, { url: url.href, cause: e })));
      };
      if (encoding === "gzip" || encoding === "x-gzip") attach(zlib.createGunzip(lenient));
      else if (encoding === "br") attach(zlib.createBrotliDecompress());
      else if (encoding !== "" && encoding !== "identity" && encoding !== "deflate") {
        return fail(new FetchError("network", `unsupported content-encoding ${encoding}`, { url: url.href }));
      }

      res.on("data", (c: Buffer) => {
        if (settled) return;
        raw += c.length;
        if (raw > limits.maxBytes) return fail(tooLarge());
        if (encoding === "deflate" && !decoder) {
          // "deflate" is meant to be zlib-wrapped but some servers send raw deflate.
          const zlibWrapped = c.length < 2 || ((c[0]! & 0x0f) === 8 && ((c[0]! << 8) | c[1]!) % 31 === 0);
          attach(zlibWrapped ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient));
        }
        if (decoder) decoder.write(c);
        else keep(c);
      });
      res.on("end", () => {
        if (settled) return;
        if (decoder) decoder.end();
        else if (encoding === "deflate") done(); // empty body
        else done();
      });
      res.on("error", (e) => fail(networkError(e, url)));
      res.on("close", () => {
        if (!settled && !res.complete) fail(new FetchError("network", "connection closed before the body was complete", { url: url.href }));
      });
    });

    req.end();
  });
}
