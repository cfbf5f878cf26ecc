// /stats: the 19 provinces shaded by their number of incidents, as a PNG drawn
// by hand like the chart beside it (chart.ts: its canvas, its digits, its
// encoder). The outlines and the shading are the map page's (geo/), projected with
// d3-geo and filled scanline by scanline; the numbers are written on the
// provinces, the names stay in the caption, where Telegram shapes Arabic.
import { geoMercator, geoPath } from "d3-geo";
import { provinceShapes, shadeRgb } from "../geo/index.js";
import { Canvas, encodePng } from "./chart.js";

const WIDTH = 480;
const PAD = 10;
const SEA: [number, number, number] = [223, 233, 240];
const EDGE: [number, number, number] = [138, 129, 119];
const INK: [number, number, number] = [40, 36, 32];

type Ring = [number, number][];

/** Even-odd scanline fill of a set of rings (outer rings and holes alike), sampled at pixel centres. */
function fillRings(c: Canvas, rings: Ring[], rgb: [number, number, number]): void {
  let y0 = Infinity, y1 = -Infinity;
  for (const r of rings) for (const [, y] of r) {
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(c.h - 1, Math.ceil(y1)); y++) {
    const sy = y + 0.5;
    const xs: number[] = [];
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i]!, [xj, yj] = r[j]!;
        if (yi > sy !== yj > sy) xs.push(xi + ((sy - yi) * (xj - xi)) / (yj - yi));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.ceil(xs[k]! - 0.5), to = Math.floor(xs[k + 1]! - 0.5);
      if (to >= from) c.rect(from, y, to - from + 1, 1, rgb);
    }
  }
}

function line(c: Canvas, [x0, y0]: [number, number], [x1, y1]: [number, number], rgb: [number, number, number]): void {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
  for (let s = 0; s <= steps; s++) c.rect(Math.round(x0 + ((x1 - x0) * s) / steps), Math.round(y0 + ((y1 - y0) * s) / steps), 1, 1, rgb);
}

/** The provinces shaded by `counts` (province id → incidents), each non-zero count written on its province. */
export function provinceMapPng(counts: Map<string, number> | Record<string, number>): Buffer {
  const get = (id: string) => (counts instanceof Map ? counts.get(id) : counts[id]) ?? 0;
  const shapes = provinceShapes();
  const projection = geoMercator().fitWidth(WIDTH - 2 * PAD, shapes);
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds(shapes);
  const height = Math.ceil(bottom - top) + 2 * PAD;
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty - top + PAD]);
  const c = new Canvas(WIDTH, height);
  c.rect(0, 0, WIDTH, height, SEA);

  const max = Math.max(0, ...shapes.features.map((f) => get(f.properties.id)));
  const ringsOf = (f: (typeof shapes.features)[number]): Ring[] =>
    (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)
      .flat()
      .map((ring) => ring.map((p) => projection(p as [number, number]) ?? [0, 0]));
  for (const f of shapes.features) fillRings(c, ringsOf(f), shadeRgb(get(f.properties.id), max));
  for (const f of shapes.features) {
    for (const r of ringsOf(f)) for (let i = 1; i < r.length; i++) line(c, r[i - 1]!, r[i]!, EDGE);
  }
  for (const f of shapes.features) {
    const n = get(f.properties.id);
    if (!n) continue;
    const [x, y] = path.centroid(f);
    const label = String(n);
    const w = c.textWidth(label, 2);
    c.rect(Math.round(x - w / 2) - 2, Math.round(y) - 7, w + 4, 14, [255, 255, 255]);
    c.text(label, Math.round(x - w / 2), Math.round(y) - 5, 2, INK);
  }
  return encodePng(c);
}
