// "/broadcast بغداد، البصرة، drone" → { provinces: [baghdad, basra], types: [drone] }.
// Ids and the display names of both languages are understood.
import { createI18n, LOCALES, type Translate } from "../../../i18n.js";
import { ATTACK_TYPES, PROVINCES, normalizeArabic } from "../../../nlp/index.js";
import type { Audience } from "../../../storage/index.js";

type Target = { kind: "province" | "type"; id: string };

let names: Map<string, Target> | null = null;

const norm = (s: string) => normalizeArabic(s.trim().toLowerCase()).replace(/\s+/g, " ").trim();

function vocabulary(): Map<string, Target> {
  if (names) return names;
  const i18n = createI18n();
  const m = new Map<string, Target>();
  for (const id of PROVINCES) {
    m.set(id, { kind: "province", id });
    for (const l of LOCALES) m.set(norm(i18n.t(l, `province-${id}`)), { kind: "province", id });
  }
  for (const id of ATTACK_TYPES) {
    m.set(id, { kind: "type", id });
    for (const l of LOCALES) m.set(norm(i18n.t(l, `type-${id}`)), { kind: "type", id });
  }
  names = m;
  return m;
}

export interface ParsedAudience {
  audience: Audience;
  unknown: string[];
}

/** Comma-separated (or space-separated) provinces and types; "all" or nothing = everyone. */
export function parseAudienceArgs(args: string): ParsedAudience {
  const vocab = vocabulary();
  const provinces = new Set<string>();
  const types = new Set<string>();
  const unknown: string[] = [];
  const add = (t: Target) => (t.kind === "province" ? provinces : types).add(t.id);
  for (const part of args.split(/[,،؛;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const whole = vocab.get(norm(part));
    if (whole) {
      add(whole);
      continue;
    }
    for (const word of part.split(/\s+/)) {
      const w = norm(word);
      if (w === "all" || w === norm("الكل") || w === norm("الجميع")) continue;
      const t = vocab.get(w) ?? vocab.get(w.replace(/^ال/, ""));
      if (t) add(t);
      else unknown.push(word);
    }
  }
  return {
    audience: { ...(provinces.size ? { provinces: [...provinces] } : {}), ...(types.size ? { types: [...types] } : {}) },
    unknown,
  };
}

/** "Baghdad, Basra · Drone attack" or "everyone". */
export function describeAudience(a: Audience, t: Translate): string {
  const parts = [
    (a.provinces ?? []).map((p) => t(`province-${p}`)).join("، "),
    (a.types ?? []).map((x) => t(`type-${x}`)).join("، "),
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : t("admin-audience-all");
}
