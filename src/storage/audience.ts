// The audience: which chats receive a message now. The rule is written once,
// here, and given in three forms that must agree: the indexed Prisma query
// (to read recipients page by page), the same clauses as SQL (for the
// set-based INSERT … SELECT of the outbox: 100,000 rows in one statement) and
// the in-memory check (for a chat already at hand: /latest, the renderer at
// send time, updates). test/storage/audience.test.ts holds them to each other
// on random cases, on both engines.
//
// Receiving now: the chat is active and not paused (a pause past its end
// counts as resumed, before resumeExpiredPauses clears it). Then each of the
// audience's conditions that is set: it follows one of the provinces (or all
// of Iraq), one of the types (or all types), and the toll passes its minimum
// severity. Keywords and districts are not indexable: alerts/filters.ts
// applies them to each recipient the query finds.
import { Prisma, type Subscriber } from "../generated/prisma/client.js";

export interface Audience {
  /** chats following one of these provinces, or all provinces (an empty list: only those); absent: no condition */
  provinces?: readonly string[];
  /** chats following one of these types, or all types; absent: no condition */
  types?: readonly string[];
  /** chats whose minimum severity this toll passes; absent: no condition */
  toll?: { killed: number | null; injured: number | null; casualties?: number | null };
}

/** The audience of an incident's alert, by its own provinces; the alert's audience is alerts/filters.ts
 * alertAudience, which gives the provinces of the region an incident of no province is placed in. */
export const incidentAudience = (i: { provinces: readonly string[]; type: string; killed: number | null; injured: number | null; casualties?: number | null }): Audience => ({
  provinces: i.provinces,
  types: [i.type],
  toll: { killed: i.killed, injured: i.injured, casualties: i.casualties ?? null },
});

/** The chat's choices the check reads (the filter tables as Prisma includes them). */
export type AudienceFields = Pick<Subscriber, "allProvinces" | "allTypes" | "minSeverity"> & {
  provinces: { province: string }[];
  types: { type: string }[];
};

/** The minimum-severity settings a toll satisfies. */
function severitiesPassed(toll: { killed: number | null; injured: number | null; casualties?: number | null }): string[] {
  const allowed = ["all"];
  // a combined figure («مقتل وإصابة 15») is casualties, though not a death toll
  if ((toll.killed ?? 0) > 0 || (toll.injured ?? 0) > 0 || (toll.casualties ?? 0) > 0) allowed.push("casualties");
  if ((toll.killed ?? 0) > 0) allowed.push("deaths");
  return allowed;
}

// ---- the check

/** Paused now: a pause past its end counts as over. */
export function isPausedNow(sub: Pick<Subscriber, "paused" | "pausedUntil">, now: Date): boolean {
  return sub.paused && (sub.pausedUntil === null || sub.pausedUntil > now);
}

/** Active and not paused now. */
export function isReceiving(sub: Pick<Subscriber, "active" | "paused" | "pausedUntil">, now: Date): boolean {
  return sub.active && !isPausedNow(sub, now);
}

/** The audience's conditions, without the receiving part (what /latest shows a paused chat too). */
export function inAudience(sub: AudienceFields, a: Audience): boolean {
  if (a.provinces && !sub.allProvinces && !sub.provinces.some((p) => a.provinces!.includes(p.province))) return false;
  if (a.types && !sub.allTypes && !sub.types.some((t) => a.types!.includes(t.type))) return false;
  if (a.toll && !severitiesPassed(a.toll).includes(sub.minSeverity)) return false;
  return true;
}

/** The whole rule: this chat receives a message for this audience now. */
export const receivesNow = (sub: AudienceFields & Pick<Subscriber, "active" | "paused" | "pausedUntil">, a: Audience, now: Date): boolean =>
  isReceiving(sub, now) && inAudience(sub, a);

// ---- the query (the same rule, clause for clause)

export function receivingWhere(now: Date): Prisma.SubscriberWhereInput {
  return { active: true, OR: [{ paused: false }, { pausedUntil: { lte: now } }] };
}

export function audienceWhere(a: Audience): Prisma.SubscriberWhereInput {
  const and: Prisma.SubscriberWhereInput[] = [];
  if (a.provinces) {
    and.push({ OR: [{ allProvinces: true }, ...(a.provinces.length ? [{ provinces: { some: { province: { in: [...a.provinces] } } } }] : [])] });
  }
  if (a.types) and.push({ OR: [{ allTypes: true }, ...(a.types.length ? [{ types: { some: { type: { in: [...a.types] } } } }] : [])] });
  if (a.toll) and.push({ minSeverity: { in: severitiesPassed(a.toll) } });
  return and.length ? { AND: and } : {};
}

/** The whole rule as a query. */
export const recipientsWhere = (a: Audience, now: Date): Prisma.SubscriberWhereInput => ({ AND: [receivingWhere(now), audienceWhere(a)] });

// ---- the query as SQL (the same rule, clause for clause), over "Subscriber" AS s

/** Portable SQL (SQLite and PostgreSQL): TRUE/FALSE literals, dates bound as parameters. */
export function recipientsSql(a: Audience, now: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`s."active" = TRUE AND (s."paused" = FALSE OR s."pausedUntil" <= ${now})`];
  if (a.provinces) {
    and.push(a.provinces.length
      ? Prisma.sql`(s."allProvinces" = TRUE OR EXISTS (SELECT 1 FROM "SubscriberProvince" p WHERE p."subscriberId" = s."id" AND p."province" IN (${Prisma.join([...a.provinces])})))`
      : Prisma.sql`s."allProvinces" = TRUE`);
  }
  if (a.types) {
    and.push(a.types.length
      ? Prisma.sql`(s."allTypes" = TRUE OR EXISTS (SELECT 1 FROM "SubscriberType" t WHERE t."subscriberId" = s."id" AND t."type" IN (${Prisma.join([...a.types])})))`
      : Prisma.sql`s."allTypes" = TRUE`);
  }
  if (a.toll) and.push(Prisma.sql`s."minSeverity" IN (${Prisma.join(severitiesPassed(a.toll))})`);
  return Prisma.join(and, " AND ");
}

/**
 * A chat without keyword or district filters ("Subscriber" AS s): its alerts need no check in JavaScript.
 * Its complement, the chats alerts/filters.ts must look at one by one: subscribers.ts forEachFilteredRecipientPage.
 */
export const plainSubscriberSql = Prisma.sql`s."keywordsAny" = '[]' AND s."keywordsNone" = '[]'
  AND NOT EXISTS (SELECT 1 FROM "SubscriberDistrict" d WHERE d."subscriberId" = s."id")`;
