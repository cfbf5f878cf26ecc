// The renderer's per-incident cache (messages.ts, render-cache.ts), against a
// real SQLite file: the same bytes as rendering from scratch, never an older
// version after an update, and outlets attached later shown after the time limit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRenderer, mapKeyboard, renderIncident, type RenderedMessage } from "../../src/alerts/index.js";
import { renderTollRise } from "../../src/alerts/format.js";
import { RenderCache } from "../../src/alerts/render-cache.js";
import { incidentById } from "../../src/storage/index.js";
import type { Delivery } from "../../src/generated/prisma/client.js";
import { toLocale, translator } from "../../src/i18n.js";
import { freshDb, type TestDb } from "../support/db.js";
import { i18n, storeIncident } from "./helpers.js";

const TZ = "Asia/Baghdad";

describe("render cache", () => {
  let tdb: TestDb;
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    tdb = freshDb();
    clock = 1_000_000;
  });
  afterEach(() => tdb.cleanup());

  let chat = 5000;
  async function subscriber(language = "ar", over: { showMap?: boolean; threadId?: number } = {}) {
    return tdb.db.subscriber.create({ data: { chatId: BigInt(chat++), language, ...over } });
  }

  async function delivery(kind: string, incidentId: number, subscriberId: number | null, payload: object | null = null) {
    return tdb.db.delivery.create({
      data: { key: `${kind}:${incidentId}:${Math.random()}`, kind, chatId: BigInt(chat++), incidentId, subscriberId, payload: payload && JSON.stringify(payload) },
    });
  }

  /** What the renderer did before the cache: every row read and rendered from scratch. */
  async function uncached(d: Delivery): Promise<RenderedMessage | null> {
    const sub = d.subscriberId !== null ? await tdb.db.subscriber.findUnique({ where: { id: d.subscriberId } }) : null;
    const incident = await incidentById(tdb.db, d.incidentId!);
    if (!incident) return null;
    const locale = toLocale(sub?.language);
    const t = translator(i18n, locale);
    const base = { threadId: sub?.threadId ?? null, silent: d.silent };
    const k = mapKeyboard(incident, sub, t);
    const markup = k ? { replyMarkup: k } : {};
    const p = d.payload ? JSON.parse(d.payload) : null;
    if (d.kind === "alert") return { ...base, text: await renderIncident(tdb.db, incident, t, locale, TZ, { placeLabel: null }), ...markup };
    if (d.kind === "edit") return { ...base, text: await renderIncident(tdb.db, incident, t, locale, TZ, { updated: true, placeLabel: null }), editMessageId: p.messageId, ...markup };
    return { ...base, text: renderTollRise(incident, { killed: p.killedBefore, injured: p.injuredBefore }, t, locale, null), replyToMessageId: p.replyTo };
  }

  const bytes = (m: RenderedMessage | null) => JSON.stringify(m);

  it("renders byte for byte what a render from scratch gives, for every kind, language and setting, again and again", async () => {
    const render = createRenderer(tdb.db, i18n, TZ, { cache: { now } });
    const withMap = await storeIncident(tdb.db, {}, [{ name: "شفق نيوز", url: "https://shafaq.example/1" }, { name: "السومرية", url: null }]);
    const noMap = await storeIncident(tdb.db, { lat: null, lon: null, perpetrator: "داعش" }, [{ name: "Rudaw", url: "https://rudaw.example/2" }]);
    const subs = [
      await subscriber("ar"), await subscriber("en"), await subscriber("ar", { showMap: false }),
      await subscriber("en", { showMap: false, threadId: 12 }), null,
    ];
    let compared = 0;
    for (let round = 0; round < 3; round++) {
      for (const inc of [withMap, noMap]) {
        for (const s of subs) {
          for (const [kind, payload] of [["alert", null], ["edit", { messageId: 77 }], ["reply", { replyTo: 5, killedBefore: 1, injuredBefore: null }]] as const) {
            const d = await delivery(kind, inc.id, s?.id ?? null, payload);
            expect(bytes(await render(d))).toBe(bytes(await uncached(d)));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(90);
  });

  it("never serves an older version after an update, however fresh the cached one", async () => {
    const render = createRenderer(tdb.db, i18n, TZ, { cache: { now, ttlMs: 60_000 } }); // the clock never moves: only the stamp can refresh
    const inc = await storeIncident(tdb.db, { killed: 2, injured: 4 }, [{ name: "شفق نيوز", url: "https://shafaq.example/1" }]);
    const sub = await subscriber("ar");
    const en = await subscriber("en");
    const first = (await render(await delivery("alert", inc.id, sub.id)))!.text;
    expect(first).toContain("قتيلان");
    expect((await render(await delivery("alert", inc.id, en.id)))!.text).toContain("2 killed");

    for (let v = 2; v <= 6; v++) {
      await tdb.db.incident.update({ where: { id: inc.id }, data: { killed: v + 2, version: { increment: 1 } } });
      for (const s of [sub, en]) {
        for (const kind of ["alert", "edit"]) {
          const d = await delivery(kind, inc.id, s.id, kind === "edit" ? { messageId: 9 } : null);
          const msg = await render(d);
          expect(msg!.text).toContain(s === sub ? `${v + 2} قتلى` : `${v + 2} killed`);
          expect(bytes(msg)).toBe(bytes(await uncached(d)));
        }
      }
    }

    // a model summary recorded for the current version keeps version and updatedAt (summarize.ts): shown at once too
    const cur = (await tdb.db.incident.findUnique({ where: { id: inc.id } }))!;
    await tdb.db.incident.updateMany({
      where: { id: inc.id, version: cur.version },
      data: { summaryAi: "ملخص النموذج للنسخة الحالية.", summaryAiVersion: cur.version, updatedAt: cur.updatedAt },
    });
    expect((await render(await delivery("alert", inc.id, sub.id)))!.text).toContain("ملخص النموذج للنسخة الحالية.");
  });

  it("shows an outlet attached later: at once when the incident is written (as ingest does), after the time limit otherwise", async () => {
    const render = createRenderer(tdb.db, i18n, TZ, { cache: { now, ttlMs: 5000 } });
    const inc = await storeIncident(tdb.db, {}, [{ name: "شفق نيوز", url: "https://shafaq.example/1" }]);
    const sub = await subscriber("ar");
    const attach = async (name: string, n: number) => {
      const source = await tdb.db.source.create({ data: { name, url: `http://127.0.0.1/${n}/feed` } });
      const item = await tdb.db.feedItem.create({ data: { sourceId: source.id, key: `late-${n}`, url: `https://late.example/${n}`, title: "t", text: "x" } });
      await tdb.db.report.create({ data: { feedItemId: item.id, storyIndex: 0, incidentId: inc.id, facts: "{}" } });
    };
    const text = async () => (await render(await delivery("alert", inc.id, sub.id)))!.text;
    expect(await text()).not.toContain("السومرية");

    // as store.ts attaches a report that changes nothing: a report row, and lastReportAt written (same version)
    await attach("السومرية", 1);
    await tdb.db.incident.update({ where: { id: inc.id }, data: { lastReportAt: new Date() } });
    expect(await text()).toContain('<a href="https://late.example/1">السومرية</a>');

    // a report row alone (the incident untouched): the cached sources line may lag, for at most the time limit
    await attach("روداو", 2);
    clock += 4000;
    expect(await text()).not.toContain("روداو");
    clock += 1001;
    const after = await text();
    expect(after).toContain('<a href="https://late.example/2">روداو</a>');
    const d = await delivery("alert", inc.id, sub.id);
    expect(bytes(await render(d))).toBe(bytes(await uncached(d)));
  });

  it("owes nothing once the incident is gone, even with its render cached", async () => {
    const render = createRenderer(tdb.db, i18n, TZ, { cache: { now } });
    const inc = await storeIncident(tdb.db, {});
    const sub = await subscriber();
    const d = await delivery("alert", inc.id, sub.id);
    expect(await render(d)).not.toBeNull();
    await tdb.db.incident.delete({ where: { id: inc.id } }); // its delivery row stays (no foreign key); the in-memory copy is rendered
    expect(await render(d)).toBeNull();
  });

  // Delivery has no foreign keys (prisma/schema.prisma): /stop deletes a chat's rows with it, but a fan-out that
  // read the chat just before may write it one afterwards. Such a row must send nothing, whatever its kind.
  it("owes nothing once the row's subscriber is gone, for every kind", async () => {
    const render = createRenderer(tdb.db, i18n, TZ, { cache: { now } });
    const inc = await storeIncident(tdb.db, {});
    const sub = await subscriber();
    const rows = [
      await delivery("alert", inc.id, sub.id),
      await delivery("edit", inc.id, sub.id, { messageId: 7 }),
      await delivery("reply", inc.id, sub.id, { replyTo: 7, killedBefore: 0, injuredBefore: 0 }),
      await tdb.db.delivery.create({ data: { key: "notice:1", kind: "notice", chatId: sub.chatId, subscriberId: sub.id, payload: JSON.stringify({ text: "x" }) } }),
    ];
    for (const d of rows) expect(await render(d), d.kind).not.toBeNull();
    await tdb.db.subscriber.delete({ where: { id: sub.id } }); // the rows stay, as after that race
    for (const d of rows) expect(await render(d), d.kind).toBeNull();
    // a row that never named a subscriber (a notice to an admin) is still sent
    const admin = await tdb.db.delivery.create({ data: { key: "notice:2", kind: "notice", chatId: 42n, payload: JSON.stringify({ text: "y" }) } });
    expect(await render(admin)).not.toBeNull();
  });
});

describe("RenderCache", () => {
  it("drops the least recently used entry beyond its size, and entries older than its time limit", () => {
    let t = 0;
    const c = new RenderCache<string>({ maxEntries: 2, ttlMs: 100, now: () => t });
    c.set("a", "A");
    c.set("b", "B");
    expect(c.get("a")).toBe("A"); // a is now the most recently used
    c.set("c", "C");
    expect(c.size).toBe(2);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe("A");
    t = 100;
    expect(c.get("c")).toBe("C");
    t = 101;
    expect(c.get("c")).toBeUndefined();
    expect(c.size).toBe(1);
    c.set("d", "D");
    c.delete("d", "another value");
    expect(c.get("d")).toBe("D");
    c.delete("d", "D");
    expect(c.get("d")).toBeUndefined();
  });
});
