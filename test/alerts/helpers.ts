// Shared by the alert tests: what Telegram's HTML parser would reject, incidents
// as rows, and a seeded random source for property-style tests.
import type { Db } from "../../src/storage/client.js";
import { decodeIncident, type Incident } from "../../src/storage/index.js";
import { createI18n, translator, type Locale } from "../../src/i18n.js";

export const i18n = createI18n();
export const tr = (locale: Locale) => translator(i18n, locale);

const TAG = /^<(\/?)(b|i|u|s|a|code|pre|blockquote)(?: href="([^"<>]*)")?>/;
const ENTITY = /^&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why Telegram would refuse this HTML ("can't parse entities"), or null; plus the parsed text's length. */
export function checkTelegramHtml(html: string): { error: string | null; textLength: number } {
  const stack: string[] = [];
  let text = 0;
  for (let i = 0; i < html.length; ) {
    const rest = html.slice(i, i + 600);
    const ch = html[i]!;
    if (ch === "<") {
      const m = TAG.exec(rest);
      if (!m) return { error: `stray < at ${i}: ${rest.slice(0, 20)}`, textLength: text };
      const [all, close, name, href] = m;
      if (close) {
        if (stack.pop() !== name) return { error: `unbalanced </${name}> at ${i}`, textLength: text };
      } else {
        if (name === "a" && href === undefined) return { error: "<a> without href", textLength: text };
        if (name !== "a" && href !== undefined) return { error: `href on <${name}>`, textLength: text };
        if (stack.includes(name!)) return { error: `nested <${name}>`, textLength: text };
        stack.push(name!);
      }
      i += all.length;
    } else if (ch === "&") {
      const m = ENTITY.exec(rest);
      if (!m) return { error: `bare & at ${i}: ${rest.slice(0, 12)}`, textLength: text };
      text += 1;
      i += m[0].length;
    } else if (ch === ">") {
      return { error: `bare > at ${i}`, textLength: text };
    } else {
      text += 1;
      i += 1;
    }
  }
  if (stack.length) return { error: `unclosed <${stack.join("><")}>`, textLength: text };
  if (LONE_SURROGATE.test(html)) return { error: "lone surrogate", textLength: text };
  return { error: null, textLength: text };
}

/** A complete Incident row, for pure rendering tests. */
export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 1,
    type: "ied",
    province: "baghdad",
    provinces: ["baghdad"],
    place: "الطارمية",
    placeId: null,
    district: null,
    lat: 33.67,
    lon: 44.39,
    killed: 2,
    injured: 4,
    casualties: null,
    perpetrator: null,
    target: null,
    headline: "مقتل وإصابة 6 عناصر أمن في هجوم شمال بغداد",
    summary: "قتل عنصرا أمن عراقيان وأصيب أربعة آخرون في انفجار عبوة ناسفة بمنطقة الطارمية شمال بغداد.",
    fingerprint: "",
    occurredAt: new Date("2026-04-23T18:30:00Z"),
    firstSeenAt: new Date("2026-04-23T18:40:00Z"),
    updatedAt: new Date("2026-04-23T18:40:00Z"),
    version: 1,
    enqueuedVersion: 0,
    summaryAi: null,
    summaryAiVersion: null,
    ...over,
  } as Incident;
}

type IncidentData = Omit<Incident, "id" | "firstSeenAt" | "updatedAt" | "enqueuedVersion" | "fingerprint"> & Partial<Pick<Incident, "updatedAt" | "firstSeenAt">>;

/** Stores an incident with one report per outlet (source name, article URL, text). */
export async function storeIncident(
  db: Db,
  data: Partial<IncidentData>,
  outlets: { name: string; url: string | null; title?: string; text?: string }[] = [],
): Promise<Incident> {
  const { id: _id, enqueuedVersion: _e, fingerprint: _f, ...base } = incident();
  const { provinces, ...rest } = { ...base, ...data };
  const created = decodeIncident(await db.incident.create({ data: { ...rest, provinces: JSON.stringify(provinces), fingerprint: "" } as any }));
  for (const [i, o] of outlets.entries()) {
    const source = await db.source.upsert({
      where: { url: `http://127.0.0.1/${encodeURIComponent(o.name)}/feed` },
      create: { name: o.name, url: `http://127.0.0.1/${encodeURIComponent(o.name)}/feed` },
      update: {},
    });
    const item = await db.feedItem.create({
      data: { sourceId: source.id, key: `${created.id}-${i}`, url: o.url, title: o.title ?? created.headline, text: o.text ?? created.summary },
    });
    await db.report.create({ data: { feedItemId: item.id, storyIndex: 0, incidentId: created.id, facts: "{}" } });
  }
  return created;
}

/** A seeded random source, so a failing case can be replayed. */
export { rng } from "../../src/random.js";
