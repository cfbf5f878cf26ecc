// Subscribers (chats) and their filter tables. Each write is one statement or
// one transaction, saved as soon as a button is pressed.
import { Prisma, type Subscriber as SubscriberRow } from "../generated/prisma/client.js";
import { dbEngine, type Db } from "./client.js";
import { plainSubscriberSql, recipientsSql, recipientsWhere, receivingWhere, type Audience } from "./audience.js";
import { directQuery } from "./direct.js";

export type { SubscriberRow };

/** A chat with its filters. */
export type Subscriber = SubscriberRow & {
  provinces: { province: string }[];
  types: { type: string }[];
  districts: { district: string }[];
};

/** A recipient found by the audience query, with what the fine filters (alerts/filters.ts) need. */
export type Recipient = SubscriberRow & { districts: { district: string }[] };

/** The settings a command or button changes (filters have their own functions below). */
export type SubscriberChange = Partial<Pick<
  SubscriberRow,
  "active" | "paused" | "pausedUntil" | "language" | "minSeverity" | "quietStart" | "quietEnd" | "keywordsAny" | "keywordsNone" | "showMap" | "threadId" | "title" | "chatType"
>>;

const withFilters = { provinces: true, types: true, districts: true } as const;

export function findSubscriber(db: Db, chatId: number | bigint): Promise<Subscriber | null> {
  return db.subscriber.findUnique({ where: { chatId: BigInt(chatId) }, include: withFilters });
}

/** The chat's language, if it is a subscriber. */
export async function subscriberLanguage(db: Db, chatId: number | bigint): Promise<string | null> {
  return (await db.subscriber.findUnique({ where: { chatId: BigInt(chatId) }, select: { language: true } }))?.language ?? null;
}

export interface ChatInfo {
  chatId: number | bigint;
  chatType: string;
  title: string | null;
  language: string;
  threadId?: number | null;
}

/**
 * A new chat receives everything in Iraq until it narrows its filters; an
 * existing one keeps its filters, becomes active again and takes `refresh`.
 * Two /start (or two first map taps) at once both try to create the row: the
 * one that loses on the unique chatId takes the update path instead of failing.
 */
export async function startSubscriber(db: Db, c: ChatInfo, refresh: SubscriberChange = {}): Promise<{ sub: Subscriber; created: boolean }> {
  const chatId = BigInt(c.chatId);
  const reactivate = async () => ({
    sub: await db.subscriber.update({ where: { chatId }, data: { active: true, ...refresh }, include: withFilters }),
    created: false,
  });
  if (await db.subscriber.findUnique({ where: { chatId }, select: { id: true } })) return reactivate();
  try {
    const sub = await db.subscriber.create({
      data: { chatId, chatType: c.chatType, title: c.title, language: c.language, threadId: c.threadId ?? null },
      include: withFilters,
    });
    return { sub, created: true };
  } catch (e) {
    if ((e as { code?: unknown }).code === "P2002") return reactivate();
    throw e;
  }
}

export function updateSubscriber(db: Db, id: number, change: SubscriberChange): Promise<Subscriber> {
  return db.subscriber.update({ where: { id }, data: change, include: withFilters });
}

/** Provinces or types: all of them, or only these ids. */
type Selection = { all: boolean; ids: string[] };

const provincesData = (sel: Selection) =>
  ({ allProvinces: sel.all, provinces: { deleteMany: {}, create: sel.all ? [] : sel.ids.map((province) => ({ province })) } });
const typesData = (sel: Selection) =>
  ({ allTypes: sel.all, types: { deleteMany: {}, create: sel.all ? [] : sel.ids.map((type) => ({ type })) } });

export type FilterKind = "provinces" | "types";

/**
 * One tap on a province or type: `change` gets the filter as stored now and
 * its answer is saved, so that two taps at once (the map and /provinces, or
 * two quick taps) run one after the other and the second changes what the
 * first saved instead of erasing it.
 * PostgreSQL (several instances): in one transaction that writes the row
 * first, taking its lock before the read.
 * SQLite (one process owns the file, see lease.ts): taps on one chat queue
 * in this process, and each is a read and one nested write — no interactive
 * transaction, because the adapter's single connection does not make other
 * queries wait for one: a rollback (the chat gone with /stop meanwhile) would
 * also undo whatever the service wrote in between (a delivery marked sent
 * would be sent again). The nested write is itself a transaction on that
 * connection, safe only because Prisma runs it without yielding to other
 * queries (the review's 858 failing nested writes beside other writes lost
 * none): keep it one statement of Prisma's, with no await inside.
 */
export function changeFilter(db: Db, id: number, kind: FilterKind, change: (sel: Selection) => Selection): Promise<Subscriber> {
  const dataFor = (cur: Subscriber) => (kind === "provinces"
    ? provincesData(change({ all: cur.allProvinces, ids: cur.provinces.map((p) => p.province) }))
    : typesData(change({ all: cur.allTypes, ids: cur.types.map((t) => t.type) })));
  if (dbEngine(db) === "postgres") {
    return db.$transaction(async (tx) => {
      await tx.subscriber.update({ where: { id }, data: { updatedAt: new Date() } });
      const cur = await tx.subscriber.findUniqueOrThrow({ where: { id }, include: withFilters });
      return tx.subscriber.update({ where: { id }, data: dataFor(cur), include: withFilters });
    });
  }
  return oneAtATime(db, id, async () => {
    const cur = await db.subscriber.findUniqueOrThrow({ where: { id }, include: withFilters });
    return db.subscriber.update({ where: { id }, data: dataFor(cur), include: withFilters });
  });
}

/** The taps still running per database and chat (SQLite: this process is the only writer). */
const tapsInFlight = new WeakMap<Db, Map<number, Promise<unknown>>>();

function oneAtATime<T>(db: Db, id: number, run: () => Promise<T>): Promise<T> {
  let chats = tapsInFlight.get(db);
  if (!chats) tapsInFlight.set(db, (chats = new Map<number, Promise<unknown>>()));
  const before = chats.get(id) ?? Promise.resolve();
  // a failed tap does not stop the next one: it reads the filter as it is
  const mine = before.catch(() => undefined).then(run);
  chats.set(id, mine);
  const forget = () => {
    if (chats.get(id) === mine) chats.delete(id);
  };
  mine.then(forget, forget);
  return mine;
}

export function saveDistricts(db: Db, id: number, ids: string[]): Promise<Subscriber> {
  return db.subscriber.update({
    where: { id },
    data: { districts: { deleteMany: {}, create: ids.map((district) => ({ district })) } },
    include: withFilters,
  });
}

/** A new chat with its settings and its province and type filters (default: everything). */
export type NewChat = { chatId: bigint } & SubscriberChange & Partial<Pick<SubscriberRow, "allProvinces" | "allTypes">> & {
  provinces?: string[];
  types?: string[];
};

/**
 * Writes many new chats at once, a thousand a page in three statements (the
 * chats, their provinces, their types): an import, or the benchmarks' 100,000
 * subscribers. All or nothing, in one transaction: a chat already stored (it
 * throws) or a failure half-way leaves none of them written, so the same
 * import can simply be run again. Run it only while the service is stopped,
 * as the benchmarks and an import do: the transaction lasts seconds for
 * 100,000 chats (hence its generous timeout), and on SQLite the adapter has a
 * single connection that other queries do not wait for, so a write the
 * service made meanwhile (a delivery marked sent, a setting) would join the
 * import and be undone with it if the import failed (a "sent" undone is sent
 * again). A batch transaction does not take in outside writes (a probe
 * during review: 0 of 200 undone, against 200 of 200 here; see
 * recordIngestedItem), but this one reads the new chats' ids between its
 * statements; a batch import (filters by INSERT … SELECT on "chatId") is left
 * to do while nothing but benchmarks and tests call it.
 */
export async function insertChats(db: Db, chats: NewChat[]): Promise<void> {
  await db.$transaction(async (tx) => {
    for (let from = 0; from < chats.length; from += 1000) {
      const page = chats.slice(from, from + 1000);
      await tx.subscriber.createMany({ data: page.map(({ provinces: _p, types: _t, ...row }) => row) });
      const stored = await tx.subscriber.findMany({ where: { chatId: { in: page.map((c) => c.chatId) } }, select: { id: true, chatId: true } });
      const idOf = new Map(stored.map((s) => [s.chatId, s.id]));
      const provinces = page.flatMap((c) => (c.provinces ?? []).map((province) => ({ subscriberId: idOf.get(c.chatId)!, province })));
      if (provinces.length) await tx.subscriberProvince.createMany({ data: provinces });
      const types = page.flatMap((c) => (c.types ?? []).map((type) => ({ subscriberId: idOf.get(c.chatId)!, type })));
      if (types.length) await tx.subscriberType.createMany({ data: types });
    }
  }, { maxWait: 30_000, timeout: 30_000 + chats.length * 10 });
}

/**
 * /stop: the chat's filters go with it (cascade), and what it is still owed and was sent (deleted here, in the
 * same transaction: Delivery has no foreign keys, see prisma/schema.prisma). A fan-out that read the chat before
 * this committed may still write it a row afterwards; the renderer cancels a row whose subscriber is gone.
 */
export async function deleteSubscriber(db: Db, id: number): Promise<void> {
  // found by chat: (chatId, …) is indexed, subscriberId is not (one index more would cost every fan-out's rows).
  // Rows left under a group's old id when it became a supergroup (migrateChat moves only those still owed) stay:
  // sent long ago to a chat that no longer exists, they are never sent again.
  // The chat's id read in the same statement: a group that became a supergroup meanwhile (migrateChat) has its
  // owed rows under the new id, and they go too.
  await db.$transaction([
    db.$executeRaw`DELETE FROM "Delivery" WHERE "subscriberId" = ${id} AND "chatId" = (SELECT "chatId" FROM "Subscriber" WHERE "id" = ${id})`,
    db.subscriber.delete({ where: { id } }),
  ]);
}

/** Calls `page` with successive pages of the audience's recipients now (ordered by id, never all in memory). */
export async function forEachRecipientPage(
  db: Db,
  audience: Audience,
  now: Date,
  page: (subs: Recipient[]) => Promise<void>,
  pageSize = 2000,
): Promise<void> {
  const where = recipientsWhere(audience, now);
  let cursor = 0;
  for (;;) {
    const subs = await db.subscriber.findMany({
      where: { ...where, id: { gt: cursor } },
      include: { districts: { select: { district: true } } },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (subs.length === 0) return;
    await page(subs);
    cursor = subs.at(-1)!.id;
    // SQLite answers synchronously: without this, a 100,000-subscriber fan-out would hold the event loop (the bot, the timers) for seconds
    await new Promise((r) => setImmediate(r));
  }
}

/** What the fine filters (alerts/filters.ts passesFineFilters) read of a recipient. */
export type FineFilterFields = Pick<SubscriberRow, "id" | "keywordsAny" | "keywordsNone"> & { districts: { district: string }[] };

/**
 * Calls `page` with successive pages of the audience's recipients now that
 * have keyword or district filters (those plainSubscriberSql leaves out),
 * ordered by id, with only what the fine filters read. Straight to the driver
 * (direct.ts): through Prisma, reading 10,000 such chats whole with their
 * districts cost more CPU than the fan-out's insert of 40,000 rows.
 */
export async function forEachFilteredRecipientPage(
  db: Db,
  audience: Audience,
  now: Date,
  page: (subs: FineFilterFields[]) => Promise<void>,
  pageSize = 5000,
): Promise<void> {
  // district ids are gazetteer ids ("baghdad/karkh"): never a comma
  const districts = dbEngine(db) === "postgres" ? Prisma.sql`string_agg(d."district", ',')` : Prisma.sql`group_concat(d."district", ',')`;
  let cursor = 0;
  for (;;) {
    const rows = await directQuery(db, Prisma.sql`SELECT s."id" AS "id", s."keywordsAny" AS "keywordsAny", s."keywordsNone" AS "keywordsNone",
        (SELECT ${districts} FROM "SubscriberDistrict" d WHERE d."subscriberId" = s."id") AS "districts"
      FROM "Subscriber" s
      WHERE ${recipientsSql(audience, now)} AND NOT (${plainSubscriberSql}) AND s."id" > ${cursor}
      ORDER BY s."id" LIMIT ${pageSize}`);
    if (rows.length === 0) return;
    await page(rows.map((r) => ({
      id: Number(r.id),
      keywordsAny: r.keywordsAny as string,
      keywordsNone: r.keywordsNone as string,
      districts: typeof r.districts === "string" && r.districts ? r.districts.split(",").map((district) => ({ district })) : [],
    })));
    cursor = Number(rows.at(-1)!.id);
    // SQLite answers synchronously: let the event loop (the bot, the timers) run between pages
    await new Promise((r) => setImmediate(r));
  }
}

export const countRecipients = (db: Db, audience: Audience, now: Date): Promise<number> =>
  db.subscriber.count({ where: recipientsWhere(audience, now) });

/** Subscribers for /stats: receiving now, blocked or gone, groups and channels still active, all. */
export async function subscriberCounts(db: Db, now: Date): Promise<{ active: number; blocked: number; groups: number; total: number }> {
  const [active, blocked, groups, total] = await Promise.all([
    db.subscriber.count({ where: receivingWhere(now) }),
    db.subscriber.count({ where: { active: false } }),
    db.subscriber.count({ where: { active: true, chatType: { not: "private" } } }),
    db.subscriber.count(),
  ]);
  return { active, blocked, groups, total };
}

/** Timed pauses that are over, with what announcing their end needs. */
export function pausesEnded(db: Db, now: Date) {
  return db.subscriber.findMany({
    where: { paused: true, pausedUntil: { lte: now } },
    select: { id: true, chatId: true, language: true, threadId: true, active: true },
  });
}

/** Clears the pause if it is still the one that ended (false: the chat changed it meanwhile). */
export async function endPause(db: Db, id: number, now: Date): Promise<boolean> {
  const { count } = await db.subscriber.updateMany({
    where: { id, paused: true, pausedUntil: { lte: now } },
    data: { paused: false, pausedUntil: null },
  });
  return count > 0;
}

// ---- channels fed by an admin (/channels)

/** Feeds a channel with these filters (no list: all), replacing what it had; the channel receives again. */
export async function saveChannel(
  db: Db, chat: { id: number | bigint; title: string | null }, f: { provinces: string[]; types: string[]; language: string },
): Promise<{ created: boolean }> {
  const data = {
    chatType: "channel", title: chat.title, language: f.language, active: true, paused: false, pausedUntil: null, threadId: null,
    allProvinces: f.provinces.length === 0, allTypes: f.types.length === 0,
  };
  const provinces = f.provinces.map((province) => ({ province }));
  const types = f.types.map((type) => ({ type }));
  const chatId = BigInt(chat.id);
  const existing = await db.subscriber.findUnique({ where: { chatId } });
  if (existing) {
    await db.subscriber.update({
      where: { id: existing.id },
      data: { ...data, provinces: { deleteMany: {}, create: provinces }, types: { deleteMany: {}, create: types }, districts: { deleteMany: {} } },
    });
    return { created: false };
  }
  await db.subscriber.create({ data: { ...data, chatId, provinces: { create: provinces }, types: { create: types } } });
  return { created: true };
}

export const fedChannels = (db: Db): Promise<Subscriber[]> =>
  db.subscriber.findMany({ where: { chatType: "channel" }, include: withFilters, orderBy: { id: "asc" } });

export const fedChannel = (db: Db, chatId: number | bigint): Promise<SubscriberRow | null> =>
  db.subscriber.findFirst({ where: { chatId: BigInt(chatId), chatType: "channel" } });

/** A chat the bot is back in: active again. False when the chat is not a subscriber. */
export async function reactivateChat(db: Db, chatId: number | bigint): Promise<boolean> {
  const { count } = await db.subscriber.updateMany({ where: { chatId: BigInt(chatId) }, data: { active: true } });
  return count > 0;
}
