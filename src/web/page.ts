// GET /map: the page's HTML shell. Everything it shows is drawn by the bundled
// script (client/map.ts) from same-origin JSON; the words of both languages come
// from locales/ and travel in a JSON block, so the page can switch to the
// user's language once Telegram says who they are. Arabic and right-to-left
// unless the visitor's language is English.
import { LOCALES, type Locale, type AppI18n } from "../i18n.js";
import { ATTACK_TYPES, PROVINCES } from "../nlp/index.js";

/** One colour per attack type, told apart on a light map (also the /stats legend's order). */
export const TYPE_COLOURS: Record<string, string> = {
  ied: "#d62728", car_bomb: "#7b1113", suicide: "#6a1b9a", armed_attack: "#f57c00", rocket: "#d81b60", drone: "#00acc1",
  airstrike: "#1e40af", assassination: "#212121", kidnapping: "#8d6e63", clash: "#9e9d24", security_operation: "#2e7d32",
  other: "#757575",
};

const UI_KEYS = [
  "webmap-title", "webmap-range-24h", "webmap-range-7d", "webmap-range-30d", "webmap-hint-app", "webmap-hint-public",
  "webmap-open-from-bot", "webmap-count", "webmap-none", "webmap-following", "webmap-followed", "webmap-unfollowed",
  "webmap-all-provinces", "webmap-all-types", "webmap-nothing", "webmap-types", "webmap-close", "webmap-error",
  "webmap-approximate",
  "webmap-unmapped",
] as const;

export interface PageConfig {
  lang: Locale;
  publicMap: boolean;
  colours: Record<string, string>;
  provinces: readonly string[];
  types: readonly string[];
  /** per locale: UI words (placeholders as {name}), province and type names */
  words: Record<Locale, { ui: Record<string, string>; province: Record<string, string>; type: Record<string, string> }>;
}

export function pageConfig(i18n: AppI18n, lang: Locale, publicMap: boolean): PageConfig {
  const vars = { n: "{n}", value: "{value}", name: "{name}" };
  const words = Object.fromEntries(LOCALES.map((l) => [l, {
    ui: Object.fromEntries(UI_KEYS.map((k) => [k.slice("webmap-".length), i18n.t(l, k, vars)])),
    province: Object.fromEntries(PROVINCES.map((p) => [p, i18n.t(l, `province-${p}`)])),
    type: Object.fromEntries(ATTACK_TYPES.map((t) => [t, i18n.t(l, `type-${t}`)])),
  }])) as PageConfig["words"];
  return { lang, publicMap, colours: TYPE_COLOURS, provinces: PROVINCES, types: ATTACK_TYPES, words };
}

/** JSON inside <script type="application/json">: "<" escaped so no text can close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

export function mapPage(config: PageConfig, scriptVersion: string): string {
  const dir = config.lang === "ar" ? "rtl" : "ltr";
  const title = config.words[config.lang].ui["title"]!;
  return `<!doctype html>
<html lang="${config.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light">
<title>${title.replace(/[<&]/g, "")}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1 id="title">${title.replace(/[<&]/g, "")}</h1>
  <nav id="ranges" role="tablist"></nav>
</header>
<main>
  <div id="mapbox"><svg id="map" role="img" aria-labelledby="title"></svg></div>
  <p id="status" aria-live="polite"></p>
  <p id="following"></p>
  <section id="types"><h2 id="types-title"></h2><div id="chips"></div></section>
  <ul id="list"></ul>
</main>
<div id="toast" role="status" hidden></div>
<section id="sheet" hidden><button id="sheet-close" type="button"></button><div id="sheet-body"></div></section>
<script type="application/json" id="map-config">${scriptJson(config)}</script>
<script src="/map/app.js?v=${scriptVersion}"></script>
</body>
</html>
`;
}

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;background:#f7f5f2;color:#1d1d1f;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Tahoma,"Noto Sans Arabic",sans-serif}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #e4e0da;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px;align-items:center;justify-content:space-between}
h1{font-size:17px;margin:0}
h2{font-size:14px;margin:0 0 6px;color:#555}
nav{display:flex;gap:4px}
nav button{border:1px solid #cfc8bf;background:#fff;border-radius:16px;padding:4px 12px;font:inherit;font-size:13px;cursor:pointer}
nav button[aria-selected=true]{background:#1d1d1f;color:#fff;border-color:#1d1d1f}
main{max-width:720px;margin:0 auto;padding:8px}
#mapbox{background:#dfe9f0;border-radius:12px;overflow:hidden}
#map{display:block;width:100%;height:auto;touch-action:manipulation}
.province{stroke:#8a8177;stroke-width:.6;cursor:pointer;transition:fill .2s}
.province.followed{stroke:#1565c0;stroke-width:2.2}
.label{font-size:9px;fill:#3b3631;paint-order:stroke;stroke:#fff;stroke-width:2.5px;stroke-linejoin:round;pointer-events:none;text-anchor:middle}
.incident{stroke:#fff;stroke-width:1.2;fill-opacity:.85;cursor:pointer}
.incident.selected{stroke:#000;stroke-width:2.4}
#status,#following{margin:6px 2px;font-size:13px;color:#555}
#chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{display:inline-flex;align-items:center;gap:6px;border:1px solid #d6cfc6;background:#fff;border-radius:16px;padding:3px 10px;font:inherit;font-size:13px}
.chip .dot{width:10px;height:10px;border-radius:50%;display:inline-block}
.chip.followed{border-color:#1565c0;background:#e8f0fb}
.app .chip{cursor:pointer}
#types{margin:10px 0}
#list{list-style:none;margin:8px 0;padding:0}
#list li{background:#fff;border:1px solid #e4e0da;border-radius:10px;padding:8px 10px;margin:6px 0;cursor:pointer;display:flex;gap:8px;align-items:flex-start}
#list li .dot{flex:none;width:10px;height:10px;border-radius:50%;margin-top:6px}
#list small{color:#666;display:block}
#toast{position:fixed;inset-inline:12px;bottom:16px;z-index:4;background:#1d1d1f;color:#fff;border-radius:10px;padding:10px 14px;text-align:center}
#sheet{position:fixed;inset-inline:0;bottom:0;z-index:3;max-height:70vh;overflow:auto;background:#fff;border-radius:14px 14px 0 0;box-shadow:0 -4px 18px rgba(0,0,0,.18);padding:14px 16px 20px}
#sheet-body{white-space:pre-wrap;overflow-wrap:anywhere}
#sheet-body blockquote{margin:6px 0;padding-inline-start:10px;border-inline-start:3px solid #ccc}
#sheet-close{float:inline-end;border:0;background:#eee;border-radius:14px;padding:4px 12px;font:inherit;font-size:13px;cursor:pointer}
[hidden]{display:none!important}
`;
