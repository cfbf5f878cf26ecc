export {
  renderAlert, renderHeadline, renderTollRise, placeText, tollText, escapeHtml, clipEscaped, formatTime, summaryOf,
  hasMapPoint, mapButtonData, parseMapButtonData, TEXT_LIMIT, CAPTION_LIMIT, type AlertSource, type RenderOptions,
} from "./format.js";
export { subscriberFilter, forEachMatchingPage } from "./match.js";
export { enqueuePendingIncidents } from "./outbox.js";
export { Sender, type Renderer, type RenderedMessage, type FlushSummary } from "./sender.js";
export { createRenderer, renderIncident, incidentSources, mapKeyboard, type RendererOptions } from "./messages.js";
export { summarizePending, summarizerFromConfig, createSummarizer, type Summarizer } from "./summarize.js";
