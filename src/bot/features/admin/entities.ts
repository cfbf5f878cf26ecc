// The admin's formatted message (text + entities) as safe Telegram HTML: the
// text is escaped and only the formatting Telegram itself reported becomes
// tags, so a broadcast can never carry broken or injected markup.
import type { MessageEntity } from "grammy/types";
import { escapeHtml } from "../../../alerts/index.js";

function tags(e: MessageEntity): [string, string] | null {
  switch (e.type) {
    case "bold": return ["<b>", "</b>"];
    case "italic": return ["<i>", "</i>"];
    case "underline": return ["<u>", "</u>"];
    case "strikethrough": return ["<s>", "</s>"];
    case "spoiler": return ["<tg-spoiler>", "</tg-spoiler>"];
    case "code": return ["<code>", "</code>"];
    case "pre": return [e.language ? `<pre><code class="language-${escapeHtml(e.language)}">` : "<pre>", e.language ? "</code></pre>" : "</pre>"];
    case "blockquote": return ["<blockquote>", "</blockquote>"];
    case "expandable_blockquote": return ["<blockquote expandable>", "</blockquote>"];
    case "text_link": return /^(https?|tg):/i.test(e.url) ? [`<a href="${escapeHtml(e.url)}">`, "</a>"] : null;
    case "text_mention": return [`<a href="tg://user?id=${e.user.id}">`, "</a>"];
    default: return null; // url, mention, hashtag…: Telegram links them again by itself
  }
}

/** Offsets are UTF-16 code units, like JavaScript string indices. */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = []): string {
  const spans = entities
    .map((e) => ({ start: e.offset, end: e.offset + e.length, tags: tags(e) }))
    .filter((s): s is { start: number; end: number; tags: [string, string] } => s.tags !== null && s.end > s.start)
    // outer spans first: earlier start, then longer
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open: typeof spans = [];
  let out = "";
  let pos = 0;
  const closeUntil = (at: number) => {
    // Close every span ending here; spans that merely overlap are closed and reopened so tags nest.
    while (open.some((s) => s.end <= at)) {
      const reopen: typeof spans = [];
      for (;;) {
        const top = open.pop()!;
        out += top.tags[1];
        if (top.end <= at) break;
        reopen.unshift(top);
      }
      for (const s of reopen) {
        out += s.tags[0];
        open.push(s);
      }
    }
  };
  const boundaries = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  for (const at of boundaries) {
    out += escapeHtml(text.slice(pos, at));
    pos = at;
    closeUntil(at);
    for (const s of spans) {
      if (s.start !== at) continue;
      out += s.tags[0];
      open.push(s);
    }
  }
  out += escapeHtml(text.slice(pos));
  while (open.length) out += open.pop()!.tags[1];
  return out;
}
