// Callback data of the inline menus: short "kind:arg" strings (Telegram allows
// 64 bytes), decoded with zod. Anything else (an old menu, a forged press)
// decodes to null and is answered gracefully.
import { z } from "zod";
import { ATTACK_TYPES, PROVINCES } from "../nlp/index.js";

export const MENUS = ["settings", "provinces", "types", "districts", "severity", "lang", "keywords", "close"] as const;
export const SEVERITIES = ["all", "casualties", "deaths"] as const;
export type Menu = (typeof MENUS)[number];
export type Severity = (typeof SEVERITIES)[number];

const province = z.enum(PROVINCES);
const schema = z.union([
  z.tuple([z.literal("p"), z.enum([...PROVINCES, "all", "none"])]).transform(([, id]) => ({ k: "prov" as const, id })),
  z.tuple([z.literal("t"), z.enum([...ATTACK_TYPES, "all", "none"])]).transform(([, id]) => ({ k: "type" as const, id })),
  z.tuple([z.literal("dm"), province]).transform(([, id]) => ({ k: "dmenu" as const, province: id })),
  z.tuple([z.literal("d"), z.string().regex(/^[\w/-]{1,48}$/)]).transform(([, id]) => ({ k: "dist" as const, id })),
  z.tuple([z.literal("da"), province]).transform(([, id]) => ({ k: "dall" as const, province: id })),
  z.tuple([z.literal("s"), z.enum(SEVERITIES)]).transform(([, level]) => ({ k: "sev" as const, level })),
  z.tuple([z.literal("l"), z.enum(["ar", "en"])]).transform(([, locale]) => ({ k: "lang" as const, locale })),
  z.tuple([z.literal("m"), z.enum(MENUS)]).transform(([, name]) => ({ k: "menu" as const, name })),
  z.tuple([z.literal("x"), z.enum(["yes", "no"])]).transform(([, a]) => ({ k: "stop" as const, confirm: a === "yes" })),
  z.tuple([z.literal("kr"), z.enum(["any", "none"]), z.coerce.number().int().min(0).max(99)])
    .transform(([, list, i]) => ({ k: "kwdel" as const, list, i })),
  z.tuple([z.literal("kc")]).transform(() => ({ k: "kwclear" as const })),
]);

export type Action = z.infer<typeof schema>;

export function decodeAction(data: string): Action | null {
  if (data.length > 64) return null;
  const parsed = schema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : null;
}

/** The callback data of an action (the inverse of decodeAction). */
export function encodeAction(a: Action): string {
  switch (a.k) {
    case "prov": return `p:${a.id}`;
    case "type": return `t:${a.id}`;
    case "dmenu": return `dm:${a.province}`;
    case "dist": return `d:${a.id}`;
    case "dall": return `da:${a.province}`;
    case "sev": return `s:${a.level}`;
    case "lang": return `l:${a.locale}`;
    case "menu": return `m:${a.name}`;
    case "stop": return `x:${a.confirm ? "yes" : "no"}`;
    case "kwdel": return `kr:${a.list}:${a.i}`;
    case "kwclear": return "kc";
  }
}
