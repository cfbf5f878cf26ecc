// One claimed row to Telegram: rendered, sent (or edited), and its answer
// acted on — "sent" queued for the group commit, or the error policy applied
// (failures.ts). The sender loop decides when; this decides what.
import { GrammyError, type Api } from "grammy";
import type { RenderedMessage, Renderer } from "../alerts/index.js";
import type { Delivery, DeliveryChange } from "../storage/index.js";
import type { BulkWatch } from "./bulk-watch.js";
import type { FailureHandler, FlushSummary } from "./failures.js";
import type { Slot } from "./rate-windows.js";
import type { SentRecorder } from "./writes.js";

export interface DispatchContext {
  api: Api;
  render: Renderer;
  failures: FailureHandler;
  bulk: BulkWatch;
  recorder: SentRecorder;
  putBack(d: Delivery, change: DeliveryChange): Promise<void>;
  onSent?: (delivery: Delivery) => void;
}

/** Sends `d` in its rate-window `slot` (released once Telegram answered) and records the outcome in `summary`. */
export async function dispatch(c: DispatchContext, d: Delivery, slot: Slot, summary: FlushSummary): Promise<void> {
  let message: RenderedMessage | null;
  try {
    message = await c.render(d);
  } catch (err) {
    slot.done(false);
    return c.failures.handle(d, err, summary);
  }
  if (!message) {
    slot.done(false);
    await c.putBack(d, { state: "cancelled", lastError: "nothing to send" });
    summary.cancelled++;
    return;
  }
  try {
    const messageId = await send(c.api, d, message, slot.paid);
    slot.done();
    c.failures.succeeded();
    c.bulk.record(true);
    c.recorder.push(d.id, messageId);
    summary.sent++;
    c.onSent?.(d);
  } catch (err) {
    // Telegram's own error answer is a round trip; a network failure (grammY's HttpError) may not have left
    slot.done(err instanceof GrammyError);
    await c.failures.handle(d, err, summary, message);
  }
}

/** The Bot API call for a rendered message: a new message, or an edit of one already sent. Returns its message id. */
async function send(api: Api, d: Delivery, m: RenderedMessage, paid: boolean): Promise<number> {
  const chatId = Number(d.chatId);
  const common = {
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    ...(m.replyMarkup ? { reply_markup: m.replyMarkup } : {}),
  };
  if (m.editMessageId !== undefined) {
    await api.editMessageText(chatId, m.editMessageId, m.text, common);
    return m.editMessageId;
  }
  const sent = await api.sendMessage(chatId, m.text, {
    ...common,
    ...(m.silent ? { disable_notification: true } : {}),
    ...(m.threadId ? { message_thread_id: m.threadId } : {}),
    ...(m.replyToMessageId !== undefined
      ? { reply_parameters: { message_id: m.replyToMessageId, allow_sending_without_reply: true } }
      : {}),
    ...(paid ? { allow_paid_broadcast: true } : {}),
  });
  return sent.message_id;
}
