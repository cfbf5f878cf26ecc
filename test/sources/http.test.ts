import { afterAll, beforeAll, describe, expect, it } from "vitest";
import zlib from "node:zlib";
import { httpGet } from "../../src/sources/http.js";
import { DEFAULT_LIMITS, freshUntil, retryAfterSec } from "../../src/sources/fetched.js";
import { FeedServer } from "../support/feed-server.js";
import { FAST, RSS, failure, fixture } from "./helpers.js";

let srv: FeedServer;
beforeAll(async () => {
  srv = await FeedServer.start();
});
afterAll(async () => {
  await srv.close();
});

describe("httpGet", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_LIMITS).toEqual({
      connectTimeoutMs: 10_000,
      firstByteTimeoutMs: 10_000,
      totalTimeoutMs: 30_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
      userAgent: "IraqIncidentAlerts/0.1 (+feed reader)",
    });
  });

  it("sends a clear User-Agent, Accept and Accept-Encoding, returns bytes and validators", async () => {
    srv.route("/plain", { body: "<rss/>", headers: RSS, etag: '"e1"', lastModified: "Tue, 07 May 2024 06:00:00 GMT" });
    const r = await httpGet(srv.url("/plain"), { allowPrivate: true, limits: FAST });
    expect(r).toMatchObject({ notModified: false, status: 200, finalUrl: srv.url("/plain"), etag: '"e1"', lastModified: "Tue, 07 May 2024 06:00:00 GMT" });
    expect(r.bytes.toString()).toBe("<rss/>");
    expect(r.contentType).toBe(RSS["content-type"]);
    const h = srv.requestsFor("/plain")[0]!.headers;
    expect(h["user-agent"]).toBe("IraqIncidentAlerts/0.1 (+feed reader)");
    expect(h["accept"]).toContain("application/rss+xml");
    expect(h["accept-encoding"]).toBe("gzip, deflate, br");
    expect(h["if-none-match"]).toBeUndefined();
  });

  it("conditional GET: second request sends If-None-Match / If-Modified-Since, 304 → notModified", async () => {
    const lm = "Tue, 07 May 2024 06:00:00 GMT";
    srv.route("/cond", { body: "<rss/>", headers: RSS, etag: '"v7"', lastModified: lm });
    const first = await httpGet(srv.url("/cond"), { allowPrivate: true, limits: FAST });
    const second = await httpGet(srv.url("/cond"), { allowPrivate: true, limits: FAST, etag: first.etag, lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    expect(second.bytes.length).toBe(0);
    expect(second.etag).toBe('"v7"');
    expect(second.lastModified).toBe(lm);
    const h = srv.requestsFor("/cond")[1]!.headers;
    expect(h["if-none-match"]).toBe('"v7"');
    expect(h["if-modified-since"]).toBe(lm);

    // Last-Modified only (no ETag on the server)
    srv.route("/cond-lm", { body: "<rss/>", headers: RSS, lastModified: lm });
    const a = await httpGet(srv.url("/cond-lm"), { allowPrivate: true, limits: FAST });
    expect(a.etag).toBeNull();
    const b = await httpGet(srv.url("/cond-lm"), { allowPrivate: true, limits: FAST, lastModified: a.lastModified });
    expect(b.notModified).toBe(true);
    // a changed document is fetched again
    srv.route("/cond", { body: "<rss>new</rss>", headers: RSS, etag: '"v8"' });
    const c = await httpGet(srv.url("/cond"), { allowPrivate: true, limits: FAST, etag: '"v7"' });
    expect(c.notModified).toBe(false);
    expect(c.etag).toBe('"v8"');
  });

  it("reports the server's freshness hint (Cache-Control max-age, else Expires)", async () => {
    srv.route("/fresh", { body: "<rss/>", headers: { ...RSS, "cache-control": "public, max-age=600" } });
    const t0 = Date.now();
    const r = await httpGet(srv.url("/fresh"), { allowPrivate: true, limits: FAST });
    expect(r.freshUntil!.getTime() - t0).toBeGreaterThanOrEqual(599_000);
    expect(r.freshUntil!.getTime() - t0).toBeLessThan(602_000);
    const now = Date.parse("2024-05-07T12:00:00Z");
    expect(freshUntil(null, "Tue, 07 May 2024 12:30:00 GMT", now)?.toISOString()).toBe("2024-05-07T12:30:00.000Z");
    expect(freshUntil("no-cache, max-age=600", null, now)).toBeNull();
    expect(freshUntil(null, "0", now)).toBeNull();
    expect(freshUntil(null, null, now)).toBeNull();
  });

  it("404 and 500 → FetchError kind http with status", async () => {
    const e404 = await failure(httpGet(srv.url("/nowhere"), { allowPrivate: true, limits: FAST }));
    expect(e404.kind).toBe("http");
    expect(e404.status).toBe(404);
    srv.route("/boom", { status: 500, body: "oops" });
    const e500 = await failure(httpGet(srv.url("/boom"), { allowPrivate: true, limits: FAST }));
    expect(e500.kind).toBe("http");
    expect(e500.status).toBe(500);
  });

  it("a 20 MB response fails as too-large quickly, without reading it all", async () => {
    srv.route("/huge", { kind: "huge" });
    const e = await failure(httpGet(srv.url("/huge"), { allowPrivate: true, limits: FAST }));
    // the size cap, not the total timeout (kind "timeout"), ended it
    expect(e.kind).toBe("too-large");
    expect(e.message).toBe("body larger than 1048576 bytes");
    await new Promise((r) => setTimeout(r, 50));
    expect(srv.bytesSent.get("/huge")!).toBeLessThan(10 * 1024 * 1024); // stopped long before 20 MB
  });

  it("an announced Content-Length over the cap fails before reading the body", async () => {
    srv.route("/huge-cl", { kind: "huge", contentLength: true });
    const e = await failure(httpGet(srv.url("/huge-cl"), { allowPrivate: true, limits: FAST }));
    expect(e.kind).toBe("too-large");
  });

  it("caps the decompressed size too (gzip bomb)", async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    srv.route("/bomb", { body: bomb, headers: { ...RSS, "content-encoding": "gzip" } });
    const e = await failure(httpGet(srv.url("/bomb"), { allowPrivate: true, limits: FAST }));
    expect(e.kind).toBe("too-large");
    expect(e.message).toBe("body larger than 1048576 bytes");
  });

  it("a server that trickles bytes forever hits the total timeout", async () => {
    srv.route("/trickle", { kind: "trickle", intervalMs: 20 });
    const e = await failure(httpGet(srv.url("/trickle"), { allowPrivate: true, limits: { ...FAST, totalTimeoutMs: 400 } }));
    expect(e.kind).toBe("timeout");
    expect(e.message).toBe("no complete response within 400 ms");
  });

  it("slow headers and a server that never answers hit the total timeout", async () => {
    srv.route("/slow", { body: "<rss/>", delayHeadersMs: 2000 });
    srv.route("/hang", { kind: "hang" });
    expect((await failure(httpGet(srv.url("/slow"), { allowPrivate: true, limits: { ...FAST, totalTimeoutMs: 300 } }))).kind).toBe("timeout");
    expect((await failure(httpGet(srv.url("/hang"), { allowPrivate: true, limits: { ...FAST, totalTimeoutMs: 300 } }))).kind).toBe("timeout");
    // within the limit, slow headers are fine
    srv.route("/slowish", { body: "ok", delayHeadersMs: 50 });
    expect((await httpGet(srv.url("/slowish"), { allowPrivate: true, limits: FAST })).bytes.toString()).toBe("ok");
  });

  it("a server that accepts and says nothing fails at the first-byte timeout, well before the total one", async () => {
    srv.route("/mute", { kind: "hang" });
    srv.route("/mute-slow", { body: "<rss/>", delayHeadersMs: 2000 });
    const limits = { ...FAST, firstByteTimeoutMs: 200, totalTimeoutMs: 5000 };
    const e = await failure(httpGet(srv.url("/mute"), { allowPrivate: true, limits }));
    // the first-byte limit ended it, not the total one («no complete response within 5000 ms»)
    expect(e.kind).toBe("timeout");
    expect(e.message).toBe("no response headers within 200 ms");
    expect((await failure(httpGet(srv.url("/mute-slow"), { allowPrivate: true, limits }))).message).toMatch(/no response headers/);
    // a body that is arriving is not cut by it
    srv.route("/steady", { kind: "trickle", intervalMs: 100 });
    const slow = await failure(httpGet(srv.url("/steady"), { allowPrivate: true, limits: { ...FAST, firstByteTimeoutMs: 200, totalTimeoutMs: 700 } }));
    expect(slow.message).toMatch(/no complete response within 700 ms/);
  });

  it("reads Retry-After (seconds or a date) on 429 and 503", async () => {
    srv.route("/busy", { status: 429, body: "slow down", headers: { "retry-after": "120" } });
    srv.route("/down", { status: 503, body: "later", headers: { "retry-after": new Date(Date.now() + 3600_000).toUTCString() } });
    srv.route("/gone", { status: 500, body: "x", headers: { "retry-after": "120" } });
    const busy = await failure(httpGet(srv.url("/busy"), { allowPrivate: true, limits: FAST }));
    expect(busy).toMatchObject({ kind: "http", status: 429, retryAfterSec: 120 });
    expect(busy.message).toBe("HTTP 429 Too Many Requests (Retry-After 120 s)");
    const down = await failure(httpGet(srv.url("/down"), { allowPrivate: true, limits: FAST }));
    expect(down.retryAfterSec).toBeGreaterThan(3590);
    expect(down.retryAfterSec).toBeLessThanOrEqual(3600);
    expect((await failure(httpGet(srv.url("/gone"), { allowPrivate: true, limits: FAST }))).retryAfterSec).toBeUndefined();
    expect(retryAfterSec("soon")).toBeNull();
    expect(retryAfterSec("Wed, 21 Oct 2015 07:28:00 GMT")).toBe(0);
  });

  it("follows redirects (relative and absolute) and reports the final URL", async () => {
    srv.route("/r1", { kind: "redirect", to: "/r2", status: 301 });
    srv.route("/r2", { kind: "redirect", to: srv.url("/r3"), status: 308 });
    srv.route("/r3", { body: "done", headers: RSS });
    const r = await httpGet(srv.url("/r1"), { allowPrivate: true, limits: FAST });
    expect(r.bytes.toString()).toBe("done");
    expect(r.finalUrl).toBe(srv.url("/r3"));
  });

  it("a redirect loop fails as redirects, quickly", async () => {
    srv.redirectLoop("/loop-a", "/loop-b");
    const e = await failure(httpGet(srv.url("/loop-a"), { allowPrivate: true, limits: FAST }));
    expect(e.kind).toBe("redirects");
    expect(e.message).toMatch(/loop/);
    expect(srv.requestsFor("/loop-a").length).toBe(1);
  });

  it("more redirects than the limit fail as redirects", async () => {
    for (let i = 0; i < 4; i++) srv.route(`/chain${i}`, { kind: "redirect", to: `/chain${i + 1}` });
    srv.route("/chain4", { body: "end" });
    expect((await httpGet(srv.url("/chain0"), { allowPrivate: true, limits: { ...FAST, maxRedirects: 4 } })).bytes.toString()).toBe("end");
    const e = await failure(httpGet(srv.url("/chain0"), { allowPrivate: true, limits: { ...FAST, maxRedirects: 3 } }));
    expect(e.kind).toBe("redirects");
  });

  it("refuses non-http(s) URLs, also as redirect targets", async () => {
    expect((await failure(httpGet("ftp://example.iq/feed", { limits: FAST }))).kind).toBe("bad-url");
    expect((await failure(httpGet("not a url", { limits: FAST }))).kind).toBe("bad-url");
    srv.route("/to-file", { kind: "redirect", to: "file:///etc/passwd" });
    expect((await failure(httpGet(srv.url("/to-file"), { allowPrivate: true, limits: FAST }))).kind).toBe("bad-url");
  });

  it("connection reset and refused → network", async () => {
    srv.route("/reset", { kind: "reset" });
    expect((await failure(httpGet(srv.url("/reset"), { allowPrivate: true, limits: FAST }))).kind).toBe("network");
    const other = await FeedServer.start();
    const url = other.url("/x");
    await other.close();
    expect((await failure(httpGet(url, { allowPrivate: true, limits: FAST }))).kind).toBe("network");
  });

  it("decompresses gzip, deflate (zlib and raw) and brotli", async () => {
    const body = fixture("rss-utf8.xml");
    for (const compress of ["gzip", "deflate", "deflate-raw", "br"] as const) {
      const path = `/z-${compress}`;
      srv.route(path, { body, headers: RSS, compress });
      const r = await httpGet(srv.url(path), { allowPrivate: true, limits: FAST });
      expect(r.bytes.equals(body)).toBe(true);
    }
  });

  it("a caller abort ends the request with kind aborted", async () => {
    srv.route("/hang2", { kind: "hang" });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const e = await failure(httpGet(srv.url("/hang2"), { allowPrivate: true, limits: { ...FAST, totalTimeoutMs: 5000 }, signal: ac.signal }));
    expect(e.kind).toBe("aborted");
  });

  it("refuses loopback and private hosts unless allowPrivate is set, before any request", async () => {
    srv.route("/private", { body: "secret", headers: RSS });
    const before = srv.requestsFor("/private").length;
    const e = await failure(httpGet(srv.url("/private"), { limits: FAST }));
    expect(e.kind).toBe("private-address");
    expect(e.message).toContain(`refused: 127.0.0.1:${srv.port} is a loopback, private or link-local address`);
    expect(e.message).toContain("ALLOW_PRIVATE_SOURCES");
    // a name is refused when it resolves (at connect time, every time) to such an address
    const named = await failure(httpGet(`http://localhost:${srv.port}/private`, { limits: FAST }));
    expect(named.kind).toBe("private-address");
    expect(named.message).toMatch(/localhost resolves to the non-public address (127\.0\.0\.1|::1)/);
    for (const url of ["http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0x7f.1/", "http://[::ffff:10.0.0.1]/"]) {
      expect((await failure(httpGet(url, { limits: FAST }))).kind).toBe("private-address");
    }
    expect(srv.requestsFor("/private").length).toBe(before);
    expect((await httpGet(srv.url("/private"), { allowPrivate: true, limits: FAST })).bytes.toString()).toBe("secret");
  });
});
