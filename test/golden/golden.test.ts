// Golden messages: what subscribers read, committed under test/golden/*.html and
// reviewed by eye. Rendered through the real renderer from incidents stored in a
// real SQLite file. After an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRenderer, type RenderedMessage } from "../../src/alerts/index.js";
import { freshDb, type TestDb } from "../support/db.js";
import { checkTelegramHtml, i18n, storeIncident } from "../alerts/helpers.js";

const dir = new URL("./", import.meta.url);
const update = process.env.UPDATE_GOLDEN === "1";

// Facts and summaries as the extractor produced them for the seed page (examples/seed-page.txt).
const SEED_DIYALA = {
  type: "armed_attack", province: "diyala", provinces: ["diyala"], place: "قرية مبارك", lat: 33.99, lon: 44.9,
  killed: 1, injured: 2, perpetrator: "داعش", target: "civilians",
  headline: "قيادة العمليات المشتركة تفشل هجوماً لداعش على قرية في محافظة ديالى",
  summary: "وكانت خلية الإعلام الأمني، قد ذكرت أن مرتزقة من داعش قاموا بمهاجمة قرية مبارك ليل الخميس الجمعة بعد إطلاق نار من قبل قناصين تسبب بإصابة ثلاثة مدنيين من سكان القرية، توفي أحدهم قبل وصوله إلى مستشفى محافظة السليمانية.",
  occurredAt: new Date("2020-04-09T19:00:00Z"),
};
const SEED_BAGHDAD = {
  type: "ied", province: "baghdad", provinces: ["baghdad"], place: "الطارمية", lat: 33.668, lon: 44.393,
  killed: 2, injured: 4, perpetrator: null, target: "security forces",
  headline: "مقتل وإصابة 6 عناصر أمن في هجوم شمال بغداد",
  summary: "قتل عنصرا أمن عراقيان وأصيب أربعة آخرون في انفجار عبوة ناسفة بمنطقة الطارمية شمال بغداد.",
  occurredAt: new Date("2020-04-09T18:00:00Z"),
};
const updatedAt = new Date("2020-04-09T20:15:00Z");
const LONG_SENTENCE = "وأضاف المصدر أن القوات الأمنية فرضت طوقًا أمنيًا حول المنطقة وباشرت عمليات تفتيش واسعة بحثًا عن المتورطين، فيما نقلت سيارات الإسعاف المصابين إلى المستشفيات القريبة لتلقي العلاج. ";

interface Case {
  name: string;
  incident: Record<string, unknown>;
  outlets: { name: string; url: string | null }[];
  kind?: "alert" | "edit" | "reply";
  payload?: object;
  /** a change of facts after the alert went out (for edit / reply) */
  then?: Record<string, unknown>;
}

const CASES: Case[] = [
  { name: "seed-diyala", incident: SEED_DIYALA, outlets: [{ name: "عربي21", url: "https://arabi21.example/story/1254" }] },
  {
    name: "seed-baghdad", incident: SEED_BAGHDAD,
    outlets: [{ name: "عربي21", url: "https://arabi21.example/story/1254" }, { name: "السومرية نيوز", url: "https://alsumaria.example/news/88" }],
  },
  {
    name: "unknown-casualties",
    incident: {
      type: "rocket", province: "anbar", provinces: ["anbar"], place: "قاعدة عين الأسد", lat: 33.8, lon: 42.44,
      killed: null, injured: null, perpetrator: null, headline: "قصف صاروخي يستهدف قاعدة عين الأسد",
      summary: "استهدف قصف صاروخي قاعدة عين الأسد الجوية غربي الأنبار، ولم ترد معلومات عن خسائر بشرية.",
      occurredAt: new Date("2020-04-10T21:40:00Z"),
    },
    outlets: [{ name: "شفق نيوز", url: "https://shafaq.example/ar/55" }],
  },
  {
    name: "update-edit", incident: SEED_BAGHDAD, kind: "edit", payload: { messageId: 1001 },
    then: { killed: 3, injured: 5, version: 2, updatedAt },
    outlets: [{ name: "عربي21", url: "https://arabi21.example/story/1254" }, { name: "الغد برس", url: "https://alghad.example/1" }],
  },
  {
    name: "update-reply", incident: SEED_BAGHDAD, kind: "reply", payload: { replyTo: 1001, killedBefore: 2, injuredBefore: 4 },
    then: { killed: 3, injured: 5, version: 2, updatedAt },
    outlets: [{ name: "عربي21", url: "https://arabi21.example/story/1254" }],
  },
  {
    name: "very-long-report",
    incident: { ...SEED_BAGHDAD, summary: SEED_BAGHDAD.summary + " " + LONG_SENTENCE.repeat(40) },
    outlets: [{ name: "عربي21", url: "https://arabi21.example/story/1254" }],
  },
  {
    name: "markup-in-report",
    incident: {
      ...SEED_BAGHDAD, place: "الطارمية <b>", perpetrator: "مسلحون & <i>مجهولون</i>",
      summary: 'انفجار <b>عبوة</b> ناسفة في الطارمية & إصابة 4 <a href="https://evil.example/phish">التفاصيل هنا</a> حسب "المصدر"',
    },
    outlets: [{ name: "أخبار <b>العراق</b> & الخليج", url: "https://news.example/?id=1&lang=ar" }, { name: "javascript", url: "javascript:alert(1)" }],
  },
];

describe("golden alert messages", () => {
  let tdb: TestDb;
  beforeAll(() => {
    tdb = freshDb();
  });
  afterAll(() => tdb.cleanup());

  for (const c of CASES) {
    for (const language of ["ar", "en"] as const) {
      it(`${c.name} (${language})`, async () => {
        const { db } = tdb;
        const inc = await storeIncident(db, { ...c.incident, updatedAt: new Date("2020-04-09T19:10:00Z") } as never, c.outlets);
        if (c.then) await db.incident.update({ where: { id: inc.id }, data: c.then });
        const sub = await db.subscriber.create({ data: { chatId: BigInt(inc.id * 10 + (language === "en" ? 1 : 0)), language } });
        const d = await db.delivery.create({
          data: { key: `${c.name}:${language}`, kind: c.kind ?? "alert", chatId: sub.chatId, subscriberId: sub.id, incidentId: inc.id, payload: c.payload ? JSON.stringify(c.payload) : null },
        });
        const msg = (await createRenderer(db, i18n, "Asia/Baghdad")(d)) as RenderedMessage;
        expect(msg).not.toBeNull();
        expect(checkTelegramHtml(msg.text).error).toBeNull();
        expect(msg.text.length).toBeLessThanOrEqual(4096);
        const file = new URL(`${c.name}.${language}.html`, dir);
        if (update) writeFileSync(file, msg.text + "\n");
        expect(existsSync(file), `${file.pathname} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
        expect(msg.text + "\n").toBe(readFileSync(file, "utf8"));
        // the map button goes with alerts and edits of placed incidents, never with the reply
        expect(msg.replyMarkup !== undefined).toBe(c.kind !== "reply");
      });
    }
  }
});
