// Incidents per day by province as a stacked bar chart in PNG, drawn and
// encoded by hand (zlib is built in). Why not a chart library: the pure-JS
// ones render through a canvas (a native module) or SVG (needs a rasteriser),
// and none shapes Arabic text. So the image carries only bars, grid and
// digits; the legend, with the province names, is the photo's caption, where
// Telegram lays out Arabic properly. Colours match the coloured-square emoji
// used in that legend.
import { deflateSync } from "node:zlib";

export const PALETTE: Array<{ emoji: string; rgb: [number, number, number] }> = [
  { emoji: "🟥", rgb: [221, 46, 68] },
  { emoji: "🟧", rgb: [244, 144, 12] },
  { emoji: "🟨", rgb: [253, 203, 88] },
  { emoji: "🟩", rgb: [120, 177, 89] },
  { emoji: "🟦", rgb: [85, 172, 238] },
  { emoji: "🟪", rgb: [170, 142, 214] },
  { emoji: "🟫", rgb: [193, 105, 79] },
];
export const OTHERS = { emoji: "⬛", rgb: [49, 55, 61] as [number, number, number] };

export interface ChartSeries {
  key: string; // province id, or "others"
  emoji: string;
  rgb: [number, number, number];
  values: number[];
  total: number;
}

/** The busiest provinces get a colour each; the rest are summed as "others". */
export function chartSeries(byProvince: Map<string, number[]>, days: number): ChartSeries[] {
  const all = [...byProvince.entries()]
    .map(([key, values]) => ({ key, values, total: values.reduce((a, b) => a + b, 0) }))
    .filter((s) => s.total > 0)
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  const fits = all.length <= PALETTE.length ? all.length : PALETTE.length - 1;
  const series: ChartSeries[] = all.slice(0, fits).map((s, i) => ({ ...s, ...PALETTE[i]! }));
  const rest = all.slice(fits);
  if (rest.length) {
    const values = Array.from({ length: days }, (_, d) => rest.reduce((n, s) => n + (s.values[d] ?? 0), 0));
    series.push({ key: "others", values, total: values.reduce((a, b) => a + b, 0), ...OTHERS });
  }
  return series;
}

// 3×5 digits, one string per row, "#" = ink.
const DIGITS: Record<string, string[]> = {
  "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
  "2": ["###", "..#", "###", "#..", "###"], "3": ["###", "..#", ".##", "..#", "###"],
  "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "###", "..#", "###"],
  "6": ["###", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
  "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "###"],
};

/** An RGB picture in memory, white to start with (also the /stats province map's, map-png.ts). */
export class Canvas {
  readonly px: Buffer;
  constructor(readonly w: number, readonly h: number) {
    this.px = Buffer.alloc(w * h * 3, 255);
  }
  rect(x: number, y: number, w: number, h: number, [r, g, b]: [number, number, number]): void {
    for (let j = Math.max(0, y); j < Math.min(this.h, y + h); j++) {
      for (let i = Math.max(0, x); i < Math.min(this.w, x + w); i++) {
        const o = (j * this.w + i) * 3;
        this.px[o] = r;
        this.px[o + 1] = g;
        this.px[o + 2] = b;
      }
    }
  }
  /** Digits with their top-left corner at (x, y), `scale` pixels per font pixel. */
  text(s: string, x: number, y: number, scale: number, rgb: [number, number, number]): void {
    for (const [k, ch] of [...s].entries()) {
      const glyph = DIGITS[ch];
      if (!glyph) continue;
      for (const [row, line] of glyph.entries()) {
        for (const [col, c] of [...line].entries()) {
          if (c === "#") this.rect(x + (k * 4 + col) * scale, y + row * scale, scale, scale, rgb);
        }
      }
    }
  }
  textWidth(s: string, scale: number): number {
    return (s.length * 4 - 1) * scale;
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(c: { w: number; h: number; px: Buffer }): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.w, 0);
  header.writeUInt32BE(c.h, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const raw = Buffer.alloc((c.w * 3 + 1) * c.h);
  for (let y = 0; y < c.h; y++) c.px.copy(raw, y * (c.w * 3 + 1) + 1, y * c.w * 3, (y + 1) * c.w * 3); // filter byte 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const INK: [number, number, number] = [90, 90, 90];
const GRID: [number, number, number] = [225, 225, 225];

/** Stacked bars, one per day (labelled with the day of the month), y axis with round steps. */
export function incidentsChartPng(series: ChartSeries[], days: string[]): Buffer {
  const W = 720, H = 400, left = 56, right = 16, top = 16, bottom = 40;
  const c = new Canvas(W, H);
  const plotW = W - left - right, plotH = H - top - bottom;
  const stack = days.map((_, d) => series.reduce((n, s) => n + (s.values[d] ?? 0), 0));
  const max = Math.max(1, ...stack);
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].find((s) => max / s <= 5) ?? Math.ceil(max / 5);
  const ceiling = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - Math.round((v / ceiling) * plotH);
  for (let v = 0; v <= ceiling; v += step) {
    c.rect(left, y(v), plotW, 1, GRID);
    const label = String(v);
    c.text(label, left - 8 - c.textWidth(label, 3), y(v) - 7, 3, INK);
  }
  const slot = plotW / days.length;
  const barW = Math.round(slot * 0.6);
  for (const [d, day] of days.entries()) {
    const x = Math.round(left + d * slot + (slot - barW) / 2);
    let base = 0;
    for (const s of series) {
      const v = s.values[d] ?? 0;
      if (v > 0) c.rect(x, y(base + v), barW, y(base) - y(base + v), s.rgb);
      base += v;
    }
    const label = String(Number(day.slice(-2)));
    c.text(label, x + Math.round((barW - c.textWidth(label, 3)) / 2), H - bottom + 12, 3, INK);
  }
  c.rect(left, top + plotH, plotW, 2, INK);
  return encodePng(c);
}
