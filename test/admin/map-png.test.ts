// The /stats province map: a real PNG whose provinces carry the page's shading
// (decoded here pixel by pixel, not compared with a stored picture).
import { inflateSync } from "node:zlib";
import { geoMercator, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { provinceMapPng } from "../../src/admin/map-png.js";
import { provinceShapes, shadeRgb } from "../../src/geo/index.js";

function decode(png: Buffer): { w: number; h: number; at(x: number, y: number): number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const w = png.readUInt32BE(16), h = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length; ) {
    const len = png.readUInt32BE(o);
    if (png.toString("ascii", o + 4, o + 8) === "IDAT") idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { w, h, at: (x, y) => [...raw.subarray(y * (w * 3 + 1) + 1 + x * 3, y * (w * 3 + 1) + 1 + x * 3 + 3)] };
}

describe("province map picture", () => {
  it("shades each province by its count, the busiest darkest, the quiet ones sand", () => {
    const counts = { anbar: 9, najaf: 1 };
    const img = decode(provinceMapPng(counts));
    expect(img.w).toBe(480);
    expect(img.h).toBeGreaterThan(400);
    expect(img.h).toBeLessThan(560);
    // a point well inside each province: the same projection as the picture's
    const shapes = provinceShapes();
    const projection = geoMercator().fitWidth(460, shapes);
    const [[, top]] = geoPath(projection).bounds(shapes);
    projection.translate([projection.translate()[0] + 10, projection.translate()[1] - top + 10]);
    const pixel = (lon: number, lat: number) => {
      const [x, y] = projection([lon, lat])!;
      return img.at(Math.round(x), Math.round(y));
    };
    expect(pixel(41.5, 33.0)).toEqual(shadeRgb(9, 9)); // western Anbar
    expect(pixel(43.0, 30.5)).toEqual(shadeRgb(1, 9)); // southern Najaf
    expect(pixel(47.0, 31.5)).toEqual(shadeRgb(0, 9)); // Maysan
    expect(pixel(38.9, 36.9)).toEqual([223, 233, 240]); // Syria: the sea colour
  });
});
