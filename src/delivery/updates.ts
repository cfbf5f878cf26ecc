// Updates of incidents already alerted. When a later report raised the toll,
// named the place or the perpetrator (incidents/store.ts raised the version),
// every chat that got the alert has it edited to the new facts, and — when the
// toll rose and UPDATE_MODE is "edit+reply" — gets a short reply to it
// («ارتفاع حصيلة …»). A chat whose alert is still queued needs nothing: alerts
// are rendered with the latest facts at send time.
//
// Like the alert fan-out, it is crash-safe: rows are keyed edit:<incident>:<version>
// and reply:<incident>:<version> (unique with the chat), and the incident's
// enqueuedVersion moves to its version only once they are all written.
import {
  alertsInFlight, existingKeys, incidentsWithNewVersion, isPausedNow, recordUpdateQueued, sentAlerts,
  type Db, type Incident, type NewDelivery,
} from "../storage/index.js";
import { isQuietNow } from "../alerts/index.js";
import { tollRoseSince } from "../nlp/index.js";
import { fanOutAlert, PRIORITY } from "./outbox.js";

export type UpdateMode = "edit" | "edit+reply";

export interface UpdateOptions {
  mode: UpdateMode;
  now?: Date;
  /** for quiet hours: a reply in a chat's quiet hours arrives silently */
  timeZone?: string;
}

/** Payload of an "edit" row: the alert message to edit. */
export interface EditPayload {
  messageId: number;
}

/** Payload of a "reply" row: the alert to reply to and the toll it announced. */
export interface ReplyPayload {
  replyTo: number;
  killedBefore: number | null;
  injuredBefore: number | null;
  /** the combined figure it announced («مقتل وإصابة 15»); absent in rows queued before it was kept */
  casualtiesBefore?: number | null;
}

/** The incident's toll rose since its alert told one (nlp tollRoseSince): the reply is owed. */
export const tollRose = (i: Pick<Incident, "killed" | "injured" | "casualties" | "announcedKilled" | "announcedInjured" | "announcedCasualties">): boolean =>
  tollRoseSince(i, { killed: i.announcedKilled, injured: i.announcedInjured, casualties: i.announcedCasualties });

/** Enqueues the edits (and replies) owed for every incident updated since its alert went out. Returns rows written. */
export async function enqueuePendingUpdates(db: Db, opts: UpdateOptions): Promise<number> {
  const now = opts.now ?? new Date();
  const incidents = await incidentsWithNewVersion(db, { updatesOnly: true });
  let written = 0;
  for (const incident of incidents) written += await enqueueUpdate(db, incident, opts.mode, now, opts.timeZone);
  return written;
}

/** A sender that claimed an alert this long ago and never answered has died: its claim no longer holds. */
const CLAIM_STALE_MS = 5 * 60_000;

async function enqueueUpdate(db: Db, incident: Incident, mode: UpdateMode, now: Date, timeZone: string | undefined): Promise<number> {
  // An alert on its way has no message id yet, and may show the old or the new
  // facts: wait for its answer, the next pass edits it.
  if ((await alertsInFlight(db, incident.id, new Date(now.getTime() - CLAIM_STALE_MS))) > 0) return 0;
  const alerts = await sentAlerts(db, incident.id);
  const editKey = `edit:${incident.id}:${incident.version}`;
  const replyKey = `reply:${incident.id}:${incident.version}`;
  const reply = mode === "edit+reply" && tollRose(incident);
  const existing = await existingKeys(db, incident.id, [editKey, replyKey]);
  const rows: NewDelivery[] = [];
  for (const a of alerts) {
    const sub = a.subscriber;
    if (sub && !sub.active) continue;
    const messageId = a.messageId;
    const base = { chatId: a.chatId, subscriberId: a.subscriberId, incidentId: incident.id, priority: PRIORITY.update };
    if (!existing.has(`${editKey}|${a.chatId}`)) {
      rows.push({ ...base, key: editKey, kind: "edit", payload: JSON.stringify({ messageId } satisfies EditPayload), silent: true });
    }
    const paused = sub !== null && isPausedNow(sub, now);
    if (reply && !paused && !existing.has(`${replyKey}|${a.chatId}`)) {
      const payload: ReplyPayload = {
        replyTo: messageId, killedBefore: incident.announcedKilled, injuredBefore: incident.announcedInjured, casualtiesBefore: incident.announcedCasualties,
      };
      const quiet = a.silent || (sub !== null && timeZone !== undefined && isQuietNow(sub, now, timeZone));
      rows.push({ ...base, key: replyKey, kind: "reply", payload: JSON.stringify(payload), silent: quiet });
    }
  }
  // Chats the update made match get the alert itself (with the new facts).
  const fresh = await fanOutAlert(db, incident, now, timeZone ?? "Asia/Baghdad");
  await recordUpdateQueued(db, incident, editKey, rows);
  return rows.length + fresh;
}
