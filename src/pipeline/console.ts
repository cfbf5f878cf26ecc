// Console mode (no bot token): each new or updated alert printed as an Arabic
// subscriber would read it, in place of the outbox.
import type { I18n } from "@grammyjs/i18n";
import { incidentsWithNewVersion, markIncidentQueued, type Db } from "../storage/index.js";
import { translator } from "../i18n.js";
import { renderIncident } from "../alerts/index.js";

/** Returns the printer: prints every incident whose latest version is not shown yet, and how many it printed. */
export function consolePrinter(db: Db, i18n: I18n<any>, timeZone: string, out: (text: string) => void): () => Promise<number> {
  const t = translator(i18n, "ar");
  return async () => {
    const incidents = await incidentsWithNewVersion(db);
    for (const incident of incidents) {
      const html = await renderIncident(db, incident, t, "ar", timeZone, { updated: incident.enqueuedVersion > 0 });
      out(htmlToText(html));
      await markIncidentQueued(db, incident.id, incident.version);
    }
    return incidents.length;
  };
}

/** Telegram HTML → terminal text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 ($1)")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}
