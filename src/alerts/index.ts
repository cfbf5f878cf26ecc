// What an alert is: who it matches beyond the audience (filters), how it
// reads (format), what a delivery row renders to at send time (messages),
// and the optional model summary.
export {
  renderAlert, renderHeadline, renderTollRise, placeText, tollText, escapeHtml, clipEscaped, formatTime, summaryOf,
  hasMapPoint, mapButtonData, parseMapButtonData, TEXT_LIMIT, CAPTION_LIMIT, type AlertSource, type RenderOptions,
} from "./format.js";
export {
  createRenderer, renderIncident, incidentSources, mapKeyboard,
  type RendererOptions, type Renderer, type RenderedMessage,
} from "./messages.js";
export { summarizerFromConfig, createSummarizer, type Summarizer } from "./summarize.js";
export {
  alertAudience, incidentMatches, incidentText, passesFineFilters, isQuietNow, minutesOfDay, normalizeKeyword, type SubscriberWithFilters,
} from "./filters.js";
export { mapPageLink, addMapLink, type MapLink, type MapPageOptions } from "./map-link.js";
