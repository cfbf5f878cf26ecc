// Iraq's provinces as drawn: their outlines (boundaries.ts, from the boundary
// file in data/) and how a count shades one (shade.ts). Below the map page
// (web/) and the /stats picture (admin/), which both import it from here;
// the page's browser script imports shade.ts alone (no file reading there).
export { provinceShapes, provinceAt, splitRing } from "./boundaries.js";
export { shadeRgb } from "./shade.js";
