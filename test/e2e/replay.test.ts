// `npm run replay`: a stream of saved posts through the service's own pipeline
// (analysis, merging, the incident store on a scratch SQLite file, alerts and
// updates through the outbox and the sender), clock from publishedAt. What a
// subscriber of all Iraq would have received is what comes out.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "replay-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replay(args: string[], content?: string) {
  let file = args[0]!;
  if (content !== undefined) {
    file = join(dir, args[0]!);
    writeFileSync(file, content);
  }
  // as `npm run replay` runs it: from its bundle (src/cli/bundled.mjs)
  const run = spawnSync(process.execPath, ["src/cli/bundled.mjs", "replay", file, ...args.slice(1)], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent", TZ: "Asia/Baghdad" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const line = (id: string, publishedAt: string, text: string) => JSON.stringify({ id, publishedAt, text });
const figure = (out: string, name: string) => Number(new RegExp(`^${name}: (\\d+)$`, "m").exec(out)?.[1] ?? NaN);

// One IED reported three times (flash, toll, toll rise), a post that is no incident, another attack far away.
const STREAM = [
  line("p1", "2026-03-10T05:10:00Z", "عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد"),
  line("p2", "2026-03-10T05:25:00Z", "مصدر أمني: مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمال العاصمة بغداد."),
  line("p3", "2026-03-10T05:30:00Z", "هزة أرضية بقوة 3.4 ريختر تضرب العاصمة الإيرانية طهران."),
  line("p4", "2026-03-10T06:00:00Z", "اغتيال ضابط في الاستخبارات بإطلاق نار أمام منزله في مدينة العمارة."),
  line("p5", "2026-03-10T09:30:00Z", "ارتفاع حصيلة تفجير الطارمية إلى جنديين شهيدين وثلاثة جرحى بعد وفاة أحد المصابين متأثراً بجراحه."),
];

// each case spawns the CLI, which migrates a scratch database first: seconds each on a busy machine
describe("npm run replay", { timeout: 120_000 }, () => {
  it("--jsonl: one alert per event, the toll as an edit of it, each with every report merged so far", () => {
    const r = replay(["stream.jsonl", "--jsonl"], STREAM.join("\n") + "\n");
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of out) expect(Object.keys(o).sort()).toEqual(["incident", "kind", "reports", "text"]);
    const ied = out.filter((o) => (o.reports as string[]).includes("p1"));
    expect(ied.map((o) => o.kind)).toEqual(["alert", "update", "update"]);
    expect(new Set(ied.map((o) => o.incident)).size).toBe(1);
    expect(ied.map((o) => o.reports)).toEqual([["p1"], ["p1", "p2"], ["p1", "p2", "p5"]]);
    expect(ied[2]!.text).toMatch(/قتيلان|2 قتلى/);
    // each edit is stamped with the replay's clock (the post that changed it, 08:25 and 12:30 in Baghdad), not the wall clock
    expect(ied.slice(1).map((o) => /🔄 تحديث (\d\d:\d\d)/.exec(o.text as string)?.[1])).toEqual(["08:25", "12:30"]);
    const other = out.filter((o) => !(o.reports as string[]).includes("p1"));
    expect(other).toEqual([expect.objectContaining({ kind: "alert", reports: ["p4"] })]);
    expect(other[0]!.incident).not.toBe(ied[0]!.incident);
    expect(typeof other[0]!.incident).toBe("string");
    // the summary goes to stderr in --jsonl mode, with lines tools can read
    expect(figure(r.stderr, "alerts")).toBe(2);
    expect(figure(r.stderr, "updates")).toBe(2);
    expect(figure(r.stderr, "incidents")).toBe(2);
    expect(figure(r.stderr, "posts")).toBe(5);
  });

  it("prints each message as the subscriber reads it, then the summary", () => {
    const r = replay(["stream.jsonl"], STREAM.join("\n"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ALERT · incident \d+ · reports p1\n/);
    expect(r.stdout).toMatch(/UPDATE \(edit\) · incident \d+ · reports p1 p2 p5\n/);
    expect(r.stdout).toMatch(/REPLY/); // the toll rose: «ارتفاع الحصيلة» under the alert
    expect(r.stdout).toMatch(/الطارمية/);
    expect(figure(r.stdout, "alerts")).toBe(2);
    expect(figure(r.stdout, "updates")).toBe(2);
    expect(r.stdout).toMatch(/^ten biggest incidents:\n {2}#\d+ {2}3 reports/m);
  });

  it("tells a combined figure in the summary as killed or injured, never as deaths", () => {
    const r = replay(["combined.jsonl"], line("c1", "2026-03-11T05:10:00Z", "مقتل وإصابة 15 شخصاً بانفجار عبوة ناسفة في سوق بعقوبة") + "\n");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("15 بين قتيل وجريح");
    expect(r.stdout).toMatch(/^ {2}#\d+ {2}1 reports .* killed or injured 15 /m);
    expect(r.stdout).not.toMatch(/killed 15/);
  });

  it("stores each post as the poller does: the same words posted again within two days (a flash's within six hours) are the same item", () => {
    const again = [STREAM[3]!, line("p4b", "2026-03-10T09:30:00Z", "اغتيال ضابط في الاستخبارات بإطلاق نار أمام منزله في مدينة العمارة.")];
    const r = replay(["repost.jsonl", "--jsonl"], again.join("\n"));
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind: string; reports: string[]; text: string });
    // one alert, no second one for the repost: it is filed with the item it repeats, and said so for tools
    expect(out.map((o) => [o.kind, o.reports])).toEqual([["alert", ["p4"]], ["report", ["p4", "p4b"]]]);
    expect(out[1]!.text).toBe("");
    expect(figure(r.stderr, "alerts")).toBe(1);
    expect(figure(r.stderr, "posts")).toBe(2);
    expect(figure(r.stderr, "incident posts")).toBe(1); // the repost is known by its words: never a report
    expect(figure(r.stderr, "reposts \\(the same words within 48 h, a flash's within 6 h: filed with the post they repeat\\)")).toBe(1);
  });

  it("--jsonl: a post filed with an incident that sends nothing is still listed with it, so every post's incident can be read", () => {
    const posts = [
      STREAM[0]!,
      line("r1", "2026-03-10T05:15:00Z", "عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد"), // a repost
      line("r2", "2026-03-10T05:20:00Z", "انفجار عبوة ناسفة استهدف دورية للجيش في الطارمية"), // nothing new to send
      STREAM[2]!,
      line("r3", "2026-03-10T05:40:00Z", "مقتل جندي وإصابة اثنين آخرين بانفجار العبوة الناسفة في الطارمية"), // the toll: an edit
    ];
    const r = replay(["quiet.jsonl", "--jsonl"], posts.join("\n"));
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of out) expect(Object.keys(o).sort()).toEqual(["incident", "kind", "reports", "text"]);
    expect(out.map((o) => [o.kind, o.reports])).toEqual([
      ["alert", ["p1"]], ["report", ["p1", "r1"]], ["report", ["p1", "r1", "r2"]], ["update", ["p1", "r1", "r2", "r3"]],
    ]);
    expect(new Set(out.map((o) => o.incident)).size).toBe(1);
    // the counts subscribers see are unchanged: one alert, one edit
    expect(figure(r.stderr, "alerts")).toBe(1);
    expect(figure(r.stderr, "updates")).toBe(1);
    expect(figure(r.stderr, "report lines \\(a post filed with an incident that sent nothing for it\\)")).toBe(2);
    // and read by a person: which post was filed where, and why nothing was sent
    const text = replay([join(dir, "quiet.jsonl")]);
    expect(text.stdout).toMatch(/REPORT, nothing sent · incident \d+ · r1 \(repost of p1\)/);
    expect(text.stdout).toMatch(/REPORT, nothing sent · incident \d+ · r2 \(adds nothing to send\)/);
  });

  it("reads a saved feed whose items all share one link as one poll of it: each item its own post, named by its guid", () => {
    const items = [
      "انفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية", "اغتيال ضابط بإطلاق نار أمام منزله في مدينة العمارة",
      "مقتل شخصين بهجوم مسلح في قضاء المقدادية", "انفجار سيارة مفخخة في سوق شعبي بمدينة الصدر",
      "سقوط صاروخ كاتيوشا قرب مطار بغداد الدولي", "انفجار عبوة ناسفة على رتل في محافظة الديوانية",
      "هجوم بطائرة مسيرة على حقل كورمور الغازي في السليمانية",
    ].map((t, i) => `<item><title>${t}</title><link>https://news.example.iq/live</link><guid isPermaLink="false">g${i + 1}</guid>` +
      `<description>${t}</description><pubDate>Tue, 10 Mar 2026 0${i + 1}:00:00 +0000</pubDate></item>`);
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://news.example.iq/</link>` +
      `<description>d</description>${items.join("")}</channel></rss>`;
    const r = replay(["shared-link.xml", "--jsonl"], rss);
    expect(r.code, r.stderr).toBe(0);
    // not revisions of the first item (the store keeps five and drops the rest unread)
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind: string; reports: string[] });
    expect(out.map((o) => o.reports)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => [`g${i}`]));
    expect(figure(r.stderr, "alerts")).toBe(7);
  });

  it("names each bad line and still replays the others", () => {
    const lines = ["{oops", line("q1", "not a date", "انفجار"), JSON.stringify({ publishedAt: "2026-03-10T05:00:00Z", text: "x" }), STREAM[0]!, line("p1", "2026-03-10T05:11:00Z", "نسخة مكررة"), STREAM[3]!];
    const r = replay(["bad.jsonl", "--summary"], lines.join("\n"));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 1: not a JSON object/);
    expect(r.stderr).toMatch(/line 2 \(q1\): "publishedAt"/);
    expect(r.stderr).toMatch(/line 3: no "id"/);
    expect(r.stderr).toMatch(/line 5: id p1 already on line 4/);
    expect(figure(r.stdout, "posts")).toBe(2);
    expect(figure(r.stdout, "alerts")).toBe(2);
    expect(r.stdout).not.toMatch(/── /);
  });

  it("reads a saved t.me/s page with the service's own parser", () => {
    const tg = replay(["test/sources/fixtures/telegram-preview.html", "--jsonl"]);
    expect(tg.code, tg.stderr).toBe(0);
    const alerts = tg.stdout.trim().split("\n").map((l) => JSON.parse(l) as { reports: string[] });
    expect(alerts[0]!.reports).toEqual(["SecMedia_iq/4519"]);
    expect(figure(tg.stderr, "posts")).toBe(3);
  });

  it("reads an RSS file with the service's own parser, naming the items it cannot date", () => {
    const rss = replay(["test/sources/fixtures/rss-utf8.xml", "--summary"]);
    expect(rss.code, rss.stderr).toBe(0);
    expect(rss.stderr).toMatch(/item \d+ \(.*\): no usable date; skipped/);
    expect(figure(rss.stdout, "alerts")).toBeGreaterThan(0);
  });

  it("refuses a missing file with one line", () => {
    const r = replay([join(dir, "nope.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^replay: .*nope\.jsonl: no such file$/);
  });
});
