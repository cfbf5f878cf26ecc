// A short faithful Arabic summary: a facts line built only from extracted facts, then the
// most informative sentence of the story as written.

import type { AttackType, ProvinceId } from "./taxonomy.js";

export const TYPE_AR: Record<AttackType, string> = {
  ied: "عبوة ناسفة", car_bomb: "سيارة مفخخة", suicide: "هجوم انتحاري", armed_attack: "هجوم مسلح", rocket: "قصف صاروخي",
  drone: "هجوم بطائرة مسيّرة", airstrike: "ضربة جوية", assassination: "اغتيال", kidnapping: "اختطاف", clash: "اشتباكات",
  security_operation: "عملية أمنية", other: "حادث أمني",
};
export const PROVINCE_AR: Record<ProvinceId, string> = {
  baghdad: "بغداد", basra: "البصرة", nineveh: "نينوى", erbil: "أربيل", sulaymaniyah: "السليمانية", duhok: "دهوك", halabja: "حلبجة",
  kirkuk: "كركوك", diyala: "ديالى", anbar: "الأنبار", salahuddin: "صلاح الدين", babil: "بابل", karbala: "كربلاء", najaf: "النجف",
  wasit: "واسط", qadisiyah: "القادسية", maysan: "ميسان", dhi_qar: "ذي قار", muthanna: "المثنى",
};

export interface SummaryFacts {
  type: AttackType;
  place: string | null;
  province: ProvinceId | null;
  killed: number | null;
  injured: number | null;
}

export function buildSummary(f: SummaryFacts, sentence: string): string {
  let where = "";
  if (f.place && f.province && PROVINCE_AR[f.province] !== f.place.replace(/^محافظة\s+/, "")) where = ` في ${f.place} (${PROVINCE_AR[f.province]})`;
  else if (f.province) where = ` في ${PROVINCE_AR[f.province]}`;
  else if (f.place) where = ` في ${f.place}`;
  const tolls: string[] = [];
  if (f.killed !== null) tolls.push(`القتلى: ${f.killed}`);
  if (f.injured !== null) tolls.push(`الجرحى: ${f.injured}`);
  const head = `${TYPE_AR[f.type]}${where}${tolls.length ? ` — ${tolls.join("، ")}` : ""}.`;
  const s = sentence.replace(/\s+/g, " ").trim();
  const cut = s.length > 220 ? `${s.slice(0, 217).replace(/\s+\S*$/, "")}…` : s;
  return cut ? `${head}\n${cut}` : head;
}
