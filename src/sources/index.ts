export { Poller, type PollerOptions, type PollSummary, type SourceResult } from "./poller.js";
export { describeFailure } from "./schedule.js";
export { readSourcesFile, seedSources, type SourceEntry } from "./catalog.js";
export { readSource, type SourceSpec, type ReadResult } from "./read.js";
export { itemKey, type SourceItem } from "./items.js";
export { FetchError, DEFAULT_LIMITS, type HttpLimits } from "./fetched.js";
export { ParseError } from "./parse.js";
export { isTelegramChannelUrl, telegramPreviewUrl } from "./telegram-channel.js";
export { embeddedIpv4, isPrivateAddress, publicOnlyLookup } from "./address.js";
