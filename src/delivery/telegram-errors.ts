// The Telegram-error policy: what each answer of the Bot API means for the
// message and for the chat. Pure (the sender applies the decision):
//   429                    → every send waits exactly retry_after (capped)
//   an edit changing nothing → counts as sent
//   an edit too old or deleted → marked sent with a note (not worth a new message)
//   migrate_to_chat_id     → follow the group to its supergroup, send again there
//   forum topic gone       → send to the group itself
//   403, "chat not found"… → the chat is gone: deactivate, cancel what it is owed
//   5xx, network errors    → retry with backoff, slowing the whole sender
//   anything else          → the message fails
import { GrammyError } from "grammy";

export type SendFailure =
  | { kind: "rate-limited"; retryAfterSec: number }
  | { kind: "edit-unchanged" }
  | { kind: "edit-impossible" }
  | { kind: "migrated"; to: bigint }
  | { kind: "topic-gone" }
  | { kind: "chat-gone" }
  | { kind: "transient" }
  | { kind: "rejected" };

const CHAT_GONE = /chat not found|user is deactivated|bot was kicked|bot was blocked|group chat was deleted|PEER_ID_INVALID/i;
const NOT_MODIFIED = /message is not modified/i;
const NOT_EDITABLE = /message to edit not found|message can't be edited|MESSAGE_ID_INVALID/i;
const NO_THREAD = /message thread not found|TOPIC_CLOSED|TOPIC_DELETED/i;

/** One line for logs and Delivery.lastError. */
export const describeError = (err: unknown): string =>
  err instanceof GrammyError ? `${err.error_code} ${err.description}` : err instanceof Error ? err.message : String(err);

/** A chat the bot can no longer write to (blocked, kicked, deleted), from an error of any Bot API call. */
export const isChatGone = (err: unknown): boolean =>
  err instanceof GrammyError && (err.error_code === 403 || (err.error_code === 400 && CHAT_GONE.test(err.description)));

/**
 * What a failed send means. `edit`: the message was an editMessageText;
 * `subscribed`: the chat is a known subscriber (whose topic can be forgotten). An error that
 * is not Telegram's answer (network, the renderer) counts as transient.
 */
export function classifySendError(err: unknown, o: { edit: boolean; subscribed: boolean }): SendFailure {
  const api = err instanceof GrammyError ? err : null;
  if (api?.error_code === 429) return { kind: "rate-limited", retryAfterSec: api.parameters.retry_after ?? 1 };
  if (o.edit && api && NOT_MODIFIED.test(api.description)) return { kind: "edit-unchanged" };
  if (o.edit && api?.error_code === 400 && NOT_EDITABLE.test(api.description)) return { kind: "edit-impossible" };
  const migrateTo = api?.parameters.migrate_to_chat_id;
  if (migrateTo !== undefined) return { kind: "migrated", to: BigInt(migrateTo) };
  if (api?.error_code === 400 && NO_THREAD.test(api.description) && o.subscribed) return { kind: "topic-gone" };
  if (isChatGone(err)) return { kind: "chat-gone" };
  if (!api || api.error_code >= 500) return { kind: "transient" }; // HttpError (network) is not an api answer
  return { kind: "rejected" };
}
