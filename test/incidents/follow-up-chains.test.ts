// Follow-ups with no facts of their own that lead up to an attack or come during it (issue 13, item 3):
// sirens, drones in the sky, a bare place flash, a place «again», «the second explosion», a caption «from
// X», minutes apart for half an hour before anyone reports a hit. They never alert; they join the event
// they are about, or nothing. Run through the service's own merging (Clusterer), on texts written for
// this file.
import { describe, expect, it } from "vitest";
import { Clusterer, type Clustered } from "../../src/incidents/clusterer.js";
import { clusteredAt, incidentsAt } from "../support/clustering.js";
import { readFollowUp } from "../../src/nlp/index.js";

const T0 = Date.parse("2026-08-20T18:00:00Z");

const clustered = (reports: [number, string][]): Clustered[] => clusteredAt(T0, reports);
const incidents = (reports: [number, string][]): (string | null)[] => incidentsAt(T0, reports);

describe("what a fact-less follow-up says, read by the extractor's follow-up reader", () => {
  it("sirens sounding are a follow-up of an attack from the air; abroad they are none", () => {
    expect(readFollowUp("دوي صافرات الإنذار في مطار السليمانية")).toMatchObject({ kind: "siren", provinces: ["sulaymaniyah"] });
    expect(readFollowUp("الانذارات لا تزال تدوي في المعسكر")).toMatchObject({ kind: "siren", provinces: [] });
    expect(readFollowUp("صافرات الإنذار تدوي في تل أبيب")).toBeNull();
  });

  it("the air defence named without the article, and a blast counted («الانفجار الثالث»), are follow-ups", () => {
    expect(readFollowUp("منظومات باتريوت تعمل الآن")?.kind).toBe("defence");
    expect(readFollowUp("الانفجار الثالث")?.kind).toBe("hit");
    expect(readFollowUp("انفجار ثاني قبل قليل")?.kind).toBe("hit");
  });

  it("drones or missiles seen in a province's sky are a follow-up naming the weapon; other aircraft are none", () => {
    expect(readFollowUp("طائرات مسيرة تحلق في سماء قضاء زاخو")).toMatchObject({ kind: "overhead", provinces: ["duhok"], type: "drone" });
    expect(readFollowUp("صواريخ في سماء اربيل")).toMatchObject({ kind: "overhead", type: "rocket" });
    expect(readFollowUp("تحليق طائرة شحن عملاقة في سماء بغداد")).toBeNull();
    expect(readFollowUp("الطيران الحربي في سماء بغداد")).toBeNull();
    // a cargo plane over the capital minutes before a blast there is not taken back by it
    expect(incidents([[0, "رصد طائرة شحن عملاقة وطائرة تزويد بالوقود في سماء بغداد"], [3, "انفجار يهز منطقة الكرادة في بغداد"]])[0]).toBeNull();
  });

  it("rising fire said in so many words is aftermath", () => {
    expect(readFollowUp("النيران ترتفع بقوة")?.kind).toBe("aftermath");
    expect(readFollowUp("ارتفاع النيران في المكان")?.kind).toBe("aftermath");
  });

  it("a place and nothing else is a flash; «من» and a place a caption; a place and «again» a renewed flash", () => {
    expect(readFollowUp("🇮🇶 السليمانية")).toMatchObject({ kind: "flash", provinces: ["sulaymaniyah"] });
    expect(readFollowUp("دهوك")).toMatchObject({ kind: "flash", provinces: ["duhok"] });
    expect(readFollowUp("من قضاء زاخو بمحافظة دهوك")).toMatchObject({ kind: "footage", provinces: ["duhok"] });
    expect(readFollowUp("ناحية بعشيقة مجددا")).toMatchObject({ kind: "again", provinces: ["nineveh"] });
    // one word beside it (an act the extractor does not read) is still the flash
    expect(readFollowUp("انفجارين مجددا في قضاء زاخو")).toMatchObject({ kind: "again", provinces: ["duhok"] });
  });

  it("a place with anything more said, no Iraqi place, or a place abroad is no bare flash", () => {
    expect(readFollowUp("السليمانية تستضيف مهرجان الشعر")).toBeNull();
    expect(readFollowUp("اربيل مجددا تستضيف المؤتمر")).toBeNull();
    expect(readFollowUp("العراق")).toBeNull();
    expect(readFollowUp("الكويت مجددا")).toBeNull();
  });
});

describe("a follow-up told again with its place", () => {
  it("«a direct hit» while two provinces are under attack joins the attack whose report minutes later repeats its words", () => {
    const keys = incidents([
      [0, "انفجارات تهز محافظة أربيل"],
      [6, "انفجارات عنيفة تهز السليمانية"],
      [9, "اصابة مباشرة"], // two provinces under attack: which one is a guess, for now
      [12, "اصابات مباشرة تدك مقرات المعارضة الكردية في أربيل"],
    ]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[3]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });

  it("not when the later report leaves one of its words out, comes more than a quarter of an hour later, or names no place either", () => {
    const opening: [number, string][] = [[0, "انفجارات تهز محافظة أربيل"], [6, "انفجارات عنيفة تهز السليمانية"], [9, "اصابة مباشرة"]];
    expect(incidents([...opening, [12, "انفجار جديد يدك مقرات المعارضة الكردية في أربيل"]])[2]).toBeNull();
    expect(incidents([...opening, [30, "اصابات مباشرة تدك مقرات المعارضة الكردية في أربيل"]])[2]).toBeNull();
    expect(incidents([...opening, [12, "اصابات مباشرة تدك مقرات المعارضة الكردية"]])[2]).toBeNull();
  });
});

describe("follow-ups minutes apart leading up to an attack", () => {
  it("a chain of follow-ups of the province, each minutes after the last, is taken back by the attack's first report", () => {
    const keys = incidents([
      [0, "مشاهد من سماء قضاء زاخو"], // 30 minutes before the first report, 8 before the next follow-up
      [8, "دوي صافرات الإنذار في قضاء زاخو"],
      [17, "طائرات مسيرة تحلق في سماء قضاء زاخو"],
      [24, "دهوك مجددا"],
      [30, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(keys[4]).not.toBeNull();
    expect(keys).toEqual([keys[4], keys[4], keys[4], keys[4], keys[4]]);
  });

  it("taken back, they are reports of the event, not alerts: one incident, opened by the report of the attack", () => {
    const r = clustered([
      [0, "دوي صافرات الإنذار في قضاء زاخو"],
      [10, "دهوك مجددا"],
      [20, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(r[0]!.stories).toEqual([]);
    expect(r[1]!.stories).toEqual([]);
    expect(r[2]!.stories).toEqual([{ incident: r[2]!.incident, created: true, changes: null }]);
    expect(r[2]!.adopted.map((a) => a.report)).toEqual([0, 1]);
  });

  it("a gap of more than a quarter of an hour ends the chain, and none reaches back more than 45 minutes", () => {
    const gap = incidents([
      [0, "دوي صافرات الإنذار في قضاء زاخو"], // 20 minutes before the next one taken
      [20, "دهوك مجددا"],
      [30, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(gap[0]).toBeNull();
    expect(gap[1]).toBe(gap[2]);
    const long = incidents([
      [0, "دوي صافرات الإنذار في قضاء زاخو"],
      [14, "مشاهد من سماء قضاء زاخو"],
      [28, "طائرات مسيرة تحلق في سماء قضاء زاخو"],
      [42, "دهوك مجددا"],
      [50, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(long[0]).toBeNull(); // 50 minutes before
    expect(long.slice(1)).toEqual([long[4], long[4], long[4], long[4]]);
  });

  it("follow-ups of another province are no link of the chain", () => {
    const keys = incidents([
      [0, "دوي صافرات الإنذار في قضاء زاخو"],
      [12, "دوي صافرات الإنذار في مطار السليمانية"],
      [24, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(keys[1]).toBeNull();
    expect(keys[0]).toBeNull(); // 24 minutes before, and the link between was another province's
  });

  it("one naming no place is read in the context of the province's follow-ups just before it and the attack just after", () => {
    const keys = incidents([
      [0, "دوي صافرات الإنذار في قضاء زاخو"],
      [4, "منظومات باتريوت تعمل الآن"],
      [7, "الانفجار الثالث"],
      [9, "النيران ترتفع بقوة"],
      [15, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(keys[4]).not.toBeNull();
    expect(keys).toEqual([keys[4], keys[4], keys[4], keys[4], keys[4]]);
  });

  it("with nothing of the province before it, or another province's follow-up between, one naming no place stays out", () => {
    const alone = incidents([
      [0, "الانفجار الثالث"],
      [5, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(alone[0]).toBeNull();
    const between = incidents([
      [0, "دوي صافرات الإنذار في قضاء زاخو"],
      [3, "دوي صافرات الإنذار في مطار السليمانية"],
      [5, "منظومات باتريوت تعمل الآن"],
      [10, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(between[0]).toBe(between[3]);
    expect(between[2]).toBeNull(); // Sulaymaniyah's or Duhok's: a guess
  });

  it("footage naming no place is never read in that context: the channel runs foreign footage between the flashes", () => {
    const keys = incidents([
      [0, "دوي صافرات الإنذار في قضاء زاخو"],
      [4, "مشاهد لحظة الانفجار"],
      [10, "انفجارات تهز قضاء زاخو"],
    ]);
    expect(keys[0]).toBe(keys[2]);
    expect(keys[1]).toBeNull();
  });

  it("none of them ever starts an event", () => {
    const keys = incidents([
      [0, "مشاهد من سماء قضاء زاخو"],
      [8, "دوي صافرات الإنذار في قضاء زاخو"],
      [12, "الانفجار الثالث"],
      [17, "طائرات مسيرة تحلق في سماء قضاء زاخو"],
      [24, "دهوك مجددا"],
      [30, "من قضاء زاخو بمحافظة دهوك"],
      [31, "🇮🇶 السليمانية"],
    ]);
    expect(keys).toEqual([null, null, null, null, null, null, null]);
  });
});

describe("follow-ups that say only that something is going on there now", () => {
  it("a bare flash, a place «again», sirens or drones overhead join the attack there while it is under way", () => {
    const keys = incidents([
      [0, "انفجارات عنيفة في قضاء سنجار"],
      [5, "قضاء سنجار مجددا"],
      [12, "دوي صافرات الإنذار في قضاء سنجار"],
      [20, "طائرات مسيرة تحلق في سماء قضاء سنجار"],
      [25, "🇮🇶 نينوى"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys).toEqual([keys[0], keys[0], keys[0], keys[0], keys[0]]);
  });

  it("an hour after the last report there they are not that attack: the next one's first report takes them back", () => {
    const keys = incidents([
      [0, "انفجارات عنيفة في قضاء سنجار"],
      [60, "نينوى مجددا"], // the province again, an hour later: not the Sinjar attack's
      [62, "دوي صافرات الإنذار في ناحية بعشيقة"],
      [66, "هجوم بطائرة مسيرة على موقع عسكري في ناحية بعشيقة"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[3]).not.toBeNull();
    expect(keys[3]).not.toBe(keys[0]);
    expect(keys[1]).toBe(keys[3]);
    expect(keys[2]).toBe(keys[3]);
    // with no next attack, nothing
    expect(incidents([[0, "انفجارات عنيفة في قضاء سنجار"], [60, "نينوى مجددا"], [62, "دوي صافرات الإنذار في ناحية بعشيقة"]])).toEqual([expect.any(String), null, null]);
  });

  it("one naming a site goes to the event at that site, not to a vaguer one of its province told since", () => {
    const keys = incidents([
      [0, "هجوم بطائرات مسيرة يستهدف مطار أربيل الدولي"],
      [14, "دوي انفجار قوي في قاعدة حرير شمال شرقي أربيل"],
      [16, "انفجارات جديدة تهز أربيل"],
      [22, "سيارات الإسعاف تهرع إلى محيط مطار أربيل"],
    ]);
    expect(new Set(keys.slice(0, 3)).size).toBe(3);
    expect(keys[3]).toBe(keys[0]);
    // naming the province only, the most recent event of the province
    expect(incidents([[0, "هجوم بطائرات مسيرة يستهدف مطار أربيل الدولي"], [16, "انفجارات جديدة تهز أربيل"], [22, "سيارات الإسعاف تهرع إلى أربيل"]])[2])
      .toBe(incidents([[0, "هجوم بطائرات مسيرة يستهدف مطار أربيل الدولي"], [16, "انفجارات جديدة تهز أربيل"]])[1]);
  });

  it("footage «from» the place joins the attack there, as footage does; from another province it does not", () => {
    const keys = incidents([
      [0, "انفجارات تهز قضاء زاخو"],
      [20, "من قضاء زاخو بمحافظة دهوك"],
      [25, "من محافظة البصرة جنوبي العراق"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBeNull();
  });
});

describe("a site named with the article and no place", () => {
  it("is read as the site just reported: the follow-up goes to the event at a site of that kind", () => {
    expect(readFollowUp("تصاعد الدخان من داخل المصفى")).toMatchObject({ kind: "aftermath", site: "مصفي", provinces: [] });
    expect(readFollowUp("حرائق في حقل للحنطة")?.site).toBeNull(); // no article: a field, not the one reported
    const keys = incidents([
      [0, "انفجارات عنيفة في ناحية بعشيقة"],
      [4, "قصف بطائرة مسيرة يستهدف مصفى بيجي"],
      [20, "تصاعد الدخان من داخل المصفى"], // two provinces under attack: the refinery singles one out
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
  });

  it("with no event at such a site, or an hour later, it stays out", () => {
    expect(incidents([[0, "انفجارات عنيفة في ناحية بعشيقة"], [4, "انفجارات تهز قضاء زاخو"], [20, "تصاعد الدخان من داخل المصفى"]])[2]).toBeNull();
    expect(incidents([[0, "قصف بطائرة مسيرة يستهدف مصفى بيجي"], [80, "تصاعد الدخان من داخل المصفى"]])[1]).toBeNull();
  });
});

// Sequences of the session-6 review (review8), which found each of these wrong before its fix.
describe("what a fact-less follow-up may not do", () => {
  const facts = (reports: [number, string][]) => {
    const c = new Clusterer({ windowHours: 12 });
    for (const [min, text] of reports) c.add({ text, publishedAt: new Date(T0 + min * 60_000) });
    return c;
  };

  it("a flash, «X again», sirens or a caption «من X» joining an event do not keep it open: fresh explosions after a lull are the next attack", () => {
    const again = incidents([[0, "انفجارات تهز مدينة اربيل"], [28, "اربيل مجددا"], [40, "انفجارات جديدة تهز مدينة اربيل"]]);
    expect(again[2]).not.toBe(again[0]);
    const captions = incidents([[0, "انفجارات تهز مدينة اربيل"], [60, "من اربيل"], [110, "من محافظة اربيل شمالي العراق"], [130, "انفجارات جديدة تهز مدينة اربيل"]]);
    expect(captions[3]).not.toBe(captions[0]);
    const flashes = incidents([[0, "انفجارات تهز اربيل"], [25, "🇮🇶 اربيل"], [50, "دوي صافرات الانذار في اربيل"], [75, "اربيل"], [100, "اربيل مجددا"], [110, "هجوم بطائرة مسيرة على قضاء كوية"]]);
    expect(flashes[5]).not.toBe(flashes[0]);
  });

  it("a follow-up under a site's dateline is where the dateline is: one at home joins the event there, one abroad none", () => {
    const home = incidents([[0, "هجوم بطائرة مسيرة على مطار أربيل الدولي"], [5, "أربيل (رويترز) - تفعيل الدفاعات الجوية"]]);
    expect(home[1]).toBe(home[0]);
    const abroad = incidents([[0, "هجوم بطائرة مسيرة على مطار أربيل الدولي"], [5, "دمشق (سانا) - تفعيل الدفاعات الجوية"]]);
    expect(abroad[1]).toBeNull();
  });

  it("a toll that rises before an event's first report is another event's, not the new one's", () => {
    const r = incidents([[0, "انفجار عبوة ناسفة في منطقة الشعب ببغداد يسفر عن اصابة 5 اشخاص"], [40, "دوي صافرات الانذار في اربيل"],
      [44, "ارتفاع عدد الجرحى الى 12"], [48, "هجوم بطائرة مسيرة على مطار اربيل يسفر عن اصابة 2"]]);
    expect(r[2]).not.toBe(r[3]);
  });

  it("sirens and drones or missiles in the sky name no weapon of the event; one taken on its context alone adds nothing", () => {
    const kirkuk = facts([[0, "انفجار يهز مدينة كركوك"], [10, "طائرات مسيرة في سماء كركوك"]]);
    expect(kirkuk["open"][0]!.state.type).toBe("other");
    const erbil = facts([[0, "انفجار يهز مدينة البصرة"], [2, "انفجار يهز بغداد"], [4, "دوي صافرات الانذار في اربيل"], [6, "اصابة مباشرة بصاروخ"], [10, "انفجار يهز مدينة اربيل"]]);
    expect(erbil["open"].find((c) => c.state.provinces[0] === "erbil")!.state.type).toBe("other");
  });

  it("nor do air defences engaging drones: the attack's report, naming the weapon and the site, still refines the flash", () => {
    const keys = incidents([
      [0, "عاجل | انفجارات تهز مدينة أربيل شمالي العراق"],
      [3, "الدفاعات الجوية تتصدى لطائرات مسيرة في أجواء أربيل"],
      [5, "مصادر: هجوم بطائرات مسيرة استهدف مطار أربيل الدولي"],
    ]);
    expect(keys).toEqual(["i1", "i1", "i1"]);
    expect(facts([[0, "انفجار يهز مدينة كركوك"], [3, "الدفاعات الجوية تتصدى لطائرات مسيرة في سماء كركوك"]])["open"][0]!.state.type).toBe("other");
  });

  it("the extractor's overflight, deployment and debris reports are follow-ups too: interceptors over the site, a cordon, the wreck", () => {
    const keys = incidents([
      [0, "هجوم بطائرة مسيرة على حقل مجنون النفطي في البصرة"],
      [10, "مشاهد من حطام الطائرة المسيرة التي سقطت في حقل مجنون"],
      [15, "قوات الأسايش تطوق مكان سقوط المسيرة في خبات"],
      [20, "مشاهد من سماء أربيل لحظة اعتراض المسيرات"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    // with no event in their province they start none
    expect(keys.slice(2)).toEqual([null, null]);
  });

  it("the wreck of what fell, told with its place and no footage, joins the event there; one abroad or in another province none", () => {
    expect(readFollowUp("بقايا الطائرة في صحراء كربلاء؛ هي من طراز MQ 1 أمريكية")).toMatchObject({ kind: "aftermath", provinces: ["karbala"] });
    expect(readFollowUp("حطام طائرة B-52 في ولاية كاليفورنيا")).toBeNull();
    const keys = incidents([
      [0, "سقوط جسم مجهول في محافظة كربلاء"],
      [10, "بقايا الطائرة في صحراء كربلاء؛ هي من طراز MQ 1 أمريكية"],
      [12, "حطام المسيرة في قضاء سنجار غربي نينوى"],
    ]);
    expect(keys).toEqual(["i1", "i1", null]);
  });

  it("a toll rising that names no place joins the attack its words tell, up to six hours on; not one it resembles less, nor a lower toll", () => {
    const attack: [number, string][] = [
      [0, "عاجل | هجوم لداعش على قرية في ديالى"],
      [25, "مقتل ثلاثة مدنيين وإصابة خمسة آخرين بهجوم داعش على قرية الهواشم شمال شرقي بعقوبة"],
    ];
    const keys = incidents([...attack, [25 + 100, "ارتفاع حصيلة ضحايا هجوم داعش على قرية الهواشم إلى خمسة شهداء وسبعة جرحى"]]);
    expect(keys[2]).toBe(keys[1]);
    expect(incidents([...attack, [25 + 100, "ارتفاع حصيلة ضحايا القصف على المصفى إلى خمسة قتلى"]])[2]).toBeNull();
    const later = incidents([...attack, [25 + 150, "ارتفاع حصيلة ضحايا هجوم داعش على قرية الهواشم إلى خمسة شهداء وسبعة جرحى"]]);
    expect(later[2]).toBe(later[1]);
    expect(incidents([...attack, [25 + 370, "ارتفاع حصيلة ضحايا هجوم داعش على قرية الهواشم إلى خمسة شهداء وسبعة جرحى"]])[2]).toBeNull();
    expect(incidents([...attack, [25 + 100, "ارتفاع حصيلة ضحايا هجوم داعش على قرية الهواشم إلى شهيدين"]])[2]).toBeNull();
  });

  it("a site named with no place («في المطار») places fire and hits, not a rising toll", () => {
    const r = incidents([[0, "هجوم بطائرة مسيرة على مطار اربيل يسفر عن اصابة 3 اشخاص"], [50, "ارتفاع عدد المصابين في المطار الى 40"]]);
    expect(r[1]).toBeNull();
  });
});
