// The map page in the browser (bundled with d3-geo into /map/app.js by
// ../bundle.ts; no other script, no request outside the service). It draws the
// provinces from /map/provinces.json, the incidents of the chosen range from
// /map/api/incidents, and, when opened from the bot as a Mini App, lets the user
// follow or unfollow a province or a type with one tap (/map/api/toggle,
// authenticated by Telegram's initData).
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { shadeRgb } from "../../geo/shade.js";

type Locale = "ar" | "en";
interface Words { ui: Record<string, string>; province: Record<string, string>; type: Record<string, string> }
interface Config {
  lang: Locale;
  publicMap: boolean;
  colours: Record<string, string>;
  provinces: string[];
  types: string[];
  words: Record<Locale, Words>;
}
interface MapIncident {
  id: number; type: string; province: string | null; lat: number | null; lon: number | null; precision: number | null;
  killed: number | null; injured: number | null; casualties: number | null; title: string; toll: string | null; alertHtml: string;
}
interface Selection { all: boolean; ids: string[] }
interface Settings { subscribed: boolean; language: Locale; provinces: Selection; types: Selection }
interface ProvinceFeature { type: "Feature"; properties: { id: string }; geometry: GeoPermissibleObjects }

const SVG = "http://www.w3.org/2000/svg";
const config = JSON.parse(document.getElementById("map-config")!.textContent) as Config;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** initData as Telegram gives it: from telegram-web-app.js when present, else from the launch URL's fragment. */
function telegramInitData(): string {
  const w = window as unknown as { Telegram?: { WebApp?: { initData?: string; ready?: () => void; expand?: () => void } } };
  const app = w.Telegram?.WebApp;
  if (app?.initData) {
    app.ready?.();
    app.expand?.();
    return app.initData;
  }
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("tgWebAppData");
  if (fromHash) {
    // the same "ready" signal telegram-web-app.js would send, without loading it from outside
    const proxy = (window as unknown as { TelegramWebviewProxy?: { postEvent(e: string, d: string): void } }).TelegramWebviewProxy;
    if (proxy) proxy.postEvent("web_app_ready", "");
    else window.parent?.postMessage(JSON.stringify({ eventType: "web_app_ready", eventData: {} }), "*");
  }
  return fromHash ?? "";
}

const initData = telegramInitData();
const params = new URLSearchParams(location.search);
const state = {
  lang: config.lang,
  range: params.get("range") ?? (params.get("incident") ? "30d" : "24h"),
  focus: Number(params.get("incident")) || null,
  incidents: [] as MapIncident[],
  counts: {} as Record<string, number>,
  settings: null as Settings | null,
  /** why the settings cannot be changed here (no or refused initData), shown as the hint */
  lockedReason: null as string | null,
};

const w = () => config.words[state.lang];
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));

async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T | null }> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (initData) headers["authorization"] = `tma ${initData}`;
  if (init.body) headers["content-type"] = "application/json";
  const res = await fetch(path, { ...init, headers });
  let body: T | null;
  try {
    body = (await res.json()) as T;
  } catch {
    body = null;
  }
  return { status: res.status, body };
}

// ---- drawing ---------------------------------------------------------------

const WIDTH = 400;
let shapes: ProvinceFeature[] = [];
let project: (lon: number, lat: number) => [number, number] = () => [0, 0];
const svg = $("map") as unknown as SVGSVGElement;
const provinceLayer = document.createElementNS(SVG, "g");
const labelLayer = document.createElementNS(SVG, "g");
const pointLayer = document.createElementNS(SVG, "g");
svg.append(provinceLayer, labelLayer, pointLayer);

function drawProvinces(): void {
  const collection = { type: "FeatureCollection", features: shapes } as unknown as GeoPermissibleObjects;
  const projection = geoMercator().fitWidth(WIDTH - 16, collection);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0) + 16;
  projection.translate([projection.translate()[0] + 8, projection.translate()[1] - y0 + 8]);
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
  project = (lon, lat) => projection([lon, lat]) ?? [0, 0];
  provinceLayer.replaceChildren();
  labelLayer.replaceChildren();
  for (const f of shapes) {
    const el = document.createElementNS(SVG, "path");
    el.setAttribute("d", path(f.geometry) ?? "");
    el.setAttribute("class", "province");
    el.dataset["province"] = f.properties.id;
    el.addEventListener("click", () => void tapProvince(f.properties.id));
    provinceLayer.append(el);
    const [x, y] = path.centroid(f.geometry);
    const label = document.createElementNS(SVG, "text");
    label.setAttribute("x", x.toFixed(1));
    label.setAttribute("y", y.toFixed(1));
    label.setAttribute("class", "label");
    label.dataset["province"] = f.properties.id;
    labelLayer.append(label);
  }
}

const shade = (n: number, max: number): string => `rgb(${shadeRgb(n, max).join(",")})`;

// (a combined figure «مقتل وإصابة 15» counts as the victims it tells, when the split says fewer)
const radius = (i: MapIncident) => Math.min(16, 4 + 2.2 * Math.sqrt(Math.max((i.killed ?? 0) + (i.injured ?? 0), i.casualties ?? 0)));

function render(): void {
  const words = w();
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.body.classList.toggle("app", state.settings !== null);
  document.title = words.ui["title"]!;
  $("title").textContent = words.ui["title"]!;
  $("types-title").textContent = words.ui["types"]!;
  $("sheet-close").textContent = words.ui["close"]!;

  const ranges = $("ranges");
  ranges.replaceChildren(...["24h", "7d", "30d"].map((r) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = words.ui[`range-${r}`]!;
    b.setAttribute("role", "tab");
    b.setAttribute("aria-selected", String(r === state.range));
    b.dataset["range"] = r;
    b.addEventListener("click", () => {
      state.range = r;
      void loadIncidents();
    });
    return b;
  }));

  const followedProvinces = state.settings && !state.settings.provinces.all ? new Set(state.settings.provinces.ids) : new Set<string>();
  const max = Math.max(0, ...Object.values(state.counts));
  for (const el of provinceLayer.querySelectorAll<SVGPathElement>(".province")) {
    const id = el.dataset["province"]!;
    const n = state.counts[id] ?? 0;
    el.style.fill = shade(n, max);
    el.classList.toggle("followed", followedProvinces.has(id));
    el.dataset["count"] = String(n);
    let title = el.querySelector<SVGTitleElement>("title");
    if (!title) {
      title = document.createElementNS(SVG, "title");
      el.append(title);
    }
    title.textContent = `${words.province[id]}: ${n}`;
  }
  for (const el of labelLayer.querySelectorAll<SVGTextElement>(".label")) {
    const id = el.dataset["province"]!;
    const n = state.counts[id] ?? 0;
    el.textContent = n ? `${words.province[id]} (${n})` : words.province[id]!;
  }

  pointLayer.replaceChildren();
  // biggest first, so that small points stay on top and tappable
  for (const i of [...state.incidents].sort((a, b) => radius(b) - radius(a))) {
    // placed in no province (a part of Iraq, or none): in the list only
    if (i.lat === null || i.lon === null) continue;
    const [x, y] = project(i.lon, i.lat);
    const c = document.createElementNS(SVG, "circle");
    c.setAttribute("cx", x.toFixed(1));
    c.setAttribute("cy", y.toFixed(1));
    c.setAttribute("r", radius(i).toFixed(1));
    c.setAttribute("class", "incident");
    c.style.fill = config.colours[i.type] ?? "#555";
    c.dataset["id"] = String(i.id);
    const title = document.createElementNS(SVG, "title");
    title.textContent = i.title + (i.toll ? ` — ${i.toll}` : "");
    c.append(title);
    c.addEventListener("click", (e) => {
      e.stopPropagation();
      openSheet(i);
    });
    pointLayer.append(c);
  }

  $("status").textContent = state.incidents.length ? fill(words.ui["count"]!, { n: state.incidents.length }) : words.ui["none"]!;
  const hint = state.settings ? words.ui["hint-app"]! : state.lockedReason ?? words.ui["hint-public"]!;
  const following = state.settings
    ? fill(words.ui["following"]!, { value: describe(state.settings.provinces, "province") + " · " + describe(state.settings.types, "type") })
    : "";
  $("following").textContent = [hint, following].filter(Boolean).join(" ");

  const followedTypes = state.settings && !state.settings.types.all ? new Set(state.settings.types.ids) : new Set<string>();
  $("chips").replaceChildren(...config.types.map((t) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip" + (followedTypes.has(t) ? " followed" : "");
    b.dataset["type"] = t;
    b.setAttribute("aria-pressed", String(followedTypes.has(t)));
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = config.colours[t] ?? "#555";
    b.append(dot, document.createTextNode(words.type[t]!));
    b.addEventListener("click", () => void tapType(t));
    return b;
  }));

  $("list").replaceChildren(...state.incidents.map((i) => {
    const li = document.createElement("li");
    li.dataset["id"] = String(i.id);
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = config.colours[i.type] ?? "#555";
    const text = document.createElement("div");
    text.append(document.createTextNode(i.title));
    if (i.toll) {
      const small = document.createElement("small");
      small.textContent = i.toll;
      text.append(small);
    }
    li.append(dot, text);
    li.addEventListener("click", () => openSheet(i));
    return li;
  }));
}

function describe(sel: Selection, kind: "province" | "type"): string {
  const words = w();
  if (sel.all) return words.ui[kind === "province" ? "all-provinces" : "all-types"]!;
  if (!sel.ids.length) return words.ui["nothing"]!;
  return sel.ids.map((id) => words[kind][id] ?? id).join(state.lang === "ar" ? "، " : ", ");
}

// ---- the alert sheet ---------------------------------------------------------

function openSheet(i: MapIncident): void {
  for (const c of pointLayer.querySelectorAll(".incident")) c.classList.toggle("selected", (c as SVGElement).dataset["id"] === String(i.id));
  const body = $("sheet-body");
  // alertHtml is the bot's own rendering: every feed text escaped, only <b>, <blockquote> and http(s) links
  body.innerHTML = i.alertHtml;
  for (const a of body.querySelectorAll("a")) {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  if (i.precision === null || i.precision > 1) {
    const note = document.createElement("p");
    note.style.color = "#777";
    note.textContent = `📍 ${w().ui[i.precision === null ? "unmapped" : "approximate"]}`;
    body.append(note);
  }
  $("sheet").hidden = false;
}

$("sheet-close").addEventListener("click", () => {
  $("sheet").hidden = true;
  for (const c of pointLayer.querySelectorAll(".incident.selected")) c.classList.remove("selected");
});

let toastTimer = 0;
function toast(text: string): void {
  const el = $("toast");
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (el.hidden = true), 2500);
}

// ---- following and unfollowing -------------------------------------------------

const follows = (sel: Selection, id: string) => sel.all || sel.ids.includes(id);

async function tap(kind: "province" | "type", id: string): Promise<void> {
  if (!state.settings) {
    toast(state.lockedReason ?? w().ui["open-from-bot"]!);
    return;
  }
  const res = await api<Settings>("/map/api/toggle", { method: "POST", body: JSON.stringify({ kind, id }) });
  if (res.status === 401) {
    state.settings = null;
    state.lockedReason = w().ui["open-from-bot"]!;
    render();
    toast(state.lockedReason);
    return;
  }
  if (res.status !== 200 || !res.body) {
    toast(w().ui["error"]!);
    return;
  }
  state.settings = res.body;
  const after = kind === "province" ? res.body.provinces : res.body.types;
  const name = w()[kind][id] ?? id;
  toast(fill(w().ui[follows(after, id) ? "followed" : "unfollowed"]!, { name }));
  render();
}

const tapProvince = (id: string) => tap("province", id);
const tapType = (id: string) => tap("type", id);

// ---- loading ---------------------------------------------------------------------

async function loadIncidents(): Promise<void> {
  const res = await api<{ counts: Record<string, number>; incidents: MapIncident[] }>(
    `/map/api/incidents?range=${encodeURIComponent(state.range)}&lang=${state.lang}`,
  );
  if (res.status === 200 && res.body) {
    state.incidents = res.body.incidents;
    state.counts = res.body.counts;
  } else {
    state.incidents = [];
    state.counts = {};
    if (res.status === 401) state.lockedReason = w().ui["open-from-bot"]!;
  }
  render();
  if (res.status !== 200) $("status").textContent = res.status === 401 ? w().ui["open-from-bot"]! : w().ui["error"]!;
  if (state.focus !== null) {
    const i = state.incidents.find((x) => x.id === state.focus);
    state.focus = null;
    if (i) openSheet(i);
  }
}

async function main(): Promise<void> {
  const [geo, me] = await Promise.all([
    fetch("/map/provinces.json").then((r) => r.json() as Promise<{ features: ProvinceFeature[] }>),
    initData ? api<Settings>("/map/api/me") : Promise.resolve(null),
  ]);
  shapes = geo.features;
  if (me?.status === 200 && me.body) {
    state.settings = me.body;
    state.lang = me.body.language;
  } else if (initData) {
    state.lockedReason = w().ui["open-from-bot"]!;
  }
  drawProvinces();
  render();
  await loadIncidents();
  document.body.dataset["ready"] = "1";
}

void main().catch(() => {
  $("status").textContent = w().ui["error"]!;
  document.body.dataset["ready"] = "error";
});
