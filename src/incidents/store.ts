// Turns analysed stories into stored incidents, one transaction per feed item:
// either the item is processed with all its reports, or not at all.
import type { Db } from "../db/client.js";
import type { Incident } from "../generated/prisma/client.js";
import type { Logger } from "../log.js";
import { analyzeReport, normalizeArabic, type IncidentFacts, type Story } from "../nlp/index.js";

export interface IngestResult {
  items: number;
  stories: number;
  created: number[];
  attached: number[];
}

const BATCH = 100;

/** Analyses every stored feed item not yet processed. Safe to run again after a crash. */
export async function ingestPending(db: Db, log: Logger): Promise<IngestResult> {
  const result: IngestResult = { items: 0, stories: 0, created: [], attached: [] };
  for (;;) {
    const items = await db.feedItem.findMany({ where: { processedAt: null }, orderBy: { id: "asc" }, take: BATCH });
    if (items.length === 0) return result;
    for (const item of items) {
      let stories: Story[] = [];
      try {
        stories = analyzeReport({ title: item.title, text: item.text, publishedAt: item.publishedAt ?? item.seenAt });
      } catch (err) {
        log.error({ feedItemId: item.id, err: (err as Error).message }, "analysis failed; item skipped");
      }
      await db.$transaction(async (tx) => {
        for (const [index, story] of stories.entries()) {
          if (!story.incident) continue;
          result.stories++;
          const incident = await createIncident(tx as unknown as Db, story, story.incident);
          await tx.report.create({
            data: { feedItemId: item.id, storyIndex: index, incidentId: incident.id, facts: JSON.stringify(story.incident) },
          });
          result.created.push(incident.id);
        }
        await tx.feedItem.update({ where: { id: item.id }, data: { processedAt: new Date() } });
      });
      result.items++;
    }
  }
}

async function createIncident(db: Db, story: Story, f: IncidentFacts): Promise<Incident> {
  return db.incident.create({
    data: {
      type: f.type,
      province: f.provinces[0] ?? null,
      provinces: JSON.stringify(f.provinces),
      place: f.place,
      placeId: f.placeId,
      district: f.district,
      lat: f.coordinates?.lat ?? null,
      lon: f.coordinates?.lon ?? null,
      killed: f.killed,
      injured: f.injured,
      perpetrator: f.perpetrator,
      target: f.target,
      headline: story.headline,
      summary: f.summary,
      fingerprint: normalizeArabic(`${story.headline}\n${story.text}`).slice(0, 4000),
      occurredAt: f.occurredAt,
    },
  });
}
