// The busiest five days of the real stream through the service's whole pipeline (replay: analysis, merging, the
// store's repost rule, updates, the renderer), once as posted and once as other channels would have posted the
// same words — a flash label before, tags or a link under (test/nlp/channel-marks.test.ts checks the analysis of
// every post so). The subscriber must receive the same messages. Marks are chosen by each text's words, so that
// a repost of the same words carries the same marks, as a channel's own repost does.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { replay, type ReplayMessage } from "../../src/cli/replay-run.js";
import type { ReplayPost } from "../../src/cli/replay-input.js";
import { streamTexts } from "../../src/cli/eval.js";

const DAYS = ["2026-07-15", "2026-07-16", "2026-07-17", "2026-07-18", "2026-07-19"];
const MARKS = [
  (t: string) => `🔴 عاجل | ${t}`,
  (t: string) => `${t}\n#العراق #عاجل`,
  (t: string) => `#خبر_عاجل\n${t}\nhttps://t.me/example`,
];
const markOf = (text: string) => MARKS[createHash("sha1").update(text).digest()[0]! % MARKS.length]!;

const stream = streamTexts();
if (!stream) console.warn("../shared/corpus/stream.jsonl not found (or $CORPUS_DIR): skipping the marked replay");

async function messages(posts: ReplayPost[]): Promise<Pick<ReplayMessage, "kind" | "reports" | "html">[]> {
  const out: Pick<ReplayMessage, "kind" | "reports" | "html">[] = [];
  await replay(posts, {
    // the service's defaults (src/config.ts)
    windowHours: 12, updateMode: "edit+reply", timeZone: "Asia/Baghdad", sourceName: "stream",
    onMessage: (m) => out.push({ kind: m.kind, reports: m.reports, html: m.html }),
  });
  return out;
}

describe.skipIf(!stream)("the busiest days of the stream, marked as other channels mark their posts", { timeout: 300_000 }, () => {
  it("reach the subscriber as the same messages", async () => {
    const posts: ReplayPost[] = [...stream!].filter(([, r]) => DAYS.includes(r.publishedAt.slice(0, 10)))
      .map(([id, r]) => ({ id, publishedAt: new Date(r.publishedAt), title: "", text: r.text, link: null }));
    const plain = await messages(posts);
    const marked = await messages(posts.map((p) => ({ ...p, text: markOf(p.text)(p.text) })));
    expect(posts.length).toBeGreaterThan(800);
    expect(plain.filter((m) => m.kind === "alert").length).toBeGreaterThan(10);
    expect(marked).toEqual(plain);
  });
});
