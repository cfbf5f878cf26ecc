// The one codec of callback data, for every button the service sends: the
// subscribers' menus, the map pin under an alert ("map:<incident>", written
// by the renderer) and the admins' broadcast buttons ("adm:bc:go|x:<id>").
// Short "kind:arg" strings (Telegram allows 64 bytes), decoded with zod.
// Anything else (an old menu, a forged press) decodes to null and is answered
// gracefully; a forged id only finds nothing.
import { z } from "zod";
import { ATTACK_TYPES, PROVINCES } from "./nlp/index.js";

export const MENUS = ["settings", "provinces", "types", "districts", "severity", "lang", "keywords", "close"] as const;
export const SEVERITIES = ["all", "casualties", "deaths"] as const;
export type Menu = (typeof MENUS)[number];
export type Severity = (typeof SEVERITIES)[number];

const province = z.enum(PROVINCES);
/** A row id: 1 to 9 digits, nothing else. */
const id = z.string().regex(/^\d{1,9}$/).transform(Number);
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
  // a map pin with a bad id is still a map pin: its feature answers that the place is unavailable
  z.tuple([z.literal("map"), z.string()])
    .transform(([, s]) => ({ k: "map" as const, incident: /^\d{1,9}$/.test(s) ? Number(s) : null })),
  z.tuple([z.literal("adm"), z.literal("bc"), z.enum(["go", "x"]), id])
    .transform(([, , op, broadcast]) => ({ k: "broadcast" as const, op, broadcast })),
]);

/** Actions only admins may press (the admin feature's guard). */
export const isAdminAction = (a: Action | null | undefined): boolean => a?.k === "broadcast";

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
    case "map": return `map:${a.incident}`;
    case "broadcast": return `adm:bc:${a.op}:${a.broadcast}`;
  }
}
