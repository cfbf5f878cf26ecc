import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

// General rules fixed after scoring challenge-8.jsonl (untuned); tested on other sentences.

describe("victim lists", () => {
  it("a construct dual before a pronoun is two («وطفليها», «ونجليه»)", () => {
    expect(incidentOf("مقتل رجل وطفليه بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(3);
    expect(incidentOf("قتل مزارع وشقيقاه حين انفجر لغم أرضي في قضاء خانقين")?.killed).toBe(3);
  });
  it("a feminine noun of the first victim's own after a lone «و» is one more («و ابنتها», «و زوجته»: ة written ت)", () => {
    expect(incidentOf("مقتل رجل و زوجته بهجوم مسلح على منزلهما في قضاء المقدادية")?.killed).toBe(2);
    expect(incidentOf("استشهاد مزارع و شقيقته بانفجار لغم أرضي في قضاء خانقين")?.killed).toBe(2);
    // a verb after it makes the noun the next clause's subject
    expect(incidentOf("مقتل مختار و زوجته تنجو من هجوم مسلح في قضاء بلد")?.killed).toBe(1);
    // how she was hurt is no cause of a death: she was wounded (review 32)
    expect(incidentOf("مقتل شرطي و شقيقته بجروح بليغة بهجوم مسلح في قضاء بلد")?.killed).toBe(1);
    expect(incidentOf("مقتل رجل و زوجته بحالة حرجة بهجوم مسلح في قضاء بلد")?.killed).toBe(1);
    // a direct hit is what killed them; wounds they sustained are what they died of
    expect(incidentOf("مقتل رجل و زوجته بإصابة مباشرة بقذيفة هاون في قضاء بلد")?.killed).toBe(2);
    expect(incidentOf("توفي رجل وابنه بجراح اصيبا بها بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(2);
    // and a list of the wounded keeps both: they were hurt «بجروح»
    expect(incidentOf("إصابة شرطي وشقيقته بجروح بانفجار عبوة ناسفة في قضاء بلد")?.injured).toBe(2);
    expect(incidentOf("إصابة شرطي و شقيقته بجروح بليغة بانفجار عبوة ناسفة في قضاء بلد")?.injured).toBe(2);
  });
  it("«حمايته», his guard detail, is a group of no stated size, joined or not (review 32)", () => {
    expect(incidentOf("مقتل ضابط و حمايته بهجوم مسلح في قضاء بلد")?.killed).toBe(1);
    expect(incidentOf("مقتل ضابط وحمايته بهجوم مسلح في قضاء بلد")?.killed).toBe(1);
    expect(incidentOf("إصابة قائد و حمايته بانفجار عبوة ناسفة في قضاء بلد")?.injured).toBe(1);
    expect(incidentOf("مقتل عنصر حماية بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(1);
  });
  it("a victim's age in apposition is no toll, and the list goes on after it («البالغة من العمر 13 عاما»)", () => {
    const f = incidentOf("مقتل امرأة و ابنتها البالغة من العمر 9 أعوام و إصابة زوجها بقصف مدفعي على قرية في قضاء زاخو");
    expect([f?.killed, f?.injured]).toEqual([2, 1]);
    expect(incidentOf("مقتل طفل البالغ من العمر 7 سنوات بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(1);
  });
  it("a sound plural's construct before a pronoun is written as its dual: no number («منتسبيها», «مواطنيه»)", () => {
    expect(incidentOf("إصابة منتسبيها بانفجار عبوة ناسفة في قضاء بلد")?.injured).toBeNull();
    expect(incidentOf("مقتل رجل وطفليه بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(3);
  });
  it("the five nouns keep their case ending («وأخيه» is one, «امرأة» is one)", () => {
    expect(incidentOf("مقتل امرأة بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(1);
    expect(incidentOf("مقتل فتاة بانفجار عبوة ناسفة في قضاء بلد")?.killed).toBe(1);
    expect(incidentOf("مقتل مختار وأبيه بانفجار عبوة ناسفة في قضاء بلد")?.killed).not.toBe(3);
  });
  it("«ضابط و3 جنود»: a detached conjunction before digits adds", () => {
    expect(incidentOf("مقتل ضابط و2 من الجنود بهجوم مسلح في قضاء الطارمية")?.killed).toBe(3);
  });
  it("the count of another kind after «و» is not added («مقتل 3 و5 جرحى», «مقتل 3 وخمسة جرحى»)", () => {
    expect(incidentOf("مقتل 2 و7 جرحى بانفجار سيارة مفخخة في الحلة")).toMatchObject({ killed: 2, injured: 7 });
    expect(incidentOf("مقتل اثنين وسبعة جرحى بانفجار سيارة مفخخة في الحلة")).toMatchObject({ killed: 2, injured: 7 });
  });
});

describe("statements and reports about incidents", () => {
  it("holding someone responsible is a statement", () => {
    expect(reasonOf("حملت كتلة نيابية الحكومة المحلية مسؤولية التفجير الذي ضرب سوقا في بعقوبة وأودى بحياة 12 شخصا")).toBe("statement");
  });
  it("a displacement report is not an incident", () => {
    expect(reasonOf("مئات العائلات تنزح من قرى قضاء الدبس بعد هجمات متكررة لداعش")).toBe("displacement");
  });
  it("an incident that mentions displacement afterwards is still one", () => {
    expect(incidentOf("اشتباكات عنيفة بين عشيرتين في قضاء المجر الكبير تدفع عائلات إلى النزوح")?.type).toBe("clash");
  });
});

describe("a place the text puts in a province", () => {
  it("«X ضمن حدود محافظة P» places the other mentions of X in P too", () => {
    const f = incidentOf("ضربات جوية على أوكار داعش في جبال حمرين\n\nنفذت طائرات عراقية ضربات على أوكار في سلسلة جبال حمرين ضمن حدود محافظة كركوك.");
    expect(f?.provinces[0]).toBe("kirkuk");
  });
});

describe("a clarification addressed to the public", () => {
  it("«توضح للرأي العام أن الجرحى …» speaks of the wounded; it reports no wounding", () => {
    expect(reasonOf("وزارة الدفاع:\nتود الوزارة أن توضح للرأي العام أن الجرحى من منتسبيها يتلقون العلاج داخل العراق وخارجه، وأن رواتب الإصابة صرفت كاملة")).toBe("statement");
  });
  it("an address to the public that reports an attack is the report", () => {
    expect(incidentOf("بيان للرأي العام: استشهاد ثلاثة من منتسبينا بانفجار عبوة ناسفة في قضاء الطارمية")).toMatchObject({ provinces: ["baghdad"], killed: 3 });
    expect(incidentOf("خلية الإعلام الأمني توضح للرأي العام: سقوط صاروخين في محيط مطار بغداد الدولي دون خسائر")?.provinces).toEqual(["baghdad"]);
    expect(incidentOf("مديرية شرطة ديالى توضح للرأي العام: مسلحون مجهولون يغتالون مختار قرية في قضاء الخالص")?.provinces).toEqual(["diyala"]);
  });
  it("a report that follows the act stays an incident", () => {
    expect(incidentOf("إصابة ثلاثة من منتسبي الحشد الشعبي بانفجار عبوة ناسفة في قضاء الطارمية، وبيان للرأي العام يوضح التفاصيل")).not.toBeNull();
  });
});
