// Every message the bot sends is Telegram HTML (parse_mode set once, src/bot/html.ts):
// text a user typed, with «<» and «&» in it, comes back as typed, in a message that
// Telegram's parser (the fake Bot API checks it) accepts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseHtml, type ApiCall } from "../support/fake-telegram.js";
import { BotHarness } from "./harness.js";

const USER = 7_200_001;
const ADMIN = 7_200_010;

/** What the reader sees of each message the bot sent (and that every one was HTML). */
function rendered(calls: ApiCall[]): string[] {
  return calls
    .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
    .map((c) => {
      expect(c.params.parse_mode).toBe("HTML");
      expect((c as { error?: unknown }).error).toBeUndefined();
      const parsed = parseHtml(String(c.params.text));
      if ("error" in parsed) throw new Error(`${parsed.error}: ${String(c.params.text)}`);
      return parsed.text;
    });
}

describe("the fake Bot API reads HTML as Telegram does", () => {
  it("refuses an unescaped «<», an unknown tag and an unclosed tag; decodes entities", () => {
    expect(parseHtml("a <b>b</b> &lt;c&gt; &amp; d & e > f")).toEqual({ text: "a b <c> & d & e > f" });
    expect(parseHtml("x < y")).toHaveProperty("error");
    expect(parseHtml("<script>x</script>")).toHaveProperty("error");
    expect(parseHtml("<b>x")).toHaveProperty("error");
    expect(parseHtml("<b>x</i>")).toHaveProperty("error");
  });
});

describe("replies carrying what a user typed", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ env: { ADMIN_IDS: String(ADMIN) } });
  });
  afterEach(async () => {
    await h.close();
  });

  it("a name it does not know, with «<» and «&», is quoted back as typed", async () => {
    await h.send(USER, "/start");
    const texts = rendered(await h.send(USER, "/subscribe <b>x&y</b>"));
    expect(texts.join("\n")).toContain("<b>x&y</b>");
  });

  it("an admin's reference to a source it does not know is quoted as typed, in an HTML reply", async () => {
    const texts = rendered(await h.send(ADMIN, "/sources pause <a>&b"));
    expect(texts.join("\n")).toContain("<a>&b");
  });
});
