// Who else sends from this outbox. Alone (SQLite: one instance per database,
// held by the service lease) the sender re-queues every row left "sending" at
// start-up and has Telegram's limits to itself. Several instances on one
// PostgreSQL database all send: each holds a sender lease (a Lease row renewed
// every second), claims rows under its name, and
// - re-queues only the claims of instances whose lease has expired (dead, or
//   cut off from the database for longer than the lease): starting an
//   instance never re-sends what another one is sending;
// - takes 1/n of Telegram's limits, n being the instances with a live lease:
//   each keeps its own sliding windows exact, so together they stay within
//   the limit. A newcomer waits until the others have counted it and their
//   last second at the larger share has passed; one that stops lets its lease
//   run a little longer than its last send. An instance with nothing to send
//   leaves its share unused: all of them claim from one queue, so during a
//   broadcast every instance has work;
// - a 429 met by one instance makes all of them wait (Telegram's limit is the
//   bot's): its retry_after is written to the database, and the others read
//   it at their next refresh (within a second).
import type { Logger } from "../log.js";
import {
  expireLeaseIn, instanceId, liveSenders, reclaimAbandoned, recoverInterrupted, senderLeaseName, sharedRetryAfter, shareRetryAfter,
  tryAcquire, type Db,
} from "../storage/index.js";

export interface SendingInstance {
  /** the name the claims are made under (null alone) */
  readonly holder: string | null;
  /** true when other instances may send from the same outbox (the claim checks each chat's order and rate itself) */
  readonly shared: boolean;
  /** before the first claim: recovers interrupted rows, and resolves once this instance may send */
  begin(): Promise<void>;
  /** false while this instance's claims may have been given to others (its lease could not be renewed) */
  mayDispatch(): boolean;
  /** instances sharing Telegram's limits, this one included */
  sharers(): number;
  /** called whenever sharers() changes */
  onSharers(fn: (n: number) => void): void;
  /** Telegram answered 429 (its limit is the bot's): every instance waits `ms` — the others learn of it at their next refresh */
  shareRetryAfter(ms: number): void;
  /** called when another instance's 429 asks this one to wait (ms from now) */
  onRetryAfter(fn: (ms: number) => void): void;
  end(): Promise<void>;
}

/** The only instance on its database (SQLite, or tests). */
export function soloInstance(db: Db, log: Logger): SendingInstance {
  return {
    holder: null,
    shared: false,
    async begin() {
      const n = await recoverInterrupted(db);
      if (n) log.warn({ rows: n }, "rows interrupted mid-send by a previous stop or crash will be sent again");
    },
    mayDispatch: () => true,
    sharers: () => 1,
    onSharers: () => undefined,
    shareRetryAfter: () => undefined,
    onRetryAfter: () => undefined,
    end: async () => undefined,
  };
}

export interface SharedInstanceOptions {
  /** the sender lease's length: a dead instance's claims are reclaimed this long after its last renewal */
  ttlMs: number;
  /** how often the lease is renewed, the other instances counted and abandoned claims looked for (default 1 s) */
  refreshMs?: number;
  holder?: string;
}

/** One of several instances sending from one PostgreSQL outbox. */
export function sharedInstance(db: Db, log: Logger, o: SharedInstanceOptions): SendingInstance {
  const holder = o.holder ?? instanceId();
  const name = senderLeaseName(holder);
  const refreshMs = Math.min(o.refreshMs ?? 1000, o.ttlMs / 3);
  let renewedAt = 0;
  let count = 1;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  let lastReclaim = 0;
  const listeners: Array<(n: number) => void> = [];
  const retryListeners: Array<(ms: number) => void> = [];

  /** since when this instance has reached the database without a failure (null: it just failed) */
  let connectedSince: number | null = null;

  async function tick(): Promise<void> {
    try {
      await renew();
    } catch (err) {
      // any failure, not only the lease's own: a tick cut short by an outage must not count as connected across it
      connectedSince = null;
      throw err;
    }
  }

  async function renew(): Promise<void> {
    const at = Date.now();
    const lease = await tryAcquire(db, name, holder, o.ttlMs);
    connectedSince ??= at;
    if (lease.acquired) renewedAt = at;
    const n = Math.max(1, await liveSenders(db));
    if (n !== count) {
      log.info({ instances: n, was: count }, "sending instances changed: each takes its share of Telegram's limits");
      count = n;
      for (const l of listeners) l(n);
    }
    const wait = await sharedRetryAfter(db);
    if (wait) for (const l of retryListeners) l(wait.getTime() - Date.now());
    // Only after a whole lease of talking to the database: when the database comes back after an outage,
    // every instance's lease may look expired, and each needs a moment to renew it before anyone decides
    // that its claims are abandoned (it may have sent them and be waiting to write so).
    if (Date.now() - connectedSince >= o.ttlMs && Date.now() - lastReclaim >= o.ttlMs / 3) {
      lastReclaim = Date.now();
      const back = await reclaimAbandoned(db, o.ttlMs);
      if (back) log.warn({ rows: back }, "rows claimed by an instance that stopped renewing its lease will be sent again");
    }
  }

  return {
    holder,
    shared: true,
    async begin() {
      await tick();
      // The others count this instance at their next refresh; until then, and for a second after (their
      // windows still hold sends made at the larger share), sending would exceed the shared limit. Waited
      // even when it counts itself alone: another instance may be starting at the same moment.
      await new Promise((r) => setTimeout(r, refreshMs + 1100));
      await tick();
      timer = setInterval(() => {
        ticking ??= tick()
          .catch((err: Error) => log.warn({ err }, "could not renew the sender lease; retrying"))
          .finally(() => (ticking = null));
      }, refreshMs);
    },
    // renewed within two thirds of the lease: nobody can have reclaimed these claims yet
    mayDispatch: () => Date.now() - renewedAt < (o.ttlMs * 2) / 3,
    sharers: () => count,
    onSharers: (fn) => void listeners.push(fn),
    shareRetryAfter(ms) {
      // not awaited: the sender already waits; if the database is away, the others will meet their own 429
      shareRetryAfter(db, holder, new Date(Date.now() + ms)).catch((err: unknown) => log.warn({ err }, "could not share Telegram's retry_after"));
    },
    onRetryAfter: (fn) => void retryListeners.push(fn),
    async end() {
      if (timer) clearInterval(timer);
      await ticking;
      // counted a little longer than its last send, so that nobody takes its share while its sends are in Telegram's window
      await expireLeaseIn(db, name, holder, 1100).catch(() => undefined);
    },
  };
}
