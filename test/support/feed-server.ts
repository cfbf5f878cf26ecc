// A real HTTP server on 127.0.0.1 for tests and benchmarks of sources/.
//
//   const srv = await FeedServer.start();
//   srv.route("/rss", { body: xml, headers: { "content-type": "application/rss+xml" }, etag: '"v1"' });
//   srv.redirectLoop("/a", "/b");
//   await readSource({ url: srv.url("/rss"), ... });
//   srv.requestsFor("/rss")[1]!.headers["if-none-match"];
//   await srv.close(); // destroys open sockets, stops trickles: tests end at once
import http from "node:http";
import type { Socket } from "node:net";
import zlib from "node:zlib";

export interface StaticRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent as ETag; a request with a matching If-None-Match gets 304. */
  etag?: string;
  /** Sent as Last-Modified; a request with If-Modified-Since >= it gets 304 (when no ETag matched). */
  lastModified?: string;
  /** Compress the body when the client's Accept-Encoding allows it ("deflate-raw" = deflate without zlib header, as some servers send). */
  compress?: "gzip" | "deflate" | "deflate-raw" | "br";
  /** Wait this long before sending the status line and headers. */
  delayHeadersMs?: number;
}

export type Behaviour =
  | ({ kind?: "static" } & StaticRoute)
  | { kind: "redirect"; to: string; status?: number }
  /** Headers, then `chunk` every `intervalMs` forever (until the client goes or the server closes). */
  | { kind: "trickle"; intervalMs?: number; chunk?: string; headers?: Record<string, string> }
  /** `bytes` (default 20 MB) streamed in 64 KB chunks with back-pressure; optionally without Content-Length. */
  | { kind: "huge"; bytes?: number; contentLength?: boolean; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { kind: "hang" }
  /** Drop the connection without any response. */
  | { kind: "reset" }
  | { kind: "handler"; handle: (req: http.IncomingMessage, res: http.ServerResponse) => void };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export class FeedServer {
  readonly requests: RecordedRequest[] = [];
  /** Bytes written so far by "huge" and "trickle" routes, per path. */
  readonly bytesSent = new Map<string, number>();
  private readonly routes = new Map<string, Behaviour>();
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  /** Cache of compressed bodies per route object and encoding. */
  private readonly compressed = new WeakMap<object, Map<string, Buffer>>();

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FeedServer> {
    const server = http.createServer();
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const addr = server.address();
    if (!addr || typeof addr === "string") throw new Error("no port");
    const fs = new FeedServer(server, addr.port);
    server.on("connection", (s: Socket) => {
      fs.sockets.add(s);
      s.on("close", () => fs.sockets.delete(s));
    });
    server.on("request", (req, res) => fs.handle(req, res));
    return fs;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return this.origin + path;
  }

  /** Register (or replace) the behaviour for an exact path (query string ignored). */
  route(path: string, behaviour: Behaviour): this {
    this.routes.set(path, behaviour);
    return this;
  }

  /** `a` redirects to `b` and `b` back to `a`. */
  redirectLoop(a: string, b: string, status = 302): this {
    this.route(a, { kind: "redirect", to: b, status });
    this.route(b, { kind: "redirect", to: a, status });
    return this;
  }

  requestsFor(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.clear();
    const done = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const s of this.sockets) s.destroy();
    await done;
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = (req.url ?? "/").split("?")[0]!;
    this.requests.push({ method: req.method ?? "GET", path, headers: req.headers, at: Date.now() });
    const b = this.routes.get(path);
    if (!b) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    switch (b.kind) {
      case "redirect":
        res.writeHead(b.status ?? 302, { location: b.to, "content-length": "0" }).end();
        return;
      case "hang":
        return;
      case "reset":
        req.socket.destroy();
        return;
      case "handler":
        b.handle(req, res);
        return;
      case "trickle": {
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", ...b.headers });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        const t = setInterval(() => {
          if (res.destroyed || this.closed) {
            clearInterval(t);
            this.timers.delete(t);
            return;
          }
          const c = b.chunk ?? " ";
          this.bytesSent.set(path, (this.bytesSent.get(path) ?? 0) + Buffer.byteLength(c));
          res.write(c);
        }, b.intervalMs ?? 20);
        this.timers.add(t);
        res.on("close", () => {
          clearInterval(t);
          this.timers.delete(t);
        });
        return;
      }
      case "huge": {
        const total = b.bytes ?? 20 * 1024 * 1024;
        const chunk = Buffer.alloc(64 * 1024, "<!-- padding -->");
        const headers: Record<string, string> = { "content-type": "application/rss+xml", ...b.headers };
        if (b.contentLength) headers["content-length"] = String(total);
        res.writeHead(200, headers);
        let sent = 0;
        const pump = () => {
          while (sent < total && !res.destroyed) {
            const n = Math.min(chunk.length, total - sent);
            sent += n;
            this.bytesSent.set(path, sent);
            if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
              res.once("drain", pump);
              return;
            }
          }
          if (!res.destroyed) res.end();
        };
        pump();
        return;
      }
      default: {
        const send = () => this.sendStatic(req, res, b);
        if (b.delayHeadersMs) this.later(b.delayHeadersMs, send);
        else send();
      }
    }
  }

  private sendStatic(req: http.IncomingMessage, res: http.ServerResponse, r: StaticRoute): void {
    if (res.destroyed) return;
    const headers: Record<string, string> = { ...r.headers };
    if (r.etag) headers["etag"] = r.etag;
    if (r.lastModified) headers["last-modified"] = r.lastModified;
    const status = r.status ?? 200;
    if (status === 200 && this.notModified(req, r)) {
      res.writeHead(304, headers).end();
      return;
    }
    let body = typeof r.body === "string" ? Buffer.from(r.body, "utf8") : (r.body ?? Buffer.alloc(0));
    if (r.compress) {
      const accept = String(req.headers["accept-encoding"] ?? "");
      const token = r.compress === "deflate-raw" ? "deflate" : r.compress;
      if (accept.includes(token)) {
        body = this.compress(r, body, r.compress);
        headers["content-encoding"] = token;
        headers["vary"] = "Accept-Encoding";
      }
    }
    headers["content-length"] = String(body.length);
    res.writeHead(status, headers).end(body);
  }

  private notModified(req: http.IncomingMessage, r: StaticRoute): boolean {
    const inm = req.headers["if-none-match"];
    if (r.etag && inm) {
      return inm.split(",").some((t) => t.trim() === r.etag || t.trim() === "*");
    }
    const ims = req.headers["if-modified-since"];
    if (r.lastModified && ims) {
      const a = Date.parse(ims);
      const b = Date.parse(r.lastModified);
      return Number.isFinite(a) && Number.isFinite(b) && b <= a;
    }
    return false;
  }

  private compress(r: StaticRoute, body: Buffer, how: NonNullable<StaticRoute["compress"]>): Buffer {
    let m = this.compressed.get(r);
    if (!m) this.compressed.set(r, (m = new Map()));
    const key = how + ":" + body.length;
    let out = m.get(key);
    if (!out) {
      out =
        how === "gzip" ? zlib.gzipSync(body)
        : how === "deflate" ? zlib.deflateSync(body)
        : how === "deflate-raw" ? zlib.deflateRawSync(body)
        : zlib.brotliCompressSync(body);
      m.set(key, out);
    }
    return out;
  }
}
