export { renderAlert, escapeHtml, formatTime, type AlertSource } from "./format.js";
export { subscriberFilter, forEachMatchingPage } from "./match.js";
export { enqueuePendingIncidents } from "./outbox.js";
export { Sender, type Renderer, type RenderedMessage, type FlushSummary } from "./sender.js";
export { createRenderer, renderIncident, incidentSources } from "./messages.js";
