// The subscriber's stored choices and the few operations the bot performs on
// them. Each write is one transaction, saved as soon as a button is pressed.
import type { Db } from "../storage/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { SubscriberWithFilters } from "../alerts/index.js";

export type Sub = SubscriberWithFilters & { districts: { district: string }[] };

const withFilters = { provinces: true, types: true, districts: true } as const;

export function findSubscriber(db: Db, chatId: number | bigint): Promise<Sub | null> {
  return db.subscriber.findUnique({ where: { chatId: BigInt(chatId) }, include: withFilters });
}

export interface ChatInfo {
  chatId: number;
  chatType: string;
  title: string | null;
  language: string;
  threadId: number | null;
}

/**
 * /start: a new chat receives everything in Iraq until it narrows its filters;
 * an existing one keeps its filters and becomes active again.
 */
export async function startSubscriber(db: Db, c: ChatInfo): Promise<{ sub: Sub; created: boolean }> {
  const existing = await findSubscriber(db, c.chatId);
  if (existing) {
    const sub = await db.subscriber.update({
      where: { id: existing.id },
      data: { active: true, title: c.title, threadId: c.threadId, chatType: c.chatType },
      include: withFilters,
    });
    return { sub, created: false };
  }
  const sub = await db.subscriber.create({
    data: { chatId: BigInt(c.chatId), chatType: c.chatType, title: c.title, language: c.language, threadId: c.threadId },
    include: withFilters,
  });
  return { sub, created: true };
}

export async function updateSubscriber(db: Db, id: number, data: Prisma.SubscriberUpdateInput): Promise<Sub> {
  return db.subscriber.update({ where: { id }, data, include: withFilters });
}

/** A set of ids with an "all" flag: the shape of both the province and the type filter. */
export interface Selection {
  all: boolean;
  ids: string[];
}

/**
 * Pressing an item while "all" is on selects only that item (a user who taps
 * Diyala on a fresh menu means "Diyala", not "everything but Diyala").
 */
export function toggle(sel: Selection, id: string, universe: readonly string[]): Selection {
  if (id === "all") return { all: true, ids: [] };
  if (id === "none") return { all: false, ids: [] };
  if (sel.all) return { all: false, ids: [id] };
  const ids = sel.ids.includes(id) ? sel.ids.filter((x) => x !== id) : [...sel.ids, id];
  // Everything chosen one by one is "all": new ids added later are included too.
  if (universe.every((u) => ids.includes(u))) return { all: true, ids: [] };
  return { all: false, ids: universe.filter((u) => ids.includes(u)) };
}

export const provinceSelection = (s: Sub): Selection => ({ all: s.allProvinces, ids: s.provinces.map((p) => p.province) });
export const typeSelection = (s: Sub): Selection => ({ all: s.allTypes, ids: s.types.map((t) => t.type) });

export async function saveProvinces(db: Db, sub: Sub, sel: Selection): Promise<Sub> {
  return updateSubscriber(db, sub.id, {
    allProvinces: sel.all,
    provinces: { deleteMany: {}, create: sel.all ? [] : sel.ids.map((province) => ({ province })) },
  });
}

export async function saveTypes(db: Db, sub: Sub, sel: Selection): Promise<Sub> {
  return updateSubscriber(db, sub.id, {
    allTypes: sel.all,
    types: { deleteMany: {}, create: sel.all ? [] : sel.ids.map((type) => ({ type })) },
  });
}

export async function saveDistricts(db: Db, sub: Sub, ids: string[]): Promise<Sub> {
  return updateSubscriber(db, sub.id, { districts: { deleteMany: {}, create: ids.map((district) => ({ district })) } });
}

export const keywordList = (json: string): string[] => JSON.parse(json) as string[];
