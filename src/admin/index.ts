// The logic of the admin commands, apart from their grammY handlers
// (bot/features/admin/): the audit log, broadcasts, the feed sources, the
// /stats figures and pictures. The bot imports it from here.
export { audit, isAdmin, type AuditEntry } from "./audit.js";
export { broadcastProgress, settleBroadcast, startBroadcast, stopBroadcast, type Progress } from "./broadcast.js";
export {
  addSource, analyzeLatest, findSource, pauseSource, probeSource, removeSource, resumeSource, specFor,
  type AddResult, type FetchOptions, type Probe, type TestedItem,
} from "./sources.js";
export { checkSourceUrl, type Lookup, type UrlCheck } from "./ssrf.js";
export { gatherStats, type Counted, type Stats } from "./stats.js";
export { chartSeries, incidentsChartPng } from "./chart.js";
export { provinceMapPng } from "./map-png.js";
