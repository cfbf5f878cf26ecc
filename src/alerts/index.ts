export {
  renderAlert, renderHeadline, renderTollRise, placeText, tollText, escapeHtml, clipEscaped, formatTime, summaryOf,
  hasMapPoint, mapButtonData, parseMapButtonData, TEXT_LIMIT, CAPTION_LIMIT, type AlertSource, type RenderOptions,
} from "./format.js";
export { subscriberFilter, forEachMatchingPage, type MatchedSubscriber } from "./match.js";
export {
  enqueuePendingIncidents, enqueueBroadcast, cancelBroadcast, broadcastProgress, recoverInterrupted, PRIORITY,
  type BroadcastProgress, type DeliveryState, type EnqueueOptions,
} from "./outbox.js";
export {
  Sender, senderOptionsFromConfig, migrateChat, deactivateChat,
  type Renderer, type RenderedMessage, type FlushSummary, type SenderOptions, type BulkFailure,
} from "./sender.js";
export { TelegramLimits, DEFAULT_LIMITS, isGroupChat, type SendLimits } from "./rate-limit.js";
export { createRenderer, renderIncident, incidentSources, mapKeyboard, type RendererOptions } from "./messages.js";
export { summarizePending, summarizerFromConfig, createSummarizer, type Summarizer } from "./summarize.js";
export { enqueuePendingUpdates, type UpdateMode } from "./updates.js";
export { incidentMatches, normalizeKeyword, type SubscriberWithFilters } from "./filters.js";
