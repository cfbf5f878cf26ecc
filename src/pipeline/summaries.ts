// The processing cycle's summary step: the incidents whose current version has no
// model summary yet, each asked of the summarizer (alerts/summarize.ts), and the
// answer, or its failure, stored on the incident through storage/.
import { incidentsToSummarize, recordSummary, type Db } from "../storage/index.js";
import type { Summarizer } from "../alerts/index.js";
import type { Logger } from "../log.js";

/**
 * Summarises every incident whose current version has no model summary yet
 * (only recent ones: enabling the feature does not walk the whole history).
 * Call it after the incidents are stored and before their alerts are enqueued.
 */
export async function summarizePending(
  db: Db, summarize: Summarizer | null, log: Logger, opts: { now?: Date; maxAgeMin?: number; concurrency?: number } = {},
): Promise<{ summarized: number; failed: number }> {
  const out = { summarized: 0, failed: 0 };
  if (!summarize) return out;
  const since = new Date((opts.now ?? new Date()).getTime() - (opts.maxAgeMin ?? 180) * 60_000);
  const incidents = await incidentsToSummarize(db, since, 50);
  const queue = [...incidents];
  const worker = async () => {
    for (let incident = queue.shift(); incident; incident = queue.shift()) {
      const reports = [...new Set(incident.reports.map((r) => `${r.title}\n${r.text}`.trim()))];
      let summaryAi: string | null = null;
      try {
        summaryAi = await summarize({ reports });
        out.summarized++;
      } catch (err) {
        out.failed++;
        log.warn({ incidentId: incident.id, err }, "abstractive summary failed; the built-in summary is used");
      }
      // Recorded either way, for this version: a failure is not retried at every cycle.
      await recordSummary(db, incident, summaryAi);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, queue.length) }, worker));
  return out;
}
