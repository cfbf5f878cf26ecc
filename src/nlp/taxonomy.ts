// The product's public vocabulary (../shared/design/TAXONOMY.md). Ids are stable:
// they live in the database, in filters, in commands and in the labelled corpora.
// Display names live in locales/*.ftl.

export const PROVINCES = [
  "baghdad", "basra", "nineveh", "erbil", "sulaymaniyah", "duhok", "halabja",
  "kirkuk", "diyala", "anbar", "salahuddin", "babil", "karbala", "najaf",
  "wasit", "qadisiyah", "maysan", "dhi_qar", "muthanna",
] as const;
export type ProvinceId = (typeof PROVINCES)[number];

export const ATTACK_TYPES = [
  "ied", "car_bomb", "suicide", "armed_attack", "rocket", "drone", "airstrike",
  "assassination", "kidnapping", "clash", "security_operation", "other",
] as const;
export type AttackType = (typeof ATTACK_TYPES)[number];

export const isProvinceId = (s: string): s is ProvinceId => (PROVINCES as readonly string[]).includes(s);
export const isAttackType = (s: string): s is AttackType => (ATTACK_TYPES as readonly string[]).includes(s);
