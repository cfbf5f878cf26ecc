// The CLIs' line reader: lines split across chunks, a UTF-8 character split across chunks, CRLF ends
// and a last line without a newline all come out as `readline` would give them.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { eachLine } from "../../src/cli/lines.js";

async function linesOf(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  await eachLine(Readable.from(chunks, { objectMode: true }), (l) => out.push(l));
  return out;
}

describe("eachLine", () => {
  it("joins a line and an Arabic character split across chunks", async () => {
    const bytes = Buffer.from('{"text":"انفجار في بغداد"}\n{"text":"ثاني"}\n', "utf8");
    // cut inside the two bytes of «ف»
    const cut = bytes.indexOf(Buffer.from("ف", "utf8")) + 1;
    expect(await linesOf([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['{"text":"انفجار في بغداد"}', '{"text":"ثاني"}']);
  });

  it("drops the \\r of CRLF ends, keeps empty lines and a last line without a newline", async () => {
    expect(await linesOf([Buffer.from("a\r\n\r\nb\r"), Buffer.from("\nc")])).toEqual(["a", "", "b", "c"]);
    expect(await linesOf([Buffer.from("")])).toEqual([]);
  });
});
