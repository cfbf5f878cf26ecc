// The CLIs' line reader ends lines where `readline` (crlfDelay: Infinity) ends them — "\n", "\r\n", a lone
// "\r" — also when a line, a "\r\n" pair or a UTF-8 character is split across chunks.
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

  it("ends lines at \\n, \\r\\n and a lone \\r, a pair split across chunks once; keeps empty lines and a last line without a break", async () => {
    expect(await linesOf([Buffer.from("a\r\n\r\nb\r"), Buffer.from("\nc")])).toEqual(["a", "", "b", "c"]);
    expect(await linesOf([Buffer.from("a\r\r\nb\rc\r")])).toEqual(["a", "", "b", "c"]);
    expect(await linesOf([Buffer.from("a\r"), Buffer.from("\r"), Buffer.from("\nb")])).toEqual(["a", "", "b"]);
    expect(await linesOf([Buffer.from("")])).toEqual([]);
  });

  it("keeps a line spread over many chunks whole", async () => {
    const chunks = Array.from({ length: 500 }, (_, k) => Buffer.from(`x${k};`));
    const lines = await linesOf([...chunks, Buffer.from("\nlast")]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(Array.from({ length: 500 }, (_, k) => `x${k};`).join(""));
    expect(lines[1]).toBe("last");
  });
});
