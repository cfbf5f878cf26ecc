import { describe, it, expect } from "vitest";
import { evalPlaces, placeVerdict, type PlaceLabel } from "../../src/nlp/evaluate.js";
import { loadPlaceRound, placeRoundFiles } from "../../src/cli/eval.js";
import type { IncidentFacts } from "../../src/nlp/types.js";
import { incidentOf } from "./helpers.js";

// Where an alert says the incident happened, to the place: the map and the district filters read it
// (BLIND.md, round 8).

describe("the place an alert names", () => {
  it("a town or a city right after a compass word is what the place lies outside of", () => {
    // the capital had been taken for the place: the headline's «شمالي العاصمة» outweighed the body's district
    expect(incidentOf("انفجار سيارة مفخخة عند نقطة تفتيش شمالي العاصمة بغداد.\nوقالت مصادر أمنية إن الانفجار وقع في منطقة الحسينية شمالي بغداد.")?.place).toBe("الحسينية");
    // with no other place the incident is put in, the town it lies near (not in: no district of its own), not another
    // town that opens the report
    expect(incidentOf("بعقوبة - قتل شرطي بهجوم مسلح في قرية الهارونية شمال شرقي المقدادية")).toMatchObject({
      provinces: ["diyala"], place: "شمال شرقي المقدادية", placeId: null, district: null,
    });
    // named with its admin noun, a compass word tells a part of the town or the district
    expect(incidentOf("انفجار عبوة ناسفة على دورية للجيش شرقي قضاء المقدادية")).toMatchObject({ placeId: "diyala/muqdadiya", district: "diyala/muqdadiya" });
    // a province after one holds it
    expect(incidentOf("قصف تركي يستهدف قرية في شمال محافظة دهوك")?.provinces).toEqual(["duhok"]);
    // a quarter «south of» a town of another province is rather that province's namesake: the town still says where
    expect(incidentOf("مقتل شرطي بهجوم مسلح في منطقة العامرية جنوب الفلوجة")?.provinces).toContain("anbar");
  });
  it("a word is no foreign town: «وأن» after an admin noun is not Van («… شرق الناحية وأن قوة …»)", () => {
    expect(incidentOf("قال مصدر أمني إن 4 صواريخ كاتيوشا سقطت مساء اليوم على محيط معسكر أشرف سابقا في ناحية العظيم، ما أسفر عن إصابة 4 جنود.\n" +
      "وأوضح أن الصواريخ أطلقت من منطقة زراعية شرق الناحية وأن قوة أمنية عثرت على منصة الإطلاق.")?.provinces).toEqual(["diyala"]);
    // an admin noun with its article ends another phrase: it confirms no name after it («في المنطقة صور»: pictures, not Tyre)
    expect(incidentOf("قال مصدر أمني إن 4 صواريخ كاتيوشا سقطت مساء اليوم على محيط معسكر أشرف سابقا في ناحية العظيم، ما أسفر عن إصابة 4 جنود.\n" +
      "وأوضح أن قوة أمنية انتشرت في المنطقة صور الحادث تظهر منصة الإطلاق.")?.provinces).toEqual(["diyala"]);
  });
  it("is written without the letters glued to it or the sentence's brackets", () => {
    expect(incidentOf("مقتل 12 شخصا في هجوم انتحاري استهدف مقرا حزبيا ببعقوبة")?.place).toBe("بعقوبة");
    expect(incidentOf("انفجار عبوة ناسفة بالبصرة يسفر عن إصابة مدني")?.place).toBe("البصرة");
    expect(incidentOf("انفجار سيارة مفخخة عند نقطة تفتيش في العاصمة العراقية (بغداد) صباح اليوم")?.place).toBe("العاصمة العراقية بغداد");
    expect(incidentOf("هجوم لتنظيم \"داعش\" على قرية في قضاء داقوق يوقع 3 قتلى")?.perpetrator).not.toMatch(/"/);
  });
  it("a sentence on what the news comes after («وتأتي العملية بعد أيام من …») does not place it", () => {
    const f = incidentOf("خطف مسلحون مجهولون مهندسا في بغداد اليوم.\nوتأتي العملية بعد أيام من خطف 18 عاملا في منطقة مدينة الصدر بشمالي بغداد.");
    expect(f?.place).not.toBe("مدينة الصدر");
    // nor is the toll it tells this incident's, even in the lead
    expect(incidentOf("انفجار عبوة ناسفة يستهدف عجلة للشرطة في ناحية العظيم.\nوتأتي هذه الحادثة بعد أسبوع من مقتل اثنين من الحشد بهجوم في ناحية جلولاء")?.killed).toBeNull();
    expect(incidentOf("مقتل جنديين بانفجار عبوة في الطارمية.\nويأتي الهجوم بعد يومين من مقتل ثلاثة مدنيين في المنطقة ذاتها")?.killed).toBe(2);
    // inside the news's own sentence it is no background of it: its perpetrator stays
    expect(incidentOf("مقتل ثلاثة من الحشد بهجوم لداعش في منطقة مطيبيجة، وتأتي هذه الخسائر ضمن تصعيد أمني")?.perpetrator).toBe("داعش");
  });
});

describe("a town's name that is also a word, after a landform in construct", () => {
  it("«في صحراء القائم», «بصحراء حديثة», «ببادية القائم» place it as «في القائم» would", () => {
    expect(incidentOf("انفجار عبوة ناسفة على رتل عسكري في صحراء القائم")?.provinces).toEqual(["anbar"]);
    expect(incidentOf("هجوم على نقطة عسكرية بصحراء حديثة")?.place).toBe("حديثة");
    expect(incidentOf("اشتباكات مع عناصر داعش ببادية القائم")?.place).toBe("القائم");
  });
  it("a channel's place tag opening the post («الرفاعي: …», «الإصلاح الآن: …») is the place", () => {
    expect(incidentOf("الرفاعي: مقتل شخص وإصابة اثنين بنزاع عشائري")?.provinces).toEqual(["dhi_qar"]);
    expect(incidentOf("الإصلاح الآن: اشتباكات عشائرية عنيفة")?.provinces).toEqual(["dhi_qar"]);
    // and the spoken «now»
    expect(incidentOf("الخالص هسه: مسلحين مجهولين رموا رصاص على بيت واحد من الأهالي")?.provinces).toEqual(["diyala"]);
  });
  it("«ناحية الرشيدية» is Baghdad's al-Rashidiya (so spelt as often as «الراشدية»); Mosul's neighbourhood where Mosul is named", () => {
    expect(incidentOf("تفكيك عبوة ناسفة قرب سوق شعبي في ناحية الرشيدية شمالي العاصمة بغداد")?.provinces).toEqual(["baghdad"]);
    expect(incidentOf("انفجار عبوة ناسفة في حي الرشيدية بالجانب الأيسر من الموصل")?.provinces).toEqual(["nineveh"]);
  });
  it("the place a correction denies («وقع في صحراء البعاج وليس الحضر», «… وليس في القرنة») is not the place", () => {
    expect(incidentOf("تصحيح: الهجوم وقع في صحراء البعاج وليس الحضر والحصيلة الأولية استشهاد جندي")).toMatchObject({ placeId: "nineveh/jazira_nineveh", deniedPlaceId: "nineveh/hatra" });
    expect(incidentOf("تصحيح: الاستهداف بطائرة مسيرة وقع قرب برطلة وليس بعشيقة")?.placeId).toBe("nineveh/bartella");
    expect(incidentOf("انفجار عبوة ناسفة في قضاء الحويجة")?.deniedPlaceId).toBeUndefined();
  });
  it("but not the word itself: «الوضع القائم» names no place", () => {
    expect(incidentOf("انفجار عبوة ناسفة يزيد من تعقيد الوضع القائم")).toBeNull();
  });
});

describe("scoring the alert's place against a label", () => {
  const got = (place: string | null, placeId: string | null, provinces: string[] = ["baghdad"]): Pick<IncidentFacts, "place" | "placeId" | "provinces"> =>
    ({ place, placeId, provinces: provinces as IncidentFacts["provinces"] });
  const label = (place: string | null, within: string[] = [], province = "baghdad") => ({ place, within, province });
  it("tells the same place, a larger area holding it, another place, none, and a place where the text names none", () => {
    expect(placeVerdict(label("قضاء الطارمية"), got("الطارمية", "baghdad/tarmiyah"))).toBe("same");
    expect(placeVerdict(label("مطار أربيل الدولي", [], "erbil"), got("مطار أربيل", "erbil/erbil_airport", ["erbil"]))).toBe("same");
    // the gazetteer's district or province of the labelled place, one the text names around it, one it is named after
    expect(placeVerdict(label("منطقة الحديد", [], "diyala"), got("بعقوبة", "diyala/baqubah", ["diyala"]))).toBe("coarser");
    expect(placeVerdict(label("منطقة الإمام زين العابدين", ["قضاء داقوق"], "kirkuk"), got("داقوق", "kirkuk/daquq", ["kirkuk"]))).toBe("coarser");
    expect(placeVerdict(label("علوة الكوت", [], "wasit"), got("الكوت", "wasit/kut", ["wasit"]))).toBe("coarser");
    expect(placeVerdict(label("منطقة المشاهدة"), got("العاصمة بغداد", "baghdad/baghdad_city"))).toBe("other");
    expect(placeVerdict(label("الحسينية"), got(null, null))).toBe("none");
    // a part of Iraq is no place in a province: as the label's null
    expect(placeVerdict(label(null, [], ""), got("شمال العراق", "region:north", []))).toBe("same");
    expect(placeVerdict(label(null, [], ""), got("بغداد", "baghdad"))).toBe("unplaced");
  });
  it("scores only the labelled incidents the extractor also takes for Iraqi ones", () => {
    const rows: PlaceLabel[] = [
      { id: "a", text: "مقتل جندي بانفجار عبوة ناسفة في قضاء الطارمية شمال العاصمة بغداد", incident: true, province: "baghdad", place: "الطارمية", kind: "district", within: [], reference: false },
      { id: "b", text: "أسعار النفط ترتفع", incident: true, province: null, place: null, kind: null, within: [], reference: false },
      { id: "c", text: "بيان يدين الهجوم", incident: false, province: null, place: null, kind: null, within: [], reference: false },
    ];
    const r = evalPlaces(rows);
    expect(r.n).toBe(1);
    expect(r.verdicts.same).toBe(1);
  });
});

// Round 8's labels (ids and fields: test/nlp/fixtures/places-r8.jsonl) over texts read from ../shared/corpus/ (the
// stream and dev), which a fresh clone does not have: then this skips. Floors are the figures reached after the round's
// classes were fixed (BLIND.md; first, untuned: the labelled place 238 of 281, a larger area 28, another place 14):
// a regression guard, not a held-out measure.
const r8 = placeRoundFiles().includes("places-r8.jsonl") ? loadPlaceRound("places-r8.jsonl") : null;
if (!r8) console.warn("../shared/corpus/ (stream.jsonl, dev.jsonl) not found (or $CORPUS_DIR): skipping round 8's regression test");
describe.skipIf(!r8)("round 8 on the real corpus", () => {
  it("stays at or above the reached figures", () => {
    expect(r8!.missing).toEqual([]);
    const r = evalPlaces(r8!.rows);
    expect(r.n).toBe(281);
    expect(r.verdicts.same).toBeGreaterThanOrEqual(240);
    expect(r.verdicts.other).toBeLessThanOrEqual(10);
    expect(r.otherProvince).toBe(0);
  });
});
