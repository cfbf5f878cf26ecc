// Console mode (no bot token): each new or updated alert printed as an Arabic
// subscriber would read it, in place of the outbox; and, at start-up, one
// example alert, so that a newcomer sees what the service is for before any
// source has answered (offline, none will).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { incidentsWithNewVersion, markIncidentQueued, type Db } from "../storage/index.js";
import { translator, type AppI18n } from "../i18n.js";
import { renderAlert, renderIncident } from "../alerts/index.js";
import { analyzeReport } from "../nlp/index.js";

/** The page the example is read from: shipped with the product (examples/), not with the tests. */
export const EXAMPLE_PAGE = fileURLToPath(new URL("../../examples/seed-page.txt", import.meta.url));
const EXAMPLE_NAME = "examples/seed-page.txt";

/**
 * The first incident of the example page, rendered exactly as an alert (the real extractor and
 * renderer, dated `now`), between two lines that say it is an example; null when the page is missing
 * or holds no incident (the service runs without it).
 */
export function exampleAlert(i18n: AppI18n, timeZone: string, now = new Date(), page = EXAMPLE_PAGE): string | null {
  let text: string;
  try {
    text = readFileSync(page, "utf8");
  } catch {
    return null;
  }
  const f = analyzeReport({ title: "", text, publishedAt: now }).find((s) => s.incident)?.incident;
  if (!f) return null;
  const html = renderAlert(
    { ...f, casualties: f.casualties ?? null, summaryAi: null, summaryAiVersion: null, version: 1, updatedAt: now },
    { t: translator(i18n, "ar"), locale: "ar", timeZone, sources: [{ name: EXAMPLE_NAME, url: null }] },
  );
  return [
    `┄┄┄ مثال — EXAMPLE: how an alert reads (rendered from ${EXAMPLE_NAME}; not a live report) ┄┄┄`,
    htmlToText(html),
    "┄┄┄ end of the example — live alerts are printed on stdout as sources report them ┄┄┄",
  ].join("\n");
}

/** Returns the printer: prints every incident whose latest version is not shown yet, and how many it printed. */
export function consolePrinter(db: Db, i18n: AppI18n, timeZone: string, out: (text: string) => void): () => Promise<number> {
  const t = translator(i18n, "ar");
  return async () => {
    const incidents = await incidentsWithNewVersion(db);
    for (const incident of incidents) {
      const html = await renderIncident(db, incident, t, "ar", timeZone, { updated: incident.enqueuedVersion > 0 });
      out(htmlToText(html));
      await markIncidentQueued(db, incident);
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
