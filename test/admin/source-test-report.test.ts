// What `/sources test` tells an admin of each item: the type, the place and the toll as the alert would tell it.
import { describe, expect, it } from "vitest";
import { analyzeLatest } from "../../src/admin/index.js";
import { testReport } from "../../src/bot/features/admin/views.js";
import { tr } from "../alerts/helpers.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const report = (text: string, locale: "ar" | "en") =>
  testReport("https://feed.example/rss", 1, analyzeLatest([{ title: text, text, publishedAt: NOW } as never], NOW), tr(locale), "Asia/Baghdad", locale).join("\n");

describe("the source test report", () => {
  it("tells a combined figure as killed or injured in all, never as deaths", () => {
    const en = report("مقتل وإصابة 15 شخصاً بانفجار عبوة ناسفة في بعقوبة", "en");
    expect(en).toContain("killed: ? · injured: ? · 15 killed or injured in all");
    expect(report("مقتل وإصابة 15 شخصاً بانفجار عبوة ناسفة في بعقوبة", "ar")).toContain("15 بين قتيل وجريح");
  });

  it("adds nothing when the split is the whole toll", () => {
    const en = report("مقتل 3 وإصابة 5 بانفجار عبوة ناسفة في بعقوبة", "en");
    expect(en).toContain("killed: 3 · injured: 5");
    expect(en).not.toContain("in all");
  });
});
