// Golden messages: what subscribers read, committed under test/golden/*.html and
// reviewed by eye. Rendered through the real renderer from incidents stored in a
// real SQLite file. After an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRenderer, type RenderedMessage } from "../../src/alerts/index.js";
import { freshDb, type TestDb } from "../support/db.js";
import { checkTelegramHtml, i18n, storeIncident } from "../alerts/helpers.js";
import { analyzeReport, type IncidentFacts } from "../../src/nlp/index.js";
import { mergeFacts, stateFromFacts, type IncidentState } from "../../src/incidents/merge.js";

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

// Through the real extractor and merging, so that the golden files show what the Arabic rules make of a
// report (duals, the perpetrator as a subject, the quote that follows the current toll), not hand-set facts.
const REPORTED = new Date("2026-03-10T08:00:00Z");
function analysed(text: string): IncidentFacts {
  const f = analyzeReport({ title: "", text, publishedAt: REPORTED }).find((s) => s.incident)?.incident;
  if (!f) throw new Error(`no incident in «${text}»`);
  return f;
}
const fields = (s: IncidentState) => ({
  type: s.type, province: s.provinces[0] ?? null, provinces: s.provinces, place: s.place, lat: s.coordinates?.lat ?? null, lon: s.coordinates?.lon ?? null,
  killed: s.killed, injured: s.injured, perpetrator: s.perpetrator, target: s.target, headline: s.headline, summary: s.summary, occurredAt: s.occurredAt,
});
const MUQDADIYA = analysed("قتل مدنيان وأصيب طفلان بهجوم لمسلحين مجهولين على منزل في قضاء المقدادية بمحافظة ديالى.");
const [TARMIYAH_FIRST, TARMIYAH_RISE, TARMIYAH_LATE] = [
  "مقتل شخصين وإصابة ثلاثة آخرين بانفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد.",
  "ارتفاع حصيلة انفجار عبوة الطارمية شمالي بغداد إلى أربعة قتلى بعد وفاة اثنين من الجرحى متأثرين بجراحهما.",
  "مصدر أمني: انفجار عبوة ناسفة في قضاء الطارمية أسفر عن مقتل شخصين وإصابة خمسة آخرين بجروح.",
].map(analysed) as [IncidentFacts, IncidentFacts, IncidentFacts];
const tarmiyah0 = stateFromFacts(TARMIYAH_FIRST, "مقتل شخصين بانفجار في الطارمية");
const tarmiyah2 = mergeFacts(mergeFacts(tarmiyah0, TARMIYAH_RISE, "ارتفاع الحصيلة").state, TARMIYAH_LATE, "مصدر أمني").state;

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
    name: "duals-and-gunmen", incident: fields(stateFromFacts(MUQDADIYA, "هجوم في المقدادية")),
    outlets: [{ name: "السومرية نيوز", url: "https://alsumaria.example/news/90" }],
  },
  {
    // a late report of two killed raises the injured: the quote stays with the report of four killed
    name: "toll-update-merged", incident: fields(tarmiyah0), kind: "edit", payload: { messageId: 1002 },
    then: { ...fields(tarmiyah2), provinces: JSON.stringify(tarmiyah2.provinces), version: 3, updatedAt },
    outlets: [{ name: "شفق نيوز", url: "https://shafaq.example/ar/7" }, { name: "الغد برس", url: "https://alghad.example/2" }],
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
        const inc = await storeIncident(db, { ...c.incident, updatedAt: new Date("2020-04-09T19:10:00Z") }, c.outlets);
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
