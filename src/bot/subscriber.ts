// The subscriber's stored choices and the few operations the bot performs on
// them. Each write is one transaction, saved as soon as a button is pressed.
import * as store from "../storage/index.js";
import type { ChatInfo, Db, Subscriber } from "../storage/index.js";

export type Sub = Subscriber;

/**
 * /start: a new chat receives everything in Iraq until it narrows its filters;
 * an existing one keeps its filters and becomes active again.
 */
export function startSubscriber(db: Db, c: ChatInfo): Promise<{ sub: Sub; created: boolean }> {
  return store.startSubscriber(db, c, { title: c.title, threadId: c.threadId, chatType: c.chatType });
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

/** A change of the province or type filter applied to the filter as stored now, queued with the chat's taps. */
export const changeProvinces = (db: Db, sub: Sub, change: (sel: Selection) => Selection): Promise<Sub> =>
  store.changeFilter(db, sub.id, "provinces", change);
export const changeTypes = (db: Db, sub: Sub, change: (sel: Selection) => Selection): Promise<Sub> =>
  store.changeFilter(db, sub.id, "types", change);
/** One tap on a province or type, applied to the filter as stored now (a concurrent tap is kept, not erased). */
export const toggleProvince = (db: Db, sub: Sub, id: string, universe: readonly string[]): Promise<Sub> =>
  store.changeFilter(db, sub.id, "provinces", (sel) => toggle(sel, id, universe));
export const toggleType = (db: Db, sub: Sub, id: string, universe: readonly string[]): Promise<Sub> =>
  store.changeFilter(db, sub.id, "types", (sel) => toggle(sel, id, universe));
export const saveDistricts = (db: Db, sub: Sub, ids: string[]): Promise<Sub> => store.saveDistricts(db, sub.id, ids);

export const keywordList = (json: string): string[] => JSON.parse(json) as string[];
