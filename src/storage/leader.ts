// PostgreSQL's lease: a session-level advisory lock held on a connection of its
// own. The lock lives exactly as long as that session, so when the holder dies
// (SIGKILL, machine lost) PostgreSQL frees it at once (a cut network: when the
// server notices, via TCP keep-alive) and a waiting instance takes over at its
// next try (every second) — no TTL to wait out, unlike SQLite's lease row.
import { instanceId, type LeaseKeeper, type LeaseState } from "./lease.js";
import { connectPostgres } from "./migrate-postgres.js";
import type pg from "pg";

export interface AdvisoryLeaseOptions {
  name: string;
  holder?: string;
  /** how often a waiting instance tries again, and the holder checks its connection */
  retryMs?: number;
  onWait?: (s: LeaseState) => void;
  onLost?: (s: LeaseState) => void;
}

export function advisoryLeaseKeeper(url: string, opts: AdvisoryLeaseOptions): LeaseKeeper {
  const holder = opts.holder ?? instanceId();
  const retryMs = opts.retryMs ?? 1000;
  let client: pg.Client | null = null;
  let isHeld = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  // the key: hashtext of the name, so each named lease is its own lock
  const key = `iraq-alerts:${opts.name}`;

  const connection = async (): Promise<pg.Client> => {
    if (client) return client;
    const c = await connectPostgres(url);
    // the holder's name shows in pg_stat_activity, so waiting instances can say who holds the lock
    await c.query("SELECT set_config('application_name', $1, false)", [holder.slice(0, 63)]);
    c.on("end", () => {
      if (client === c) client = null;
      lose("connection closed");
    });
    client = c;
    return c;
  };

  function lose(why: string): void {
    if (!isHeld || stopped) return;
    isHeld = false;
    if (timer) clearInterval(timer);
    opts.onLost?.({ acquired: false, holder: `unknown (${why})`, expiresAt: null });
  }

  async function currentHolder(c: pg.Client): Promise<string> {
    const { rows } = await c.query<{ name: string }>(
      `SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.objid = (hashtext($1)::bigint & 4294967295)::oid LIMIT 1`,
      [key],
    );
    return rows[0]?.name || "unknown";
  }

  async function tryOnce(): Promise<boolean> {
    const c = await connection();
    const { rows } = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [key]);
    if (rows[0]?.ok) return true;
    opts.onWait?.({ acquired: false, holder: await currentHolder(c).catch(() => "unknown"), expiresAt: null });
    return false;
  }

  return {
    async acquire(wait = true) {
      for (;;) {
        if (stopped) throw new Error("lease keeper stopped");
        let ok = false;
        try {
          ok = await tryOnce();
        } catch (err) {
          // the server is unreachable for now: drop the connection and try again (waiting) or say no
          await client?.end().catch(() => undefined);
          client = null;
          if (!wait) throw err;
        }
        if (ok) break;
        if (!wait) return false;
        await new Promise((r) => setTimeout(r, retryMs));
      }
      isHeld = true;
      // a dead connection means the lock is gone (another instance may hold it now): notice it within retryMs
      timer = setInterval(() => {
        client?.query("SELECT 1").catch(() => lose("connection lost"));
      }, retryMs);
      return true;
    },
    held: () => isHeld,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      const c = client;
      client = null;
      isHeld = false;
      if (c) {
        await c.query("SELECT pg_advisory_unlock(hashtext($1))", [key]).catch(() => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
