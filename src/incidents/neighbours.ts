// Which governorates share a border. Reports of one event often disagree on the
// province near a boundary (Tuz Khurmatu, Makhmour, Khor Mor, the Kirkuk–
// Sulaymaniyah road), so a neighbouring province may still be the same event.
import type { ProvinceId } from "../nlp/index.js";

const BORDERS: [ProvinceId, ProvinceId[]][] = [
  ["baghdad", ["salahuddin", "diyala", "wasit", "babil", "anbar"]],
  ["basra", ["dhi_qar", "maysan", "muthanna"]],
  ["nineveh", ["duhok", "erbil", "salahuddin", "anbar", "kirkuk"]],
  ["erbil", ["duhok", "sulaymaniyah", "kirkuk", "salahuddin"]],
  ["sulaymaniyah", ["kirkuk", "salahuddin", "diyala", "halabja"]],
  ["kirkuk", ["salahuddin"]],
  ["diyala", ["salahuddin", "wasit"]],
  ["anbar", ["salahuddin", "babil", "karbala", "najaf"]],
  ["babil", ["karbala", "najaf", "qadisiyah", "wasit"]],
  ["najaf", ["karbala", "qadisiyah", "muthanna"]],
  ["wasit", ["qadisiyah", "dhi_qar", "maysan"]],
  ["qadisiyah", ["dhi_qar", "muthanna"]],
  ["dhi_qar", ["maysan", "muthanna"]],
];

const ADJACENT = new Set<string>();
for (const [a, list] of BORDERS) {
  for (const b of list) {
    ADJACENT.add(`${a}|${b}`);
    ADJACENT.add(`${b}|${a}`);
  }
}

export function areNeighbours(a: string, b: string): boolean {
  return ADJACENT.has(`${a}|${b}`);
}
