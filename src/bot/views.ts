// What each menu shows: its text (in words, from locales/) and its inline
// keyboard, laid out two buttons a row so Arabic names fit a phone screen.
import { InlineKeyboard } from "grammy";
import { addMapLink, formatTime, type MapLink } from "../alerts/index.js";
import { isPausedNow } from "../storage/index.js";
import { ATTACK_TYPES, PROVINCES } from "../nlp/index.js";
import type { Translate } from "../i18n.js";
import { encodeAction, SEVERITIES, type Action } from "../callback-data.js";
import { districtName, districtsOf, findDistrict } from "./districts.js";
import { clock } from "./duration.js";
import { keywordList, provinceSelection, typeSelection, type Selection, type Sub } from "./subscriber.js";

export interface View {
  text: string; // Telegram HTML
  keyboard: InlineKeyboard;
}

export interface ViewEnv {
  t: Translate;
  locale: string;
  timeZone: string;
  now: Date;
  /** the map page's button for this chat (null: none; see alerts/map-link.ts) */
  mapLink?: MapLink | null;
}

const cb = (a: Action) => encodeAction(a);
const check = (on: boolean, label: string) => (on ? `✅ ${label}` : label);

function grid(kb: InlineKeyboard, buttons: { text: string; data: string }[], perRow = 2): InlineKeyboard {
  buttons.forEach((b, i) => {
    kb.text(b.text, b.data);
    if (i % perRow === perRow - 1) kb.row();
  });
  if (buttons.length % perRow) kb.row();
  return kb;
}

const backRow = (kb: InlineKeyboard, t: Translate) =>
  kb.text(t("btn-back"), cb({ k: "menu", name: "settings" })).text(t("btn-done"), cb({ k: "menu", name: "close" }));

export function joinList(t: Translate, items: string[]): string {
  return items.join(t("list-separator"));
}

function describeSelection(t: Translate, sel: Selection, prefix: "province" | "type"): string {
  if (sel.all) return t(`value-all-${prefix}s`);
  if (!sel.ids.length) return t("value-nothing");
  return joinList(t, sel.ids.map((id) => t(`${prefix}-${id}`)));
}

export function describeDistricts(sub: Sub, e: ViewEnv): string {
  if (!sub.districts.length) return e.t("value-all-districts");
  return joinList(e.t, sub.districts.map((d) => {
    const district = findDistrict(d.district);
    return district ? `${districtName(district, e.locale)} (${e.t(`province-${district.province}`)})` : d.district;
  }));
}

export function describeStatus(sub: Sub, e: ViewEnv): string {
  if (!isPausedNow(sub, e.now)) return e.t("status-active");
  if (!sub.pausedUntil) return e.t("status-paused");
  return e.t("status-paused-until", { time: formatTime(sub.pausedUntil, e.timeZone, e.locale) });
}

const words = (t: Translate, json: string) => {
  const list = keywordList(json);
  return list.length ? joinList(t, list.map((w) => `«${w}»`)) : t("value-none");
};

/** /settings: every filter in words, with buttons to change each. */
export function settingsView(sub: Sub, e: ViewEnv): View {
  const { t } = e;
  const quiet = sub.quietStart !== null && sub.quietEnd !== null
    ? t("quiet-range", { from: clock(sub.quietStart), to: clock(sub.quietEnd) })
    : t("quiet-off");
  const lines = [
    `<b>${t("settings-title")}</b>`,
    "",
    t("settings-provinces", { value: describeSelection(t, provinceSelection(sub), "province") }),
    t("settings-types", { value: describeSelection(t, typeSelection(sub), "type") }),
    t("settings-districts", { value: describeDistricts(sub, e) }),
    t("settings-severity", { value: t(`severity-${sub.minSeverity}`) }),
    t("settings-keywords-any", { value: words(t, sub.keywordsAny) }),
    t("settings-keywords-none", { value: words(t, sub.keywordsNone) }),
    t("settings-quiet", { value: quiet }),
    t("settings-status", { value: describeStatus(sub, e) }),
    t("settings-language", { value: t("language-name") }),
  ];
  lines.push("", t("settings-hint"));
  const kb = new InlineKeyboard()
    .text(t("btn-provinces"), cb({ k: "menu", name: "provinces" })).text(t("btn-types"), cb({ k: "menu", name: "types" })).row()
    .text(t("btn-districts"), cb({ k: "menu", name: "districts" })).text(t("btn-severity"), cb({ k: "menu", name: "severity" })).row()
    .text(t("btn-keywords"), cb({ k: "menu", name: "keywords" })).text(t("btn-lang"), cb({ k: "menu", name: "lang" })).row();
  addMapLink(kb, e.mapLink ?? null, t("webmap-button")).text(t("btn-done"), cb({ k: "menu", name: "close" }));
  return { text: lines.join("\n"), keyboard: kb };
}

/** The first menu after /start: the two filters most users set (and the map, where it can be opened). */
export function startKeyboard(t: Translate, mapLink: MapLink | null = null): InlineKeyboard {
  const kb = new InlineKeyboard()
    .text(t("btn-provinces"), cb({ k: "menu", name: "provinces" })).text(t("btn-types"), cb({ k: "menu", name: "types" })).row();
  return addMapLink(kb, mapLink, t("webmap-button")).text(t("btn-settings"), cb({ k: "menu", name: "settings" }));
}

function selectionView(sub: Sub, e: ViewEnv, kind: "province" | "type"): View {
  const { t } = e;
  const sel = kind === "province" ? provinceSelection(sub) : typeSelection(sub);
  const ids: readonly string[] = kind === "province" ? PROVINCES : ATTACK_TYPES;
  const action = (id: string): Action => ({ k: kind === "province" ? "prov" : "type", id }) as Action;
  const kb = grid(new InlineKeyboard(), ids.map((id) => ({ text: check(!sel.all && sel.ids.includes(id), t(`${kind}-${id}`)), data: cb(action(id)) })));
  kb.text(check(sel.all, t(`btn-all-${kind}s`)), cb(action("all"))).text(check(!sel.all && !sel.ids.length, t("btn-none")), cb(action("none"))).row();
  backRow(kb, t);
  const text = [
    t(`menu-${kind}s`),
    "",
    t("menu-current", { value: describeSelection(t, sel, kind) }),
    ...(!sel.all && !sel.ids.length ? ["", t("menu-nothing-warning")] : []),
  ].join("\n");
  return { text, keyboard: kb };
}

export const provincesView = (sub: Sub, e: ViewEnv) => selectionView(sub, e, "province");
export const typesView = (sub: Sub, e: ViewEnv) => selectionView(sub, e, "type");

/** Districts: first the provinces the chat follows, then the districts of one. */
export function districtsView(sub: Sub, e: ViewEnv): View {
  const { t } = e;
  const sel = provinceSelection(sub);
  const provinces = (sel.all ? [...PROVINCES] : sel.ids).filter((p) => districtsOf(p).length);
  const chosen = new Set(sub.districts.map((d) => d.district));
  const kb = grid(new InlineKeyboard(), provinces.map((p) => {
    const n = districtsOf(p).filter((d) => chosen.has(d.id)).length;
    return { text: n ? `${t(`province-${p}`)} (${n})` : t(`province-${p}`), data: cb({ k: "dmenu", province: p } as Action) };
  }));
  backRow(kb, t);
  const text = provinces.length
    ? [t("menu-districts"), "", t("menu-current", { value: describeDistricts(sub, e) })].join("\n")
    : t("menu-districts-unavailable");
  return { text, keyboard: kb };
}

export function provinceDistrictsView(sub: Sub, province: string, e: ViewEnv): View {
  const { t } = e;
  const list = districtsOf(province);
  const chosen = new Set(sub.districts.map((d) => d.district));
  const none = !list.some((d) => chosen.has(d.id));
  const kb = grid(new InlineKeyboard(), list.map((d) => ({ text: check(chosen.has(d.id), districtName(d, e.locale)), data: cb({ k: "dist", id: d.id }) })));
  kb.text(check(none, t("btn-all-districts")), cb({ k: "dall", province } as Action)).row();
  kb.text(t("btn-back"), cb({ k: "menu", name: "districts" })).text(t("btn-done"), cb({ k: "menu", name: "close" }));
  return { text: t("menu-province-districts", { province: t(`province-${province}`) }), keyboard: kb };
}

export function severityView(sub: Sub, e: ViewEnv): View {
  const { t } = e;
  const kb = new InlineKeyboard();
  for (const s of SEVERITIES) kb.text(check(sub.minSeverity === s, t(`severity-${s}`)), cb({ k: "sev", level: s })).row();
  backRow(kb, t);
  return { text: t("menu-severity"), keyboard: kb };
}

/** Each language is offered under its own name (`language-name` of that locale). */
export function langView(e: ViewEnv, nameIn: (locale: "ar" | "en") => string): View {
  const kb = new InlineKeyboard()
    .text(check(e.locale === "ar", nameIn("ar")), cb({ k: "lang", locale: "ar" }))
    .text(check(e.locale === "en", nameIn("en")), cb({ k: "lang", locale: "en" })).row();
  backRow(kb, e.t);
  return { text: e.t("menu-lang"), keyboard: kb };
}

export function keywordsView(sub: Sub, e: ViewEnv): View {
  const { t } = e;
  const any = keywordList(sub.keywordsAny);
  const none = keywordList(sub.keywordsNone);
  const kb = new InlineKeyboard();
  any.forEach((w, i) => kb.text(`🗑 ${w}`, cb({ k: "kwdel", list: "any", i })).row());
  none.forEach((w, i) => kb.text(`🗑 🚫 ${w}`, cb({ k: "kwdel", list: "none", i })).row());
  if (any.length || none.length) kb.text(t("btn-keywords-clear"), cb({ k: "kwclear" })).row();
  backRow(kb, t);
  const text = [
    t("menu-keywords"),
    "",
    t("settings-keywords-any", { value: words(t, sub.keywordsAny) }),
    t("settings-keywords-none", { value: words(t, sub.keywordsNone) }),
  ].join("\n");
  return { text, keyboard: kb };
}
