// Lines of a text stream, handed over synchronously chunk by chunk. `readline`'s async iterator
// resolves a promise per line; on short posts that costs about a tenth of the analysis itself, so
// the CLIs that must keep pace with a channel's whole history read their input with this instead.
import { StringDecoder } from "node:string_decoder";

/** Calls `onLine` with every line of `input` (without its "\n" or "\r\n"), in order; the last line
 * counts even without a final newline. UTF-8 characters split across chunks are joined first. */
export async function eachLine(input: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of input) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk));
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      onLine(text.charCodeAt(nl - 1) === 13 && nl > start ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest) onLine(rest.endsWith("\r") ? rest.slice(0, -1) : rest);
}
