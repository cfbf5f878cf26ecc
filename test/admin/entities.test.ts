import { describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";
import { entitiesToHtml } from "../../src/bot/features/admin/entities.js";
import { parseAudienceArgs } from "../../src/bot/features/admin/audience.js";

describe("entitiesToHtml", () => {
  it("escapes the text so that it can never become markup", () => {
    expect(entitiesToHtml(`<b>hi</b> & "you" <script>`)).toBe("&lt;b&gt;hi&lt;/b&gt; &amp; &quot;you&quot; &lt;script&gt;");
  });
  it("turns Telegram's entities into tags, nested properly", () => {
    const text = "تنبيه مهم جدا";
    const entities: MessageEntity[] = [
      { type: "bold", offset: 0, length: 13 },
      { type: "italic", offset: 6, length: 3 },
    ];
    expect(entitiesToHtml(text, entities)).toBe("<b>تنبيه <i>مهم</i> جدا</b>");
  });
  it("closes and reopens overlapping entities so the tags stay balanced", () => {
    const html = entitiesToHtml("abcdef", [
      { type: "bold", offset: 0, length: 4 },
      { type: "italic", offset: 2, length: 4 },
    ]);
    expect(html).toBe("<b>ab<i>cd</i></b><i>ef</i>");
  });
  it("counts offsets in UTF-16 units (emoji take two)", () => {
    expect(entitiesToHtml("🚨 عاجل", [{ type: "bold", offset: 3, length: 4 }])).toBe("🚨 <b>عاجل</b>");
  });
  it("keeps http links, drops javascript: links, escapes the href", () => {
    const t = "one two";
    expect(entitiesToHtml(t, [{ type: "text_link", offset: 0, length: 3, url: 'https://x.iq/?a=1&b="2"' }])).toBe(
      '<a href="https://x.iq/?a=1&amp;b=&quot;2&quot;">one</a> two',
    );
    expect(entitiesToHtml(t, [{ type: "text_link", offset: 0, length: 3, url: "javascript:alert(1)" }])).toBe("one two");
  });
  it("handles code, pre with a language, spoilers and quotes", () => {
    expect(entitiesToHtml("a<b", [{ type: "pre", offset: 0, length: 3, language: "ts" }])).toBe('<pre><code class="language-ts">a&lt;b</code></pre>');
    expect(entitiesToHtml("x", [{ type: "spoiler", offset: 0, length: 1 }])).toBe("<tg-spoiler>x</tg-spoiler>");
    expect(entitiesToHtml("q", [{ type: "blockquote", offset: 0, length: 1 }])).toBe("<blockquote>q</blockquote>");
  });
});

describe("parseAudienceArgs", () => {
  it("is everyone without arguments or with 'all'", () => {
    expect(parseAudienceArgs("")).toEqual({ audience: {}, unknown: [] });
    expect(parseAudienceArgs("all")).toEqual({ audience: {}, unknown: [] });
  });
  it("understands ids and Arabic and English names, multi-word ones too", () => {
    const r = parseAudienceArgs("بغداد، ذي قار, Basra drone، عبوة ناسفة");
    expect(r.unknown).toEqual([]);
    expect(new Set(r.audience.provinces)).toEqual(new Set(["baghdad", "dhi_qar", "basra"]));
    expect(new Set(r.audience.types)).toEqual(new Set(["drone", "ied"]));
  });
  it("reports words it does not know", () => {
    expect(parseAudienceArgs("baghdad, Atlantis").unknown).toEqual(["Atlantis"]);
  });
});
