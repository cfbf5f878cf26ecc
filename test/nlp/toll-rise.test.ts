// A report that is itself a new toll of an earlier attack: the rise opens its headline and counts victims
// (or, for «حصيلة», an attack). The merging stage lets such a report join its attack whatever its words.
import { describe, expect, it } from "vitest";
import { isTollRise } from "../../src/nlp/index.js";

describe("a headline that is a new toll", () => {
  it("opens with a rise of the victims or the final toll of an attack, a source first or not", () => {
    for (const h of [
      "ارتفاع حصيلة ضحايا التفجير في ديالى إلى خمسة قتلى",
      "ارتفاع عدد الشهداء إلى ٧ من لواء ٣٠",
      "ارتفاع عدد الوفيات الى 5 والاصابات الى 11",
      "افاد مصدر محلي في ديالى بارتفاع حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد",
      "الحصيلة النهائية لتفجير الحلة بلغت 52 قتيلاً",
      "حصيلة نهائية لهجوم داعش على قرية البو بالي",
      "ارتفاع حصيلة الضربة الجوية على جرف الصخر",
      "ارتفاع حصيلة الاشتباكات في سنجار",
      "الحصيلة النهائية لكمين داعش في مطيبيجة",
    ]) expect(isTollRise(h), h).toBe(true);
  });

  it("is not a rising count of something else, nor a running total told after a new attack", () => {
    for (const h of [
      "ارتفاع عدد الهجمات في ديالى",
      "ارتفاع حصيلة الأموال المضبوطة بقضية وكيل وزارة النفط",
      "الحصيلة النهائية للموسم الزراعي في نينوى",
      "ارتفاع حصيلة حادثة الطعن في بعقوبة إلى 3 قتلى",
      "الحصيلة النهائية لحادث السير على طريق بغداد كركوك",
      "تفجير يستهدف رتلاً للجيش العراقي في ديالى ويقتل ثلاثة جنود، وسط ارتفاع عدد الهجمات في المحافظة",
      "تفجير يستهدف رتلاً للجيش العراقي في ديالى ويقتل ثلاثة جنود، وارتفع عدد ضحايا الهجمات في المحافظة هذا الأسبوع إلى عشرة",
      "مقتل ثلاثة بانفجار عبوة في ديالى ليرتفع عدد ضحايا التفجيرات اليوم إلى خمسة",
    ]) expect(isTollRise(h), h).toBe(false);
  });
});
