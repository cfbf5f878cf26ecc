// The delivery stage: the outbox (what each chat is owed, written before it is
// sent), the sender loop at Telegram's pace, the Telegram-error policy, the
// rate windows, and the group commit of what was sent.
export {
  enqueuePendingIncidents, enqueueBroadcast, enqueueNotice, cancelBroadcast, broadcastProgress, fanOutAlert, PRIORITY,
  type BroadcastProgress, type DeliveryState, type EnqueueOptions,
} from "./outbox.js";
export { enqueuePendingUpdates, tollRose, type UpdateMode, type EditPayload, type ReplyPayload } from "./updates.js";
export { Sender, senderOptionsFromConfig, type FlushSummary, type SenderOptions } from "./sender.js";
export type { BulkFailure } from "./bulk-watch.js";
export { sharedInstance, soloInstance, type SendingInstance } from "./instances.js";
export { TelegramLimits, DEFAULT_LIMITS, isGroupChat, type SendLimits } from "./rate-windows.js";
export { classifySendError, describeError, isChatGone, type SendFailure } from "./telegram-errors.js";
