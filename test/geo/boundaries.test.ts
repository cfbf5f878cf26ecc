// The boundary file as the map draws it: 19 provinces under the project's ids,
// Halabja cut out of Sulaymaniyah where the gazetteer's places say.
import { geoArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { PLACE_DATA, PROVINCES } from "../../src/nlp/index.js";
import { provinceAt, provinceShapes, splitRing } from "../../src/geo/index.js";

describe("province boundaries", () => {
  const shapes = provinceShapes();

  it("has the 19 provinces, each a small area (rings wound the way d3-geo reads them)", () => {
    expect(shapes.features.map((f) => f.properties.id)).toEqual([...PROVINCES]);
    for (const f of shapes.features) {
      const sr = geoArea(f);
      // Iraq is ~0.011 sr; a ring wound the wrong way would cover the rest of the globe (~4π)
      expect(sr, f.properties.id).toBeGreaterThan(0.000005);
      expect(sr, f.properties.id).toBeLessThan(0.004);
    }
    const total = shapes.features.reduce((s, f) => s + geoArea(f), 0);
    expect(total).toBeGreaterThan(0.010);
    expect(total).toBeLessThan(0.013);
  });

  it("puts Halabja's places in Halabja and keeps Sulaymaniyah's out of it", () => {
    const halabja = PLACE_DATA.filter((p) => p.province === "halabja");
    expect(halabja.length).toBeGreaterThanOrEqual(5);
    // the file's border is coarse: a village on the border may fall just outside Iraq, never in another province
    for (const p of halabja) expect([null, "halabja"], p.id).toContain(provinceAt(p.lon, p.lat));
    expect(halabja.filter((p) => provinceAt(p.lon, p.lat) === "halabja").length).toBeGreaterThanOrEqual(halabja.length - 2);
    for (const id of ["halabja", "halabja/khurmal", "halabja/sirwan"]) {
      const p = PLACE_DATA.find((x) => x.id === id)!;
      expect(provinceAt(p.lon, p.lat), id).toBe("halabja");
    }
    for (const id of ["sulaymaniyah/said_sadiq", "sulaymaniyah/sharazur", "sulaymaniyah/penjwin", "sulaymaniyah/sulaymaniyah", "sulaymaniyah/arbat"]) {
      const p = PLACE_DATA.find((x) => x.id === id)!;
      expect(provinceAt(p.lon, p.lat), id).toBe("sulaymaniyah");
    }
    // Sulaymaniyah lost about Halabja's area (~900 km², 1,500 with the border strip), not more
    const km2 = (id: string) => geoArea(shapes.features.find((f) => f.properties.id === id)!) * 6371 ** 2;
    expect(km2("halabja")).toBeGreaterThan(500);
    expect(km2("halabja")).toBeLessThan(2000);
  });

  it("refuses a cut that does not cross the outline exactly twice", () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(() => splitRing(square, [[2, 2], [3, 3]])).toThrow(/0 times/);
    const [a, b] = splitRing(square, [[0.5, -1], [0.5, 2]]);
    expect(a).toEqual([[0.5, 0], [1, 0], [1, 1], [0.5, 1], [0.5, 0]]);
    expect(b).toEqual([[0.5, 1], [0, 1], [0, 0], [0.5, 0], [0.5, 1]]);
  });
});
