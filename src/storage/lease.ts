// One running instance per database. Two copies started by mistake would both
// poll and send (every alert twice): the lease lets one run and makes the
// other wait, saying who holds it.
import { hostname } from "node:os";
import type { Db } from "./client.js";
import { isUniqueViolation } from "./delivery-results.js";

export interface LeaseState {
  acquired: boolean;
  holder: string;
  expiresAt: Date | null;
}

export const instanceId = (): string => `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

/** Takes or renews the lease when it is free, expired or already ours. Atomic: one UPDATE or one INSERT. */
export async function tryAcquire(db: Db, name: string, holder: string, ttlMs: number, now = new Date()): Promise<LeaseState> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const { count } = await db.lease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (count === 1) return { acquired: true, holder, expiresAt };
  try {
    await db.lease.create({ data: { name, holder, expiresAt } });
    return { acquired: true, holder, expiresAt };
  } catch {
    const current = await db.lease.findUnique({ where: { name } });
    return { acquired: false, holder: current?.holder ?? "unknown", expiresAt: current?.expiresAt ?? null };
  }
}

export async function release(db: Db, name: string, holder: string): Promise<void> {
  await db.lease.deleteMany({ where: { name, holder } });
}

/** Lets a lease run out `ms` from now instead of freeing it at once (others still count its holder meanwhile). */
export async function expireLeaseIn(db: Db, name: string, holder: string, ms: number): Promise<void> {
  await db.lease.updateMany({ where: { name, holder }, data: { expiresAt: new Date(Date.now() + ms) } });
}

export interface LeaseKeeper {
  /** resolves true once the lease is held (retrying, and reporting each wait); with `wait` false, tries once */
  acquire(wait?: boolean): Promise<boolean>;
  /** true while the lease is held */
  held(): boolean;
  stop(): Promise<void>;
}

export function leaseKeeper(
  db: Db,
  opts: { name: string; ttlMs: number; holder?: string; onWait?: (s: LeaseState) => void; onLost?: (s: LeaseState) => void },
): LeaseKeeper {
  const holder = opts.holder ?? instanceId();
  let timer: NodeJS.Timeout | null = null;
  let isHeld = false;
  let stopped = false;
  const renew = async () => {
    try {
      const s = await tryAcquire(db, opts.name, holder, opts.ttlMs);
      if (!s.acquired && isHeld) {
        isHeld = false;
        opts.onLost?.(s);
      }
    } catch {
      // database briefly unavailable: keep the lease until it would expire
    }
  };
  return {
    async acquire(wait = true) {
      for (;;) {
        if (stopped) throw new Error("lease keeper stopped");
        const s = await tryAcquire(db, opts.name, holder, opts.ttlMs);
        if (s.acquired) break;
        opts.onWait?.(s);
        if (!wait) return false;
        await new Promise((r) => setTimeout(r, Math.max(200, opts.ttlMs / 3)));
      }
      isHeld = true;
      timer = setInterval(() => void renew(), Math.max(100, opts.ttlMs / 3));
      return true;
    },
    held: () => isHeld,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (isHeld) await release(db, opts.name, holder).catch(() => undefined); // unreleased, it simply expires after the TTL
      isHeld = false;
    },
  };
}

// ---- Telegram's retry_after, shared by the instances sending from one outbox

/** The Lease row that holds, in its expiry, until when Telegram asked the bot to wait (429). */
const RETRY_AFTER = "telegram:retry-after";

/** Telegram asked the bot (every instance: its limit is the bot's) to wait until `until`: kept if later than the one known. */
export async function shareRetryAfter(db: Db, holder: string, until: Date): Promise<void> {
  const { count } = await db.lease.updateMany({ where: { name: RETRY_AFTER, expiresAt: { lt: until } }, data: { holder, expiresAt: until } });
  if (count) return;
  try {
    await db.lease.create({ data: { name: RETRY_AFTER, holder, expiresAt: until } });
  } catch (err) {
    // the row exists with a later time (or was written by another instance a moment ago): that one stands
    if (!isUniqueViolation(err)) throw err;
  }
}

/** Until when Telegram asked the bot to wait, if that is still ahead (null otherwise). */
export async function sharedRetryAfter(db: Db, now = new Date()): Promise<Date | null> {
  const row = await db.lease.findUnique({ where: { name: RETRY_AFTER }, select: { expiresAt: true } });
  return row && row.expiresAt > now ? row.expiresAt : null;
}
