export { ingestPending, type IngestResult } from "./store.js";
export { Clusterer, type ClusterReport, type Clustered } from "./clusterer.js";
export { printMergeReport } from "./evaluate.js";
export { printAlertRounds } from "./evaluate-alerts.js";
