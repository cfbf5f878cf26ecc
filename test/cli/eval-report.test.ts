// What `npm run eval` prints for a labelled set: a share of nothing is printed as n/a, not as 0 %
// (a recall-only blind round, where the extractor found no incident, has no precision).
import { describe, expect, it } from "vitest";
import { printExtractorReport } from "../../src/cli/eval.js";

const row = (id: string, text: string, incident: boolean) =>
  ({ id, text, iraq_incident: incident, province: incident ? "diyala" : null, type: incident ? "ied" : null, killed: null, injured: null });

describe("the extractor report", () => {
  it("prints n/a where nothing was found to measure, the figures otherwise", () => {
    const lines: string[] = [];
    printExtractorReport([row("a", "ارتفاع أسعار الطماطم في الأسواق", true), row("b", "مباراة ودية للمنتخب", false)], (s) => lines.push(s));
    expect(lines).toContain("incident  precision n/a  recall 0.0%  F1 n/a");
    expect(lines).toContain("province  n/a   type n/a   killed n/a   injured n/a");
    lines.length = 0;
    printExtractorReport([row("c", "انفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى", true)], (s) => lines.push(s));
    expect(lines).toContain("incident  precision 100.0%  recall 100.0%  F1 100.0%");
  });
});
