// A quiet week's news of an attack comes hours apart: a death from wounds or a toll rising the next morning, an
// abductee freed, and a new salvo at a site hit hours before. Run through the service's own merging (Clusterer),
// on texts written for this file.
import { describe, expect, it } from "vitest";
import { incidentsAt } from "../support/clustering.js";
import { readFollowUp } from "../../src/nlp/index.js";

const T0 = Date.parse("2027-03-01T06:00:00Z");

/** Each report's incident key (reports at minutes after T0). */
const incidents = (reports: [number, string][]): (string | null)[] => incidentsAt(T0, reports);

const H = 60;
const IED = "استشهاد جندي واصابة اثنين اخرين بانفجار عبوة ناسفة على دورية للجيش في منطقة العبايجي بقضاء الطارمية";

describe("the next morning, past the merge window", () => {
  it("a death from wounds dated «امس» at the place of yesterday's IED joins it", () => {
    const [a, b] = incidents([
      [0, IED],
      [22 * H, "استشهاد جندي ثانٍ متأثراً بجراحه التي أصيب بها بانفجار العبوة الناسفة في الطارمية امس لترتفع الحصيلة الى شهيدين"],
    ]);
    expect(b).toBe(a);
  });
  it("a toll rising the next morning joins the clash with a toll in its district", () => {
    const [a, b] = incidents([
      [0, "مصدر أمني: مقتل ثلاثة أشخاص وإصابة أربعة بنزاع عشائري في قضاء القرنة شمالي البصرة"],
      [17 * H, "ارتفاع حصيلة ضحايا النزاع العشائري في القرنة الى اربعة قتلى"],
    ]);
    expect(b).toBe(a);
  });
  it("an abductee freed the next morning joins the kidnapping in its city", () => {
    const [a, b] = incidents([
      [0, "مسلحون مجهولون يختطفون تاجراً في حي التحرير وسط بعقوبة"],
      [22 * H, "قوة من شرطة ديالى تحرر التاجر المختطف في بعقوبة وتعتقل اثنين من الخاطفين"],
    ]);
    expect(b).toBe(a);
  });
  it("or days later; a new kidnapping there days later is a new alert", () => {
    const kidnap = "مسلحون مجهولون يختطفون تاجراً في حي التحرير وسط بعقوبة";
    const [a, b] = incidents([[0, kidnap], [70 * H, "قوة من شرطة ديالى تحرر التاجر المختطف في بعقوبة بعد ثلاثة أيام من اختطافه"]]);
    expect(b).toBe(a);
    const [c, d] = incidents([[0, kidnap], [70 * H, "مسلحون مجهولون يختطفون طبيباً في حي المعلمين وسط بعقوبة"]]);
    expect(d).not.toBeNull();
    expect(d).not.toBe(c);
  });
  it("new details the next morning of the attack at its very place join it; of one elsewhere in the district, not", () => {
    const details = "تفاصيل جديدة عن هجوم الطارمية: العبوة زُرعت ليلاً على طريق ترابي تسلكه الدورية يومياً";
    const [a, b] = incidents([[0, IED], [19 * H, details]]);
    expect(b).toBe(a);
    const [c, d] = incidents([[0, IED], [19 * H, details.replace("هجوم الطارمية", "هجوم المشاهدة")]]);
    expect(d).not.toBe(c);
  });
  it("a new IED the next morning at the same place is a new alert", () => {
    const [a, b] = incidents([
      [0, IED],
      [22 * H, "انفجار عبوة ناسفة على دورية للجيش في منطقة العبايجي بقضاء الطارمية"],
    ]);
    expect(b).not.toBeNull();
    expect(b).not.toBe(a);
  });
  it("a death from wounds dated «امس» in another district is not yesterday's IED", () => {
    const [a, b] = incidents([
      [0, IED],
      [22 * H, "استشهاد جندي متأثراً بجراحه التي أصيب بها بانفجار عبوة ناسفة في قضاء الخالص امس"],
    ]);
    expect(b).not.toBe(a);
  });
  it("two days later nothing joins", () => {
    const [a, b] = incidents([
      [0, IED],
      [46 * H, "استشهاد جندي ثانٍ متأثراً بجراحه التي أصيب بها بانفجار العبوة الناسفة في الطارمية امس"],
    ]);
    expect(b).not.toBe(a);
  });
});

describe("a new salvo at a site hit hours before", () => {
  it("«سقوط صاروخ جديد» four hours after the first rockets on the airport is a new alert", () => {
    const [a, b, c] = incidents([
      [0, "عاجل | سقوط صاروخين على محيط مطار بغداد الدولي"],
      [15, "مصدر أمني: سقوط صاروخين قرب مدرج مطار بغداد الدولي دون خسائر"],
      [4 * H, "عاجل | سقوط صاروخ جديد قرب مطار بغداد الدولي"],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
  });
});

describe("an abductee freed the same day", () => {
  it("joins the kidnapping, and «تحرير» opening the line is no byline", () => {
    const [a, b] = incidents([
      [0, "اختطاف طفلة من أمام مدرستها في حي العدالة بالنجف"],
      [5 * H, "تحرير الطفلة المختطفة في النجف واعتقال الخاطف"],
    ]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
  });
});

describe("a side mourning its dead hours after the strike", () => {
  it("joins the strike it tells, not a new one; a strike told as news that late is new", () => {
    const strike: [number, string][] = [
      [0, "مسيرة تركية تستهدف سيارة في قضاء سنجار غربي نينوى"],
      [30, "مصدر: مسيرة تركية تقتل قيادياً في وحدات مقاومة سنجار قرب مجمع خانصور"],
    ];
    expect(incidents(strike)).toEqual(["i1", "i1"]);
    const mourned = incidents([...strike, [30 + 3.5 * H, "وحدات مقاومة سنجار تنعى قيادياً ومرافقه قُتلا بقصف مسيرة تركية شمالي سنجار"]]);
    expect(mourned[2]).toBe(mourned[0]);
    const another = incidents([...strike, [30 + 3.5 * H, "مسيرة تركية تستهدف عجلة قرب مجمع خانصور شمالي سنجار"]]);
    expect(another[2]).not.toBeNull();
    expect(another[2]).not.toBe(another[0]);
  });
});

describe("a toll rising that names no place, hours later", () => {
  it("«ارتفاع حصيلة النزاع العشائري» joins the one clash with a toll of the last hours, whatever its words", () => {
    const [a, , c] = incidents([
      [0, "مقتل شخص واصابة ثلاثة بنزاع عشائري في خور الزبير بالبصرة"],
      [30, "انفجار عبوة ناسفة على دورية للحشد الشعبي في صحراء الحضر جنوبي الموصل"],
      [2 * H + 25, "ارتفاع حصيلة النزاع العشائري الى قتيلين"],
    ]);
    expect(c).toBe(a);
  });
  it("with two clashes with a toll, it is a guess: it joins neither", () => {
    const [, , c] = incidents([
      [0, "مقتل شخص واصابة ثلاثة بنزاع عشائري في خور الزبير بالبصرة"],
      [30, "مقتل شخص واصابة اثنين بنزاع عشائري في قضاء المجر الكبير بميسان"],
      [2 * H + 25, "ارتفاع حصيلة النزاع العشائري الى قتيلين"],
    ]);
    expect(c).toBeNull();
  });
});

describe("the toll rising told with the feminine «لترتفع الحصيلة»", () => {
  it("is a toll follow-up, as «ليرتفع العدد» is", () => {
    expect(readFollowUp("العثور على جثة راع مفقود منذ هجوم داعش امس لترتفع الحصيلة الى ثلاثة")?.kind).toBe("toll");
    expect(readFollowUp("العثور على جثة راع مفقود منذ هجوم داعش امس ليرتفع العدد الى ثلاثة")?.kind).toBe("toll");
  });
});

describe("a speaker's word on the very site just hit", () => {
  const STRIKE = "عاجل | طائرة مسيرة تستهدف حقل كورمور الغازي";
  it("«شركة دانة غاز: لم تسجل اي اصابات … بحقل كورمور» joins the strike on the field: no alert of its own", () => {
    const [a, b] = incidents([[0, STRIKE], [60, "شركة دانة غاز: لم تسجل اي اصابات في صفوف العاملين بحقل كورمور وتم ايقاف الانتاج بشكل مؤقت"]]);
    expect(b).toBe(a);
  });
  it("with no strike at that site it is nothing, and a statement about the district is no site's", () => {
    expect(incidents([[0, "شركة دانة غاز: لم تسجل اي اصابات في صفوف العاملين بحقل كورمور"]])).toEqual([null]);
    const [, b] = incidents([[0, STRIKE], [60, "قائممقام جمجمال: الدوام الرسمي مستمر في دوائر القضاء"]]);
    expect(b).toBeNull();
  });
});

describe("the victims named, and the next morning's account dated «أمس»", () => {
  it("«الضحيتان في قصف سيدكان هما …» hours after the strike joins it", () => {
    const [a, , c] = incidents([
      [0, "عاجل | طائرة مسيرة تركية تستهدف عجلة مدنية في ناحية سيدكان التابعة لقضاء سوران"],
      [25, "مدير ناحية سيدكان: مقتل شخصين كانا يستقلان العجلة المستهدفة بالمسيرة التركية"],
      [3 * H + 25, "الضحيتان في قصف سيدكان هما (هـ. ج) و(س. م) من أهالي قرية بوري، وكانا في طريقهما إلى بساتينهما"],
    ]);
    expect(c).toBe(a);
  });
  it("the next morning, the strikes «أمس» at the same place are yesterday's event", () => {
    const [a, b] = incidents([
      [0, "الطيران الحربي التركي يشن غارات على أطراف قرية كيستة التابعة لناحية كاني ماسي في قضاء العمادية"],
      [22 * H, "مصدر في قائممقامية العمادية: الغارات التركية أمس أحرقت نحو 40 دونماً من البساتين في ناحية كاني ماسي"],
    ]);
    expect(b).toBe(a);
  });
});
