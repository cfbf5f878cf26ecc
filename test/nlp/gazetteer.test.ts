import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const prov = (t: string) => incidentOf(t)?.provinces[0] ?? "none";

describe("place resolution", () => {
  it("resolves towns with and without ال and clitics", () => {
    expect(prov("انفجار عبوة ناسفة بالطارمية")).toBe("baghdad");
    expect(prov("انفجار عبوة ناسفة في طارمية")).toBe("baghdad");
    expect(prov("هجوم مسلح على قضاء خانقين")).toBe("diyala");
    expect(prov("سقوط صواريخ على قاعدة عين الاسد")).toBe("anbar");
  });
  it("bases and fields by their names as the channels write them: Camp Kalsu, «قاعدة فكتوري» (Victory), Khurmala, Sarsang", () => {
    expect(incidentOf("ارتفاع عدد المصابين بانفجار معسكر كالسو إلى 9")).toMatchObject({ provinces: ["babil"], place: "معسكر كالسو", injured: 9 });
    expect(incidentOf("هجوم بطائرة مسيرة على قاعدة فكتوري")).toMatchObject({ provinces: ["baghdad"], place: "قاعدة فكتوري" });
    // and the oil fields of the Region: Khurmala (Erbil), Sarsang (Duhok)
    expect(incidentOf("مشاهد لتصاعد الدخان من حقل خورمالة بعد استهدافه بطائرة مسيرة")?.provinces).toEqual(["erbil"]);
    expect(incidentOf("هجوم بطائرة مسيرة على حقل سرسنك النفطي")?.provinces).toEqual(["duhok"]);
  });
  it("a village the text puts in a district or sub-district («قرية الحديد في ناحية أبي صيدا») is not the gazetteer's namesake elsewhere", () => {
    expect(incidentOf("العبوة الثانية انفجرت على عجلة للحشد قرب قرية الحديد في ناحية أبي صيدا ما أسفر عن إصابة منتسب")).toMatchObject({ provinces: ["diyala"], place: "أبي صيدا", district: "diyala/muqdadiya" });
    expect(incidentOf("سقوط قذائف هاون على قرية الرشاد في قضاء المقدادية يسفر عن مقتل ثلاثة")?.provinces).toEqual(["diyala"]);
  });
  it("«بمنطقة X» puts the event at X, whatever institution was named before it", () => {
    expect(incidentOf("انفجار عبوة لاصقة تعود لموظف في وزارة النفط بمنطقة زيونة")).toMatchObject({ provinces: ["baghdad"], place: "زيونة" });
  });
  it("a hospital in another province does not move the incident", () => {
    expect(prov("هجوم مسلح على قرية في محافظة ديالى وإصابة مدني نقل إلى مستشفى محافظة السليمانية")).toBe("diyala");
  });
  it("a spokesman's city or a direction does not move it", () => {
    expect(prov("قال المتحدث باسم شرطة البصرة إن عبوة ناسفة انفجرت في قضاء الفاو")).toBe("basra");
    expect(prov("مسلحون يخطفون رعاة في كربلاء واقتادوهم باتجاه الانبار")).toBe("karbala");
  });
  it("a province in the channel's misspelling (two letters swapped) is still the province", () => {
    expect(prov("انفجارات عنيفة تهز محافظة السيلمانية")).toBe("sulaymaniyah");
  });
  it("«near the Iranian border» keeps it in Iraq", () => {
    expect(prov("هجوم لداعش على قرية في خانقين قرب الحدود الإيرانية")).toBe("diyala");
  });
  it("road ends: the place between two provinces decides", () => {
    expect(prov("انفجار في قضاء جمجمال على الطريق بين كركوك والسليمانية")).toBe("sulaymaniyah");
  });
  it("a past event elsewhere does not move it", () => {
    expect(prov("انفجار عبوة ناسفة في الحلة. وكانت بغداد قد شهدت تفجيرا الاسبوع الماضي")).toBe("babil");
  });
  it("keeps the place as written", () => {
    expect(incidentOf("انفجار عبوة ناسفة بمنطقة الطارمية شمال بغداد")?.place).toBe("الطارمية");
  });
});
