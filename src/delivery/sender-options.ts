// What a sender is given: the database, the Bot API, the renderer, Telegram's
// limits and the hooks the service listens on.
import type { Api } from "grammy";
import type { Logger } from "../log.js";
import type { Config } from "../config.js";
import type { Renderer } from "../alerts/index.js";
import type { Db, Delivery } from "../storage/index.js";
import type { BulkFailure } from "./bulk-watch.js";
import type { FlushSummary } from "./failures.js";
import type { SendingInstance } from "./instances.js";
import type { SendLimits } from "./rate-windows.js";

export interface SenderOptions {
  db: Db;
  api: Api;
  log: Logger;
  render: Renderer;
  /** messages per second overall (shorthand for limits.perSecond) */
  ratePerSecond?: number;
  limits?: Partial<SendLimits>;
  /** requests in flight at once (default 8) */
  concurrency?: number;
  /** attempts for 5xx and network errors before a row fails (default 8) */
  maxAttempts?: number;
  /** the longest retry_after accepted before the message is failed (seconds, default 600) */
  maxRetryAfterSec?: number;
  /** called once when more than half of the last sends failed (again only after they recovered) */
  onBulkFailure?: (info: BulkFailure) => void;
  /** called after each pass of the background loop (metrics) */
  onPass?: (summary: FlushSummary) => void;
  /** called when Telegram accepted a message (metrics: latency from enqueue) */
  onSent?: (delivery: Delivery) => void;
  /** the other instances sending from this outbox (default: none, see delivery/instances.ts) */
  instance?: SendingInstance;
}

/** Sender options from the configuration (everything but db, api, log, render). */
export function senderOptionsFromConfig(config: Config): Pick<SenderOptions, "limits" | "concurrency" | "maxRetryAfterSec"> {
  return {
    limits: {
      perSecond: config.SEND_RATE_PER_SEC,
      perChatPerSecond: config.SEND_PER_CHAT_PER_SEC,
      perGroupPerMinute: config.SEND_PER_GROUP_PER_MIN,
      paid: config.PAID_BROADCAST,
    },
    concurrency: config.SEND_CONCURRENCY,
    maxRetryAfterSec: config.SEND_MAX_RETRY_AFTER_SEC,
  };
}
