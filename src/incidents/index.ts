export { ingestPending, type IngestResult } from "./store.js";
