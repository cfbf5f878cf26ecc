// Lines of a text stream, handed over synchronously chunk by chunk. `readline`'s async iterator
// resolves a promise per line, which a one-shot run over a channel's whole history pays for every post.
// Lines end as `readline` ends them with `crlfDelay: Infinity`: at "\n", "\r\n" or a lone "\r".
import { StringDecoder } from "node:string_decoder";

const BREAK = /\r\n?|\n/g;

/** Calls `onLine` with every line of `input` (without its line break), in order; the last line counts even
 * without a final break. UTF-8 characters split across chunks are joined first; a line split across chunks
 * is kept in pieces and joined once (each chunk is searched once, however long the line). */
export async function eachLine(input: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let pieces: string[] = [];
  let crAtEnd = false; // the last chunk ended with "\r": a "\n" that opens the next one is its pair
  const take = (text: string): void => {
    let start = 0;
    if (crAtEnd && text.charCodeAt(0) === 10) start = 1;
    if (text.length) crAtEnd = false;
    BREAK.lastIndex = start;
    for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
      pieces.push(text.slice(start, m.index));
      onLine(pieces.length === 1 ? pieces[0]! : pieces.join(""));
      pieces = [];
      start = m.index + m[0].length;
      if (m[0] === "\r" && start === text.length) crAtEnd = true;
    }
    if (start < text.length) pieces.push(text.slice(start));
  };
  for await (const chunk of input) take(typeof chunk === "string" ? chunk : decoder.write(chunk));
  take(decoder.end());
  if (pieces.length) onLine(pieces.join(""));
}
