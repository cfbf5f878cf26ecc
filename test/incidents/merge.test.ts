// The pure merging logic on hand-built facts: what may be one event, and what
// a later report adds. Independent of the extractor's current behaviour.
import { describe, expect, it } from "vitest";
import { normalizeArabic, type IncidentFacts, type ProvinceId } from "../../src/nlp/index.js";
import { decide, mergeFacts, placeRelation, stateFromFacts, typePenalty, type Candidate, type Incoming } from "../../src/incidents/merge.js";
import { profile, similarity } from "../../src/incidents/similarity.js";
import { incoming as incomingOf } from "../../src/incidents/reports.js";
import { areNeighbours } from "../../src/incidents/neighbours.js";

const T0 = new Date("2026-03-10T05:00:00Z");
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

function facts(over: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    provinces: ["baghdad"], place: "الطارمية", placeId: "tarmiyah", district: "tarmiyah", coordinates: null,
    type: "ied", killed: null, injured: null, perpetrator: null, target: null, occurredAt: T0, summary: "ملخص", ...over,
  };
}

function report(text: string, f: Partial<IncidentFacts> = {}, at = T0): Incoming {
  const fx = facts({ occurredAt: at, ...f });
  return incomingOf({ index: 0, headline: text.split("\n")[0]!, facts: fx, normalized: normalizeArabic(text) }, at);
}

function incident(key: number, r: Incoming): Candidate<number> {
  return { key, state: stateFromFacts(r.facts, r.headline), lastAt: r.at, texts: [r.text] };
}

const W = { windowHours: 12 };

describe("similarity", () => {
  it("sees a re-worded report of one event as close and another event as far", () => {
    const a = profile(normalizeArabic("مقتل جندي وإصابة اثنين بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية شمال بغداد"));
    const b = profile(normalizeArabic("استشهد جندي وجرح اثنان بتفجير عبوة ناسفة استهدف دورية للجيش العراقي في الطارمية"));
    const c = profile(normalizeArabic("إصابة مواطن بانفجار عبوة لاصقة وضعت أسفل سيارته في حي البياع ببغداد"));
    expect(similarity(a, b)).toBeGreaterThan(0.3);
    expect(similarity(a, c)).toBeLessThan(0.25);
    expect(similarity(a, b)).toBe(similarity(b, a));
  });

  it("ignores numbers and spelling variants (hamza, ta marbuta, diacritics)", () => {
    const a = profile(normalizeArabic("مقتل 4 مدنيين بانفجار سيارة مفخخة في مدينة الصدر"));
    const b = profile(normalizeArabic("مَقتل ٧ مدنيين بانفجار سيارة مفخخه في مدينه الصدر"));
    expect(similarity(a, b)).toBe(1);
  });

  it("reads an adjective in either gender as one word («القوات الأمريكية», «الجيش الأمريكي»)", () => {
    const a = profile(normalizeArabic("القوات الأمريكية"));
    const b = profile(normalizeArabic("الجيش الأمريكي"));
    expect([...a.words.keys()].some((w) => b.words.has(w))).toBe(true);
  });

  it("weighs down the generic words and drops the stop words however they are spelled («مسؤول», «قذائف», «حتى»)", () => {
    const p = profile(normalizeArabic("مسؤول أمني: قذائف طائرة حتى الصباح في المقدادية"));
    expect(p.words.get(normalizeArabic("مسؤول"))).toBeLessThan(1);
    expect(p.words.get(normalizeArabic("قذائف"))).toBeLessThan(1);
    expect(p.words.get(normalizeArabic("طائرة"))).toBeLessThan(1);
    expect(p.words.has(normalizeArabic("حتى"))).toBe(false);
    // the place is the one word that says which event it is
    expect([...p.words].filter(([, w]) => w === 1)).toHaveLength(1);
  });

  it("gives nothing for empty text", () => {
    expect(similarity(profile(""), profile(normalizeArabic("انفجار في بغداد")))).toBe(0);
  });
});

describe("places and types", () => {
  it("relates places by id, district and province", () => {
    expect(placeRelation(facts(), facts())).toBe("same-place");
    expect(placeRelation(facts(), facts({ placeId: "mashahda" }))).toBe("same-district");
    expect(placeRelation(facts(), facts({ placeId: "abu_ghraib", district: "abu_ghraib" }))).toBe("conflict");
    expect(placeRelation(facts(), facts({ placeId: "baghdad_city", district: null }))).toBe("same-province");
    expect(placeRelation(facts(), facts({ provinces: [], placeId: null, district: null }))).toBe("unknown");
    // two named districts are two places, in one province or not
    expect(placeRelation(facts(), facts({ provinces: ["diyala"], placeId: "baqubah", district: "baqubah" }))).toBe("conflict");
    expect(placeRelation(facts(), facts({ provinces: ["basra"], placeId: "zubair", district: "zubair" }))).toBe("conflict");
    expect(placeRelation(facts(), facts({ provinces: ["diyala"], placeId: "diyala", district: null }))).toBe("neighbour");
    expect(placeRelation(facts(), facts({ provinces: ["basra"], placeId: null, district: null }))).toBe("far");
  });

  it("relates a part of Iraq named with no province («إقليم كردستان») to provinces by those it holds", () => {
    const region = (id: string) => facts({ provinces: [], place: null, placeId: id, district: null });
    const province = (p: ProvinceId) => facts({ provinces: [p], placeId: p, district: null });
    // inside it: no more than unknown (it may be there); outside: another place
    expect(placeRelation(region("region:kurdistan"), province("duhok"))).toBe("unknown");
    expect(placeRelation(province("duhok"), region("region:kurdistan"))).toBe("unknown");
    expect(placeRelation(region("region:kurdistan"), province("basra"))).toBe("far");
    expect(placeRelation(region("region:kurdistan"), province("kirkuk"))).toBe("neighbour");
    expect(placeRelation(region("region:kurdistan"), region("region:north"))).toBe("unknown");
    expect(placeRelation(region("region:kurdistan"), region("region:south"))).toBe("far");
    expect(placeRelation(region("region:south"), facts({ provinces: [], placeId: null, district: null }))).toBe("unknown");
  });

  it("keeps a report of a region apart from an event in a province outside it, and joins one inside it", () => {
    const kidnap = (where: string, at = T0) => report(`مسلحون يختطفون ناشطا ${where} ويقتادونه الى جهة مجهولة`, {
      type: "kidnapping", target: null, provinces: where.includes("البصرة") ? ["basra"] : where.includes("دهوك") ? ["duhok"] : where.includes("كركوك") ? ["kirkuk"] : [],
      place: null, placeId: where.includes("كردستان") ? "region:kurdistan" : where.includes("البصرة") ? "basra" : where.includes("دهوك") ? "duhok" : where.includes("كركوك") ? "kirkuk" : null,
      district: null,
    }, at);
    const first = incident(1, kidnap("في إقليم كردستان العراق"));
    expect(decide(kidnap("في البصرة", hours(1 / 6)), [first], W).kind).toBe("create");
    // a neighbour of it may be in it as another outlet draws the region: judged by the words, not cut
    expect(decide(kidnap("في كركوك", hours(1 / 6)), [first], W).kind).toBe("attach");
    expect(decide(kidnap("في دهوك", hours(1 / 6)), [first], W).kind).toBe("attach");
    // and the other way round: a report of the region does not join the event in Basra as a report of no place would
    expect(decide(kidnap("في إقليم كردستان العراق", hours(1 / 6)), [incident(2, kidnap("في البصرة"))], W).kind).toBe("create");
    expect(decide(kidnap("في العراق", hours(1 / 6)), [incident(2, kidnap("في البصرة"))], W).kind).toBe("attach");
  });

  it("takes a report in a province of a part of Iraq («بشمال العراق») for the event told there, within its first hour, when both name one rare target", () => {
    // words that share almost nothing, as the channel's flash and the next post do; both name US forces
    const northFlash = (at = T0) => report("مقتل جندي امريكي بشمال العراق", {
      type: "other", killed: 1, target: "US forces", provinces: [], place: "شمال العراق", placeId: "region:north", district: null,
    }, at);
    const inProvince = (province: ProvinceId, at: Date) => report(`اصابات في صفوف الجيش الاميركي في محافظة ${province}`, {
      type: "other", target: "US forces", provinces: [province], place: null, placeId: province, district: null,
    }, at);
    const first = incident(1, northFlash());
    expect(decide(inProvince("erbil", hours(0.4)), [first], W).kind).toBe("attach");
    // and the other way round: the province told first, the region minutes later
    expect(decide(northFlash(hours(0.4)), [incident(2, inProvince("erbil", T0))], W).kind).toBe("attach");
    // not after the burst: then the words judge, and these share too little
    expect(decide(inProvince("erbil", hours(1.5)), [first], W).kind).toBe("create");
    // not a province outside the region
    expect(decide(inProvince("basra", hours(0.4)), [first], W).kind).toBe("create");
    // and not the whole country: each site a report of a wave «across Iraq» names is its own target
    const nationWide = incident(3, report("مقتل جندي امريكي في عموم العراق", {
      type: "other", killed: 1, target: "US forces", provinces: [], place: "عموم العراق", placeId: "region:iraq", district: null,
    }));
    expect(decide(inProvince("erbil", hours(0.4)), [nationWide], W).kind).toBe("create");
  });

  it("keeps two attacks in a part of Iraq apart when they name no target, or Iraq's own forces (review 32)", () => {
    const inNorth = (text: string, over: Partial<IncidentFacts>, at = T0) =>
      report(text, { killed: null, target: null, provinces: [], place: "شمال العراق", placeId: "region:north", district: null, ...over }, at);
    const inProvince = (text: string, over: Partial<IncidentFacts>, at: Date) =>
      report(text, { killed: null, target: null, place: null, district: null, ...over }, at);
    const pairs: [Incoming, Incoming][] = [
      [inNorth("اغتيال مختار في شمال العراق", { type: "assassination" }),
        inProvince("اغتيال ضابط في الشرطة بهجوم مسلح في الموصل", { type: "assassination", target: "security forces", provinces: ["nineveh"], placeId: "nineveh" }, hours(0.6))],
      [inNorth("مقتل مدني بانفجار عبوة ناسفة في شمال العراق", { type: "ied", killed: 1 }),
        inProvince("مقتل طفلين بانفجار عبوة ناسفة في قضاء الحويجة", { type: "ied", killed: 2, provinces: ["kirkuk"], placeId: "kirkuk" }, hours(0.6))],
      [inNorth("هجوم لداعش يستهدف نقطة للجيش في شمال العراق", { type: "armed_attack", target: "security forces" }),
        inProvince("مقتل جنديين بهجوم مسلح في قضاء الدبس", { type: "armed_attack", target: "security forces", killed: 2, provinces: ["kirkuk"], placeId: "kirkuk" }, hours(0.6))],
      [report("انفجار في إقليم كردستان", { type: "other", provinces: [], place: "إقليم كردستان", placeId: "region:kurdistan", district: null, target: null, killed: null }),
        inProvince("طائرة مسيرة تستهدف مقرا للحزب الديمقراطي الكردستاني في دهوك", { type: "drone", provinces: ["duhok"], placeId: "duhok" }, hours(0.6))],
    ];
    for (const [a, b] of pairs) {
      expect(decide(b, [incident(1, a)], W).kind, b.headline).toBe("create");
      // nor the other way round, as a refinement: a region report does not vanish into one province's event (one that
      // names a weapon and no target; one naming the target, or nothing, of the attack under way there is read in its
      // context, as a report naming no place is: merge.ts decide)
      if (!a.facts.target && a.facts.type !== "other") expect(decide({ ...a, at: hours(0.7) }, [incident(2, { ...b, at: hours(0.6) })], W).kind, a.headline).toBe("create");
    }
  });

  it("knows which provinces border each other, both ways", () => {
    expect(areNeighbours("erbil", "duhok")).toBe(true);
    expect(areNeighbours("duhok", "erbil")).toBe(true);
    expect(areNeighbours("basra", "nineveh")).toBe(false);
  });

  it("keeps security operations apart from every attack type", () => {
    expect(typePenalty("security_operation", "security_operation")).toBe(0);
    expect(typePenalty("security_operation", "ied")).toBeNull();
    expect(typePenalty("clash", "security_operation")).toBeNull();
    expect(typePenalty("other", "security_operation")).toBeNull();
    expect(typePenalty("other", "car_bomb")).toBeLessThan(typePenalty("ied", "rocket")!);
    expect(typePenalty("drone", "rocket")).toBeLessThan(typePenalty("drone", "ied")!);
  });
});

describe("decide", () => {
  const first = report("مقتل جندي وإصابة اثنين بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية شمال بغداد", { killed: 1, injured: 2 });

  it("attaches another outlet's re-wording to the incident", () => {
    const second = report("استشهد جندي وجرح اثنان بتفجير عبوة ناسفة استهدف دورية للجيش العراقي في الطارمية", { killed: 1, injured: 2 }, hours(0.5));
    const d = decide(second, [incident(7, first)], W);
    expect(d.kind).toBe("attach");
    if (d.kind === "attach") {
      expect(d.candidate.key).toBe(7);
      expect(d.changes).toEqual({ toll: false, place: false, perpetrator: false, type: false });
    }
  });

  it("attaches a short follow-up hours later and raises the toll", () => {
    const later = report("ارتفاع حصيلة تفجير الطارمية إلى جنديين قتيلين وثلاثة جرحى", { killed: 2, injured: 3, type: "other" }, hours(4));
    const d = decide(later, [incident(7, first)], W);
    expect(d.kind).toBe("attach");
    if (d.kind === "attach") {
      expect(d.changes.toll).toBe(true);
      expect(d.state.killed).toBe(2);
      expect(d.state.injured).toBe(3);
      expect(d.state.type).toBe("ied"); // «other» does not overwrite a known weapon
    }
  });

  it("keeps a report dated another day apart, unless the incident is still being reported", () => {
    const text = "استشهد جندي وجرح اثنان بتفجير عبوة ناسفة استهدف دورية للجيش العراقي في الطارمية";
    const dated = incident(7, report("مقتل جندي بانفجار عبوة ناسفة في قضاء الطارمية أمس", { occurredAt: hours(-36) }, hours(0)));
    const today = incident(8, report(text, {}, hours(0)));
    // «… الخميس الماضي»: three days before what is being reported now
    expect(decide(report(text, { occurredAt: hours(-72) }, hours(0.5)), [today], W).kind).toBe("create");
    // its latest report came in minutes ago: it is live, whatever day its first report gave
    expect(decide(report(text, {}, hours(0.5)), [dated], W).kind).toBe("attach");
  });

  it("starts a new incident outside the window, for a security operation, or in a far province", () => {
    const same = "مقتل جندي وإصابة اثنين بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية شمال بغداد";
    expect(decide(report(same, {}, hours(13)), [incident(7, first)], W).kind).toBe("create");
    expect(decide(report(same, { type: "security_operation" }, hours(1)), [incident(7, first)], W).kind).toBe("create");
    expect(decide(report(same, { provinces: ["basra"], placeId: "zubair", district: "zubair" }, hours(1)), [incident(7, first)], W).kind).toBe("create");
  });

  it("keeps two attacks of one province and one day apart", () => {
    const other = report("إصابة مواطن بانفجار عبوة لاصقة وضعت أسفل سيارته في حي البياع ببغداد", { placeId: "bayaa", district: "karkh", injured: 1 }, hours(5));
    expect(decide(other, [incident(7, first)], W).kind).toBe("create");
  });

  it("keeps a device found or defused apart from a blast at the same place, and attaches re-wordings of each", () => {
    const defused = report("القوات الأمنية تعثر على عبوة ناسفة وتفككها قرب سوق قضاء الطارمية شمال بغداد", { type: "ied" });
    const blast = report("انفجار عبوة ناسفة قرب سوق قضاء الطارمية شمال بغداد يوقع جريحين", { type: "ied", injured: 2 }, hours(3));
    expect(decide(blast, [incident(1, defused)], W).kind).toBe("create");
    const again = report("تفكيك عبوة ناسفة عثر عليها قرب سوق الطارمية", { type: "ied" }, hours(0.5));
    expect(decide(again, [incident(1, defused)], W).kind).toBe("attach");
    // told in the past or the passive («العبوة التي فُككت صباح اليوم»), hours later, it is still the device defused
    const told = report("مصدر: عبوة سوق الطارمية كانت معدة لاستهداف المتبضعين، والعبوة التي فُككت صباح اليوم زنتها 10 كغم", { type: "ied" }, hours(2.5));
    expect(decide(told, [incident(1, defused)], W).kind).toBe("attach");
    // a launch pad found after rockets fell is part of the rocket attack, not a defused device
    const rockets = report("سقوط صاروخين في قضاء الطارمية دون خسائر بشرية", { type: "rocket" });
    const pad = report("سقوط صاروخين في الطارمية والعثور على منصة الإطلاق", { type: "rocket" }, hours(0.3));
    expect(decide(pad, [incident(2, rockets)], W).kind).toBe("attach");
  });

  it("takes another named weapon at the same place hours later for another attack", () => {
    const rockets = report("سقوط صواريخ على قاعدة عين الأسد الجوية غربي الأنبار", { type: "rocket" });
    const drone = "الدفاعات الجوية تسقط طائرة مسيرة مفخخة حاولت استهداف قاعدة عين الأسد الجوية غربي الأنبار";
    expect(decide(report(drone, { type: "drone" }, hours(3)), [incident(1, rockets)], W).kind).toBe("create");
    // in the first minutes outlets confuse the weapon
    expect(decide(report(drone, { type: "drone" }, hours(0.3)), [incident(1, rockets)], W).kind).toBe("attach");
  });

  it("takes unexplained explosions at one place hours apart for another wave, unless it is a follow-up", () => {
    const blasts = report("انفجارات تهز محيط مطار أربيل الدولي", { type: "other" });
    expect(decide(report("انفجارات تهز محيط مطار أربيل الدولي", { type: "other" }, hours(3)), [incident(1, blasts)], W).kind).toBe("create");
    expect(decide(report("انفجارات تهز محيط مطار أربيل الدولي", { type: "other" }, hours(0.5)), [incident(1, blasts)], W).kind).toBe("attach");
    expect(decide(report("تفاصيل جديدة عن الانفجارات التي هزت محيط مطار أربيل الدولي", { type: "other" }, hours(3)), [incident(1, blasts)], W).kind).toBe("attach");
  });

  it("recognises follow-ups whatever the spelling", () => {
    expect(report("الحصيلة النهائية لتفجير مدينة الصدر").followUp).toBe(true);
    expect(report("وفاة جندي متأثراً بجراحه").followUp).toBe(true);
    expect(report("ارتفاع حصيله ضحايا التفجير").followUp).toBe(true);
    expect(report("انفجار عبوة ناسفة في الطارمية").followUp).toBe(false);
  });

  it("never attaches to an incident of the same report's other story", () => {
    const again = report("مقتل جندي وإصابة اثنين بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية شمال بغداد");
    expect(decide(again, [incident(7, first)], W, new Set([7])).kind).toBe("create");
  });

  it("picks the closest of several candidates", () => {
    const a = incident(1, report("انفجار عبوة ناسفة على طريق زراعي في الطارمية دون إصابات"));
    const b = incident(2, first);
    const r = report("مصدر: مقتل جندي وإصابة اثنين بعبوة ناسفة استهدفت دورية للجيش في الطارمية شمال بغداد", {}, hours(0.2));
    const d = decide(r, [a, b], W);
    expect(d.kind === "attach" && d.candidate.key).toBe(2);
  });
});

describe("mergeFacts", () => {
  const base = stateFromFacts(facts({ placeId: "tarmiyah", district: "tarmiyah", killed: 2, injured: 5 }), "عنوان");

  it("never lowers a toll", () => {
    const { state, changes } = mergeFacts(base, facts({ killed: 1, injured: 3 }), "x");
    expect(state.killed).toBe(2);
    expect(state.injured).toBe(5);
    expect(changes.toll).toBe(false);
  });

  it("keeps a combined figure («مقتل وإصابة 15») as such, the highest told, beside the split figures", () => {
    const first = stateFromFacts(facts({ killed: null, injured: null, casualties: 12 }), "x");
    expect(first.casualties).toBe(12);
    const higher = mergeFacts(first, facts({ killed: null, injured: null, casualties: 15 }), "x");
    expect(higher.state.casualties).toBe(15);
    expect(higher.state.killed).toBeNull();
    expect(higher.changes.toll).toBe(true);
    const lower = mergeFacts(higher.state, facts({ killed: 4, injured: null, casualties: 9 }), "x");
    expect(lower.state.casualties).toBe(15);
    expect(lower.state.killed).toBe(4);
  });

  it("takes a place inside the one it had, and a named perpetrator", () => {
    const { state, changes } = mergeFacts(base, facts({ place: "المشاهدة", placeId: "mashahda", district: "tarmiyah", perpetrator: "داعش" }), "x");
    expect(state.placeId).toBe("mashahda");
    expect(state.place).toBe("المشاهدة");
    expect(state.perpetrator).toBe("داعش");
    expect(changes).toMatchObject({ place: true, perpetrator: true, toll: false });
  });

  it("trades a region with no province («إقليم كردستان») for the province a later report names, place and all", () => {
    const region = stateFromFacts(facts({ provinces: [], place: "اقليم كردستان", placeId: "region:kurdistan", district: null }), "x");
    const { state, changes } = mergeFacts(region, facts({ provinces: ["duhok"], place: "دهوك", placeId: "duhok", district: null }), "x");
    expect(state).toMatchObject({ provinces: ["duhok"], place: "دهوك", placeId: "duhok" });
    expect(changes.place).toBe(true);
    // a region where the incident had no place at all is taken: its provinces' followers are then told
    const nowhere = stateFromFacts(facts({ provinces: [], place: null, placeId: null, district: null }), "x");
    const told = mergeFacts(nowhere, facts({ provinces: [], place: "إقليم كردستان", placeId: "region:kurdistan", district: null }), "x");
    expect(told.state).toMatchObject({ provinces: [], place: "إقليم كردستان", placeId: "region:kurdistan" });
    expect(told.changes.place).toBe(true);
    // and the reverse: a province's incident keeps its place when a later report names only the region
    const back = mergeFacts(state, facts({ provinces: [], place: "اقليم كردستان", placeId: "region:kurdistan", district: null }), "x");
    expect(back.state).toMatchObject({ provinces: ["duhok"], place: "دهوك", placeId: "duhok" });
    expect(back.changes.place).toBe(false);
  });

  it("narrows a part of Iraq to a part inside it (northern Iraq, then the Kurdistan Region), never the reverse", () => {
    const north = stateFromFacts(facts({ provinces: [], place: "شمال العراق", placeId: "region:north", district: null }), "x");
    const kurdistan = facts({ provinces: [], place: "إقليم كردستان", placeId: "region:kurdistan", district: null });
    const narrowed = mergeFacts(north, kurdistan, "x");
    expect(narrowed.state).toMatchObject({ provinces: [], placeId: "region:kurdistan" });
    expect(narrowed.changes.place).toBe(true);
    const back = mergeFacts(narrowed.state, facts({ provinces: [], place: "شمال العراق", placeId: "region:north", district: null }), "x");
    expect(back.state.placeId).toBe("region:kurdistan");
    expect(back.changes.place).toBe(false);
    // nor is a wave told across the country narrowed down by one report of a part of it
    const wave = stateFromFacts(facts({ provinces: [], place: "عموم العراق", placeId: "region:iraq", district: null }), "x");
    expect(mergeFacts(wave, kurdistan, "x").changes.place).toBe(false);
    // a region that does not lie inside the incident's is no narrowing
    expect(mergeFacts(north, facts({ provinces: [], place: "جنوب العراق", placeId: "region:south", district: null }), "x").changes.place).toBe(false);
  });

  it("does not trade a place for a coarser or unrelated one", () => {
    expect(mergeFacts(base, facts({ placeId: "baghdad_city", district: null }), "x").changes.place).toBe(false);
    expect(mergeFacts(base, facts({ placeId: "abu_ghraib", district: "abu_ghraib" }), "x").changes.place).toBe(false);
  });

  it("names the weapon of an unexplained explosion, and takes that report's summary", () => {
    const blast = stateFromFacts(facts({ type: "other" }), "انفجار");
    const { state, changes } = mergeFacts(blast, facts({ type: "car_bomb", killed: 4, summary: "مقتل 4" }), "سيارة مفخخة");
    expect(changes.type).toBe(true);
    expect(state.type).toBe("car_bomb");
    expect(state.summary).toBe("مقتل 4");
    expect(state.headline).toBe("سيارة مفخخة");
  });

  it("quotes the report that carries the current figures, not one that states an older death toll", () => {
    // 2 killed, 5 injured → «ارتفاع الحصيلة إلى 4 قتلى» → a late report of 2 killed and 7 injured
    const four = mergeFacts(base, facts({ killed: 4, injured: null, summary: "ارتفاع الحصيلة إلى أربعة قتلى" }), "ارتفاع الحصيلة");
    expect(four.state.summary).toBe("ارتفاع الحصيلة إلى أربعة قتلى");
    const late = mergeFacts(four.state, facts({ killed: 2, injured: 7, summary: "مقتل شخصين وإصابة سبعة" }), "مقتل شخصين");
    expect(late.changes.toll).toBe(true);
    expect([late.state.killed, late.state.injured]).toEqual([4, 7]);
    expect(late.state.summary).toBe("ارتفاع الحصيلة إلى أربعة قتلى");
    expect(late.state.headline).toBe("ارتفاع الحصيلة");
    // a report with the right death toll and an older count of injured is still the better quote
    const partial = mergeFacts(base, facts({ killed: 3, injured: 1, summary: "مقتل ثلاثة وإصابة واحد" }), "x");
    expect(partial.state.summary).toBe("مقتل ثلاثة وإصابة واحد");
  });

  it("does not call «nobody hurt» a rising toll", () => {
    const unknown = stateFromFacts(facts(), "x");
    expect(mergeFacts(unknown, facts({ killed: 0, injured: 0 }), "x").changes.toll).toBe(false);
  });
});
