// One small HTTP server: /healthz, /metrics, in webhook mode the path
// Telegram posts updates to, and the web room's pages (map, open data).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pendingCount, type Db } from "./storage/index.js";
import type { Metrics } from "./metrics.js";
import type { Logger } from "./log.js";

export interface HealthInputs {
  db: Db;
  metrics: Metrics;
  lastPollAt: () => Date | null;
  leader: () => boolean;
  maxPollAgeSec: number;
  /** the last poll cycle's sources (null before the first) */
  lastCycle?: () => { polled: number; failed: number } | null;
}

export interface Health {
  ok: boolean;
  database: "ok" | "unreachable";
  leader: boolean;
  lastPollAgeSec: number | null;
  outboxBacklog: number | null;
  /** the last poll cycle: sources polled and failed (null before the first) */
  sources: { polled: number; failed: number } | null;
}

export async function health(h: HealthInputs, now = new Date()): Promise<Health> {
  let database: Health["database"] = "ok";
  let backlog: number | null = null;
  try {
    backlog = await pendingCount(h.db);
    h.metrics.backlog.set(backlog);
  } catch {
    database = "unreachable"; // what the health answer reports (503): the failure is its content
  }
  const last = h.lastPollAt();
  const age = last ? Math.round((now.getTime() - last.getTime()) / 1000) : null;
  // A waiting standby is healthy; a leader whose polls stopped is not.
  const stale = h.leader() && age !== null && age > h.maxPollAgeSec;
  // every source failed its last poll: nothing is being read (network down, feeds moved)
  const sources = h.lastCycle?.() ?? null;
  const blind = h.leader() && sources !== null && sources.polled > 0 && sources.failed === sources.polled;
  return { ok: database === "ok" && !stale && !blind, database, leader: h.leader(), lastPollAgeSec: age, outboxBacklog: backlog, sources };
}

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => unknown;
/** Extra routes (the web room): answers and returns true, or returns false for "not mine". */
export type Routes = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export async function startHttpServer(
  opts: HealthInputs & { host: string; port: number; webhookPath?: string; webhook?: WebhookHandler; routes?: Routes; log?: Logger },
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const path = (req.url ?? "/").split("?")[0];
      if (req.method === "GET" && path === "/healthz") {
        const h = await health(opts);
        res.writeHead(h.ok ? 200 : 503, { "content-type": "application/json" });
        res.end(JSON.stringify(h));
      } else if (req.method === "GET" && path === "/metrics") {
        res.writeHead(200, { "content-type": opts.metrics.registry.contentType });
        res.end(await opts.metrics.registry.metrics());
      } else if (req.method === "POST" && opts.webhook && path === opts.webhookPath) {
        await opts.webhook(req, res);
      } else if (!(opts.routes && (await opts.routes(req, res)))) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found\n");
      }
    } catch (err) {
      opts.log?.error({ err, path: req.url }, "HTTP request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("error\n");
    }
  };
  const server = createServer((req, res) => void answer(req, res));
  // Idle keep-alive sockets outlive the client's and the proxy's (Node's 5 s default is shorter than most):
  // otherwise a client reusing a socket the server is closing at that moment gets ECONNRESET (seen with
  // fetch after a pause of ~5 s, and behind reverse proxies that keep upstream sockets 60 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${opts.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
