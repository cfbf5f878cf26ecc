import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chartSeries, incidentsChartPng, OTHERS, PALETTE } from "../../src/admin/chart.js";

/** Width, height and a pixel counter of an 8-bit RGB PNG without filters (what encodePng writes). */
function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let o = 8;
  let w = 0, h = 0;
  const idat: Buffer[] = [];
  while (o < png.length) {
    const len = png.readUInt32BE(o);
    const type = png.toString("ascii", o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + len);
    if (type === "IHDR") {
      w = data.readUInt32BE(0);
      h = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 2]);
    }
    if (type === "IDAT") idat.push(data);
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((w * 3 + 1) * h);
  const count = ([r, g, b]: number[]) => {
    let n = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const p = y * (w * 3 + 1) + 1 + x * 3;
        if (raw[p] === r && raw[p + 1] === g && raw[p + 2] === b) n++;
      }
    }
    return n;
  };
  return { w, h, count };
}

describe("incidents chart", () => {
  const days = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"];

  it("gives the busiest provinces a colour each and sums the rest", () => {
    const by = new Map<string, number[]>();
    const provinces = ["baghdad", "diyala", "anbar", "nineveh", "kirkuk", "basra", "babil", "wasit", "najaf"];
    provinces.forEach((p, i) => by.set(p, [0, 0, 0, 0, 0, 0, 9 - i]));
    by.set("muthanna", [0, 0, 0, 0, 0, 0, 0]);
    const series = chartSeries(by, 7);
    expect(series.map((s) => s.key)).toEqual(["baghdad", "diyala", "anbar", "nineveh", "kirkuk", "basra", "others"]);
    expect(series.at(-1)).toMatchObject({ total: 3 + 2 + 1, emoji: OTHERS.emoji });
    expect(series[0]).toMatchObject({ total: 9, emoji: PALETTE[0]!.emoji });
  });

  it("draws bars whose areas follow the counts", () => {
    const by = new Map([
      ["baghdad", [0, 2, 0, 0, 0, 0, 2]],
      ["diyala", [0, 0, 0, 1, 0, 0, 1]],
    ]);
    const series = chartSeries(by, 7);
    const { w, h, count } = decode(incidentsChartPng(series, days));
    expect([w, h]).toEqual([720, 400]);
    const red = count(PALETTE[0]!.rgb);
    const orange = count(PALETTE[1]!.rgb);
    expect(red).toBeGreaterThan(0);
    expect(red / orange).toBeCloseTo(2, 1);
    expect(count(PALETTE[2]!.rgb)).toBe(0);
  });
});
