// Writing the rows the outbox owes: to a list of chats, to every chat of an
// audience in one INSERT … SELECT, and the rows of an incident's update.
// Each is safe to run again (a chat already owed a key is skipped).
import { Prisma } from "../generated/prisma/client.js";
import { plainSubscriberSql, recipientsSql, type Audience } from "./audience.js";
import { dbEngine, typedParam, type Db } from "./client.js";
import { directExecute, directQuery } from "./direct.js";
import type { NewDelivery } from "./deliveries.js";

/** Prisma's SQLite connector refuses queries with more bound parameters than this. */
const MAX_PARAMS = 900;

/** Writes the rows (all with this key) whose chat does not have one yet; returns how many were written. */
export async function insertNewDeliveries(db: Db, key: string, rows: NewDelivery[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += MAX_PARAMS) {
    const chunk = rows.slice(i, i + MAX_PARAMS);
    const existing = await db.delivery.findMany({
      where: { key, chatId: { in: chunk.map((r) => r.chatId) } },
      select: { chatId: true },
    });
    const skip = new Set(existing.map((d) => d.chatId));
    const fresh = chunk.filter((r) => !skip.has(r.chatId));
    if (fresh.length) await db.delivery.createMany({ data: fresh });
    written += fresh.length;
  }
  await refreshQueueStatistics(db, written);
  return written;
}

/** What every row of an audience's fan-out shares. */
export interface AudienceRows {
  key: string;
  kind: string;
  priority: number;
  incidentId?: number | null;
  broadcastId?: number | null;
  /** only the chats without keyword or district filters (see audience.ts plainSubscriberSql); the others are checked one by one */
  plainOnly?: boolean;
  /** only these subscribers (those the fine filters let through): one statement per 10,000 */
  subscriberIds?: readonly number[];
  /**
   * The minute of the day in the display time zone: a chat in its quiet hours
   * gets the message silently (alerts/filters.ts isQuietNow, clause for clause;
   * test/delivery/fan-out.test.ts holds them together). Absent: never silent.
   */
  quietMinute?: number;
  /** PostgreSQL: statements the audience is split into (default FAN_OUT_SPLIT; see insertDeliveriesForAudience) */
  split?: { parts: number; minPerPart: number };
}

/**
 * Set-based fan-out: INSERT … SELECT writes a row for every chat of the
 * audience that receives now and has none with this key yet (ON CONFLICT on
 * the unique (key, chatId): safe to run again, and against a concurrent
 * writer). 100,000 subscribers in a few statements instead of pages of rows
 * carried through JavaScript. Returns rows written. After a large fan-out,
 * call refreshQueueStatistics once (the caller knows when its fan-out ends).
 *
 * On PostgreSQL the audience is split by subscriber id into `split.parts`
 * ranges written at once, each by its own statement on its own pooled
 * connection: a statement runs on one backend, one core, and the INSERT's cost
 * is nearly all per row written (the heap and seven indexes; the SELECT is
 * ~15 %). Each statement commits on its own, as one
 * statement did: a crash between them leaves part of the rows, and the run
 * after it writes the rest (ON CONFLICT). SQLite has one connection and a
 * synchronous driver: nothing to spread, one statement.
 */
export async function insertDeliveriesForAudience(db: Db, audience: Audience, now: Date, r: AudienceRows): Promise<number> {
  if (!r.subscriberIds) {
    const plain = r.plainOnly ? Prisma.sql` AND ${plainSubscriberSql}` : Prisma.empty;
    const split = r.split ?? FAN_OUT_SPLIT;
    const ranges = dbEngine(db) === "postgres" ? await subscriberIdRanges(db, split.parts, split.minPerPart) : [Prisma.empty];
    const written = await allSettledOrThrow(ranges.map((range) => insertForAudience(db, audience, now, r, Prisma.sql`${plain}${range}`)));
    return written.reduce((a, b) => a + b, 0);
  }
  // the chosen subscribers as one JSON parameter: one statement per page of the fine filters, not one per
  // 850 ids (each statement evaluates the audience again, and Prisma's limit on bound parameters is ~900)
  let written = 0;
  for (let i = 0; i < r.subscriberIds.length; i += IDS_PER_STATEMENT) {
    const ids = JSON.stringify(r.subscriberIds.slice(i, i + IDS_PER_STATEMENT));
    const list = dbEngine(db) === "postgres"
      ? Prisma.sql`SELECT CAST(value AS INTEGER) FROM json_array_elements_text(CAST(${ids} AS JSON))`
      : Prisma.sql`SELECT value FROM json_each(${ids})`;
    written += await insertForAudience(db, audience, now, r, Prisma.sql` AND s."id" IN (${list})`);
  }
  return written;
}

const IDS_PER_STATEMENT = 10_000;

/**
 * Two statements: the machine this is measured on has two cores, and the
 * fine-filtered chats (outbox.ts fanOutAlert) are written at the same time
 * by a third. Measured with four: no faster (bench/README.md). Below
 * `minPerPart` active subscribers a part, one statement: a second connection
 * costs more than it saves.
 */
export const FAN_OUT_SPLIT = { parts: 2, minPerPart: 2000 } as const;

/**
 * The subscriber-id ranges a fan-out is split into, as conditions on
 * "Subscriber" AS s (` AND s."id" >= a AND s."id" < b`): each id falls in
 * exactly one, whatever ids exist (the first has no lower bound, the last no
 * upper one, each bound is the next one's start), so a subscriber added
 * meanwhile is in the last. The cuts are the active subscribers' quantiles,
 * not the midpoint of the ids: chats that blocked the bot stay as inactive
 * rows and gather at the old, low ids. Two reads of the subscribers (~30 ms
 * for 100,000 at load 4; the filtered chats' part runs meanwhile). Fewer
 * than `parts × minPerPart` active: one range, no condition.
 */
export async function subscriberIdRanges(db: Db, parts: number, minPerPart: number): Promise<Prisma.Sql[]> {
  if (parts <= 1) return [Prisma.empty];
  const [counted] = await directQuery(db, Prisma.sql`SELECT COUNT(*) AS "n" FROM "Subscriber" WHERE "active" = TRUE`);
  const active = Number(counted!.n);
  if (active < parts * minPerPart) return [Prisma.empty];
  const cuts: number[] = [];
  for (let k = 1; k < parts; k++) {
    const offset = Math.floor((active * k) / parts);
    const [row] = await directQuery(db, Prisma.sql`SELECT "id" FROM "Subscriber" WHERE "active" = TRUE ORDER BY "id" LIMIT 1 OFFSET ${int(db, offset)}`);
    const cut = Number(row?.id);
    // a chat deleted between the two reads can leave a cut missing or equal to the last: fewer ranges, still covering
    if (Number.isSafeInteger(cut) && cut > (cuts.at(-1) ?? -Infinity)) cuts.push(cut);
  }
  return [null, ...cuts].map((from, k) => {
    const to = cuts[k];
    return Prisma.sql`${from === null ? Prisma.empty : Prisma.sql` AND s."id" >= ${int(db, from)}`}${to === undefined ? Prisma.empty : Prisma.sql` AND s."id" < ${int(db, to)}`}`;
  });
}

const int = (db: Db, v: number): Prisma.Sql => typedParam(db, v, "INTEGER");

/**
 * Waits for every promise, then throws the first failure if any: nothing of a
 * fan-out is still running when its caller learns it failed (and retries it,
 * or gives up before writing the hand-off marker).
 */
export async function allSettledOrThrow<T>(promises: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

/** Rows written at once beyond which the queue's statistics are taken again (PostgreSQL). */
const LARGE_ENQUEUE = 1000;

/**
 * PostgreSQL plans the claim from the table's statistics; taken while the
 * queue was nearly empty, they make it choose plans that read every pending
 * row for each claim (measured: 65 ms a claim alone, 650 ms shared, with
 * 40,000 queued; 1 ms once analysed), and autovacuum takes them again only a
 * minute or more later. So they are taken at once after a fan-out of
 * `written` ≥ 1000 rows, from a small sample (statistics target 10: 3,000
 * rows, 10–40 ms; the default 30,000-row sample took 0.3–0.5 s at 50,000
 * rows, and ran after every page of the fan-out: 2 s of a 100,000-subscriber
 * one). The proportions the claim's plan depends on (how many rows are
 * pending) need no more. SQLite plans without statistics here: nothing to do.
 */
export async function refreshQueueStatistics(db: Db, written: number): Promise<void> {
  if (written < LARGE_ENQUEUE || dbEngine(db) !== "postgres") return;
  await db.$transaction([db.$executeRawUnsafe("SET LOCAL default_statistics_target = 10"), db.$executeRawUnsafe(`ANALYZE "Delivery"`)]);
}

async function insertForAudience(db: Db, audience: Audience, now: Date, r: AudienceRows, only: Prisma.Sql): Promise<number> {
  const pg = dbEngine(db) === "postgres";
  // PostgreSQL cannot type a bare parameter in a SELECT list; SQLite must not cast (its TIMESTAMP affinity is numeric)
  const int = (v: number | null | undefined) => Prisma.sql`CAST(${v ?? null} AS INTEGER)`;
  const time = pg ? Prisma.sql`CAST(${now} AS TIMESTAMP(3))` : Prisma.sql`${now}`;
  const text = (v: string) => (pg ? Prisma.sql`CAST(${v} AS TEXT)` : Prisma.sql`${v}`);
  const m = r.quietMinute;
  const silent = m === undefined ? Prisma.sql`FALSE` : Prisma.sql`CASE
    WHEN s."quietStart" IS NULL OR s."quietEnd" IS NULL OR s."quietStart" = s."quietEnd" THEN FALSE
    WHEN s."quietStart" < s."quietEnd" THEN (${int(m)} >= s."quietStart" AND ${int(m)} < s."quietEnd")
    ELSE (${int(m)} >= s."quietStart" OR ${int(m)} < s."quietEnd") END`;
  return directExecute(db, Prisma.sql`INSERT INTO "Delivery" ("key", "kind", "chatId", "subscriberId", "incidentId", "broadcastId", "priority", "silent", "notBefore", "createdAt")
    SELECT ${text(r.key)}, ${text(r.kind)}, s."chatId", s."id", ${int(r.incidentId)}, ${int(r.broadcastId)}, ${int(r.priority)}, ${silent}, ${time}, ${time}
    FROM "Subscriber" s
    WHERE ${recipientsSql(audience, now)}${only}
    ORDER BY s."id"
    ON CONFLICT ("key", "chatId") DO NOTHING`);
}

/**
 * Writes the update rows of one incident version and records it as queued,
 * in one batch transaction: an older edit still queued is cancelled (it
 * would only show what the new one shows), and the announced toll moves on.
 */
export async function recordUpdateQueued(
  db: Db,
  incident: { id: number; version: number; killed: number | null; injured: number | null; casualties: number | null; updatedAt: Date },
  editKey: string,
  rows: NewDelivery[],
): Promise<void> {
  await db.$transaction([
    db.delivery.updateMany({
      where: { incidentId: incident.id, kind: "edit", state: "pending", key: { not: editKey } },
      data: { state: "cancelled" },
    }),
    ...(rows.length ? [db.delivery.createMany({ data: rows })] : []),
    db.incident.update({
      where: { id: incident.id },
      // bookkeeping, not news: «updated at» (the edit's stamp) stays the facts' time
      data: {
        enqueuedVersion: incident.version, announcedKilled: incident.killed, announcedInjured: incident.injured,
        announcedCasualties: incident.casualties, updatedAt: incident.updatedAt,
      },
    }),
  ]);
}
