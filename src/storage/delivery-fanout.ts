// Writing the rows the outbox owes: to a list of chats, to every chat of an
// audience in one INSERT … SELECT, and the rows of an incident's update.
// Each is safe to run again (a chat already owed a key is skipped).
import { Prisma } from "../generated/prisma/client.js";
import { recipientsSql, type Audience } from "./audience.js";
import { dbEngine, type Db } from "./client.js";
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
  if (written >= LARGE_ENQUEUE) await refreshQueueStatistics(db);
  return written;
}

/** What every row of an audience's fan-out shares. */
export interface AudienceRows {
  key: string;
  kind: string;
  priority: number;
  incidentId?: number | null;
  broadcastId?: number | null;
  /** only the chats without keyword or district filters (see plainSubscriberSql); the others are checked one by one */
  plainOnly?: boolean;
  /** only these subscribers (those the fine filters let through), written in chunks */
  subscriberIds?: readonly number[];
  /**
   * The minute of the day in the display time zone: a chat in its quiet hours
   * gets the message silently (alerts/filters.ts isQuietNow, clause for clause;
   * test/delivery/fan-out.test.ts holds them together). Absent: never silent.
   */
  quietMinute?: number;
}

/** The SQL of a chat without keyword or district filters ("Subscriber" AS s): its alerts need no check in JavaScript. */
export const plainSubscriberSql = Prisma.sql`s."keywordsAny" = '[]' AND s."keywordsNone" = '[]'
  AND NOT EXISTS (SELECT 1 FROM "SubscriberDistrict" d WHERE d."subscriberId" = s."id")`;

/**
 * Set-based fan-out: one INSERT … SELECT writes a row for every chat of the
 * audience that receives now and has none with this key yet (ON CONFLICT on
 * the unique (key, chatId): safe to run again, and against a concurrent
 * writer). 100,000 subscribers in one statement instead of pages of rows
 * carried through JavaScript. Returns rows written.
 */
export async function insertDeliveriesForAudience(db: Db, audience: Audience, now: Date, r: AudienceRows): Promise<number> {
  let written = 0;
  if (r.subscriberIds) {
    for (let i = 0; i < r.subscriberIds.length; i += MAX_PARAMS - 50) {
      const chunk = r.subscriberIds.slice(i, i + MAX_PARAMS - 50);
      written += await insertForAudience(db, audience, now, r, Prisma.sql` AND s."id" IN (${Prisma.join(chunk)})`);
    }
  } else {
    written = await insertForAudience(db, audience, now, r, r.plainOnly ? Prisma.sql` AND ${plainSubscriberSql}` : Prisma.empty);
  }
  if (written >= LARGE_ENQUEUE) await refreshQueueStatistics(db);
  return written;
}

/** Rows written at once beyond which the queue's statistics are taken again (PostgreSQL). */
const LARGE_ENQUEUE = 1000;

/**
 * PostgreSQL plans the claim from the table's statistics; taken while the
 * queue was nearly empty, they make it choose plans that read every pending
 * row for each claim (seconds with thousands queued), and autovacuum takes
 * them again only a minute or more later. Taken at once after a large
 * enqueue instead (a sample of the table: tens of milliseconds). SQLite
 * plans without statistics here: nothing to do.
 */
export async function refreshQueueStatistics(db: Db): Promise<void> {
  if (dbEngine(db) === "postgres") await db.$executeRawUnsafe(`ANALYZE "Delivery"`);
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
  return db.$executeRaw`INSERT INTO "Delivery" ("key", "kind", "chatId", "subscriberId", "incidentId", "broadcastId", "priority", "silent", "notBefore", "createdAt")
    SELECT ${text(r.key)}, ${text(r.kind)}, s."chatId", s."id", ${int(r.incidentId)}, ${int(r.broadcastId)}, ${int(r.priority)}, ${silent}, ${time}, ${time}
    FROM "Subscriber" s
    WHERE ${recipientsSql(audience, now)}${only}
    ORDER BY s."id"
    ON CONFLICT ("key", "chatId") DO NOTHING`;
}

/**
 * Writes the update rows of one incident version and records it as queued,
 * in one batch transaction: an older edit still queued is cancelled (it
 * would only show what the new one shows), and the announced toll moves on.
 */
export async function recordUpdateQueued(
  db: Db,
  incident: { id: number; version: number; killed: number | null; injured: number | null },
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
      data: { enqueuedVersion: incident.version, announcedKilled: incident.killed, announcedInjured: incident.injured },
    }),
  ]);
}
