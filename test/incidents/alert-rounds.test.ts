// Incident-level blind rounds (src/incidents/evaluate-alerts.ts): what each alert ends up saying, against
// labellers who read only the posts behind it. The scorer is checked on a stream written for this file; the
// round kept in the project (test/fixtures/merge/alerts-r6.jsonl) is scored on the real stream when it is
// beside the project, and skipped with a line saying so when it is not.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelAgreement, printAlertRounds, sameEventAs, readAlertLabels, scoreAlerts, ALERT_ROUNDS, type AlertLabel } from "../../src/incidents/evaluate-alerts.js";
import { streamPath } from "../../src/incidents/evaluate.js";
import { sameWordsRepeats } from "../../src/sources/same-words.js";

const at = (min: number): string => new Date(Date.parse("2026-07-18T21:00:00Z") + min * 60_000).toISOString();
const posts = [
  { id: "a1", publishedAt: at(0), text: "انفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية بمحافظة ديالى أسفر عن إصابة جنديين" },
  { id: "a2", publishedAt: at(20), text: "ارتفاع حصيلة انفجار العبوة الناسفة في المقدادية إلى 3 جرحى" },
  { id: "n1", publishedAt: at(60), text: "وزير الخارجية يستقبل السفير الفرنسي في بغداد" },
  { id: "b1", publishedAt: at(300), text: "هجوم بطائرة مسيرة على حقل كورمور في قضاء جمجمال بمحافظة السليمانية" },
  { id: "b2", publishedAt: at(300 + 13 * 60), text: "استهداف حقل كورمور في قضاء جمجمال بمحافظة السليمانية بطائرة مسيرة" },
];
const label = (l: Partial<AlertLabel> & { group: number }): AlertLabel => ({
  events: [], main: null, not_incident: [], same_as_group: null, province: null, type: null, killed: null, injured: null, ...l,
});

describe("two blind labellings of the same posts", () => {
  it("count the pairs of one chain day both call one event, and those only one of them does", () => {
    const dir = mkdtempSync(join(tmpdir(), "agreement-"));
    try {
      const day = join(dir, "chains-2026-07-18.jsonl");
      const row = (id: string, event: string | null) => JSON.stringify({ id, event });
      // p4 is in no group of the round (never alerted): its pairs are not compared; p5 is no event to the chains
      writeFileSync(day, [row("p1", "e1"), row("p2", "e1"), row("p3", "e2"), row("p4", "e1"), row("p5", null), row("p6", "e3")].join("\n"));
      const a = labelAgreement([
        label({ group: 1, events: [["p1", "p2", "p3"]], main: 0 }),
        label({ group: 2, events: [["p5"]], main: 0 }),
        // linked to group 1 by the round: one event with p1–p3 to it, another to the chains
        label({ group: 3, events: [["p6"]], main: 0, same_as_group: 1 }),
      ], { "2026-07-18": day });
      expect(a.posts).toBe(4);
      expect(a.sameInBoth).toBe(1);
      expect(a.roundOnly).toEqual([["p1", "p3"], ["p1", "p6"], ["p2", "p3"], ["p2", "p6"], ["p3", "p6"]]);
      expect(a.chainsOnly).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("follow the round's links between groups to the first of a chain, and stop on a group naming itself or a loop", () => {
    const canon = sameEventAs([
      label({ group: 1, events: [["x"]], main: 0 }),
      label({ group: 2, events: [["y"]], main: 0, same_as_group: 1 }),
      label({ group: 3, events: [["z"]], main: 0, same_as_group: 2 }),
      label({ group: 4, events: [["u"]], main: 0, same_as_group: 4 }),
      label({ group: 5, events: [["v"]], main: 0, same_as_group: 6 }),
      label({ group: 6, events: [["w"]], main: 0, same_as_group: 5 }),
    ]);
    expect(canon("g3e1")).toBe("g1e1");
    expect(canon("g4e1")).toBe("g4e1");
    expect(["g5e1", "g6e1"]).toContain(canon("g5e1"));
  });

  // the figures of test/fixtures/merge/README.md («Two blind labellings of the same posts»): re-labelling changes both
  it("round 6 and the chain days, as they stand (labels only: no corpus needed)", () => {
    const a = labelAgreement(readAlertLabels(ALERT_ROUNDS.r6));
    expect(a.posts).toBe(132);
    expect(a.sameInBoth).toBe(140);
    expect(a.roundOnly).toHaveLength(8);
    // 07-19: a US soldier killed «in northern Iraq», then US casualties in Erbil; 07-25: Qadir Karam and the Jambur field;
    // 07-29: the Hamdaniya hospital post and the Brigade 30 site with the Nineveh Plain strike
    expect(a.chainsOnly).toEqual([
      ["naya-84271", "naya-84278"], ["naya-85591", "naya-85593"], ["naya-85591", "naya-85598"],
      ["naya-86064", "naya-86108"], ["naya-86064", "naya-86164"], ["naya-86108", "naya-86164"],
    ]);
  });
});

describe("scoring what the alerts say", () => {
  it("reads back each group's main event: its facts, a missed one, one alerted twice", () => {
    const s = scoreAlerts([
      label({ group: 1, events: [["a1", "a2"]], main: 0, province: "diyala", type: "ied", killed: null, injured: 3 }),
      // labelled an event on purpose: the service takes the minister's meeting for none
      label({ group: 2, events: [["n1"]], main: 0, province: "baghdad", type: "other" }),
      label({ group: 3, events: [["b1"]], main: 0, province: "sulaymaniyah", type: "rocket", killed: 0, injured: null }),
      label({ group: 4, events: [["b2"]], main: 0, same_as_group: 3, province: "sulaymaniyah", type: "drone" }),
    ], posts, 12);
    expect(s.scored).toBe(3);
    expect(s.missed).toEqual([2]);
    expect(s.falseAlerts).toEqual([]);
    // the toll rose in a follow-up: the alert's final toll is the labelled one
    expect(s.wrong.filter((w) => w.group === 1)).toEqual([]);
    // labelled wrongly on purpose: the type and the toll the alert does not show
    expect(s.wrong.filter((w) => w.group === 3).map((w) => w.field).sort()).toEqual(["killed", "type"]);
    // thirteen hours apart (past the merge window), a second report is a second alert of what the labellers call one event
    expect(s.repeated).toEqual([{ event: "g3e1", alerts: 2 }]);
    expect(s.mergedApart).toEqual([]);
  });

  it("counts an alert raised by a post labelled no incident, in any group, apart from alerts the round does not hold", () => {
    const s = scoreAlerts([
      label({ group: 1, events: [["a1"], ["a2"]], main: 0, province: "diyala", type: "ied", injured: 2 }),
      // a mixed group: its event's post and, labelled no incident on purpose, the drone strike
      label({ group: 2, events: [["n1"]], main: 0, not_incident: ["b1"], province: "baghdad", type: "other" }),
    ], posts, 12);
    expect(s.incidents).toBe(3);
    expect(s.falseAlerts).toEqual([{ group: 2, post: "b1" }]);
    // b2, thirteen hours on, is no post of the round: its alert is counted, not judged
    expect(s.outside).toEqual(["b2"]);
    expect(s.mergedApart).toEqual([["g1e1", "g1e2"]]);
    // the alert shows the rise its second event brought: a toll the main event did not have
    expect(s.wrong).toEqual([{ group: 1, field: "injured", got: 3, label: 2 }]);
  });

  it("a follow-up taken back by the alert opened minutes after it counts with that alert", () => {
    const night = [
      { id: "d1", publishedAt: at(0), text: "تفعيل منظومة الباتريوت في سماء أربيل" },
      { id: "d2", publishedAt: at(1), text: "الدفاعات الجوية تحاول الاعتراض فوق أربيل" },
      { id: "x1", publishedAt: at(3), text: "انفجارات عنيفة في سماء أربيل" },
    ];
    // the air defences labelled another event on purpose: taken back into the blasts' alert, they share it
    const s = scoreAlerts([
      label({ group: 1, events: [["x1"], ["d1", "d2"]], main: 0, province: "erbil", type: "other" }),
    ], night, 12);
    expect(s.incidents).toBe(1);
    expect(s.mergedApart).toEqual([["g1e1", "g1e2"]]);
    expect(s.wrong).toEqual([]);
  });

  it("a repost the store would not keep is no report: it goes where the post it repeats went", () => {
    const reposted = [...posts.slice(0, 4), { id: "b1r", publishedAt: at(330), text: posts[3]!.text }];
    const s = scoreAlerts([
      label({ group: 1, events: [["b1"]], main: 0, province: "sulaymaniyah", type: "drone" }),
      // labelled its own event on purpose: as a repost it opens no alert, so nothing is merged or repeated
      label({ group: 2, events: [["b1r"]], main: 0, province: "sulaymaniyah", type: "drone" }),
    ], reposted, 12, sameWordsRepeats);
    expect(s.incidents).toBe(2);
    expect(s.mergedApart).toEqual([["g1e1", "g2e1"]]);
    expect(s.repeated).toEqual([]);
  });
});

const stream = existsSync(streamPath());

describe("round 6 on the real stream", () => {
  it("keeps its labels without texts: ids and the labelled fields only", () => {
    const keys = ["events", "group", "injured", "killed", "main", "not_incident", "province", "same_as_group", "type"];
    for (const l of readAlertLabels(ALERT_ROUNDS.r6)) {
      expect(Object.keys(l).sort()).toEqual(keys);
      for (const id of [...l.events.flat(), ...l.not_incident]) expect(id).toMatch(/^naya-\d+$/);
    }
  });

  it.skipIf(!stream)("reads the round back as it stands (first scored at 48d0f53: see test/fixtures/merge/README.md)", () => {
    const lines: string[] = [];
    const s = printAlertRounds((l) => lines.push(l), 12, sameWordsRepeats).r6!;
    // 82 alerts: the US soldier killed «in northern Iraq» and the US casualties in Erbil 24 minutes later are one
    // (a region refined by a province it holds); this round's labellers keep them apart, the chain days' join them
    expect(lines.join("\n")).toMatch(/alerts for no real incident: 1 of 82/);
    expect(s.groups).toBe(83);
    expect(s.outside).toEqual([]);
    expect(s.missed).toEqual([]);
    // the opinion piece: no rule of the project takes it yet (the prank arrest, group 13, is an arrest of no militant
    // since a drone only heard names none; the deportation from Germany, group 21, is placed by the German police
    // since a first line ending on a comma is no headline)
    expect(s.falseAlerts.map((f) => f.group)).toEqual([76]);
    expect(s.correct).toEqual({ province: 79, type: 79, killed: 79, injured: 80 });
    // bare «قصف» in the 29 July wave: typed by the wave only by the labellers
    // and the two told in one alert (above) take each other's province and toll
    expect(s.wrong.map((w) => [w.group, w.field])).toEqual([[42, "province"], [43, "killed"], [66, "type"]]);
    // the US soldier in the north and the US casualties in Erbil (above); one strike site of the 29 July wave told
    // apart from it (a rule for it was written and taken back on review 34: see test/fixtures/merge/README.md); the
    // same words posted again 2 days 9 hours later
    expect(s.mergedApart).toEqual([["g42e1", "g43e1"], ["g64e1", "g64e2"]]);
    expect(s.repeated).toEqual([{ event: "g10e1", alerts: 2 }]);
  });

  it.runIf(!stream)("says it is skipped when the stream is absent", () => {
    const lines: string[] = [];
    expect(printAlertRounds((l) => lines.push(l)).r6).toBeNull();
    expect(lines.join("\n")).toMatch(/skipped \(corpus not found/);
  });
});
