// A few incidents as the service would have stored them (source → feed item →
// report → incident), for the map, the open-data goldens and the browser test.
import type { Db } from "../../src/storage/index.js";

export interface SeedIncident {
  type: string;
  province: string | null;
  place: string | null;
  placeId: string | null;
  district: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
  perpetrator?: string | null;
  target?: string | null;
  summary: string;
  occurredAt: Date;
  /** outlet names; each reports it with its own link */
  outlets: string[];
}

/** Incidents at fixed times relative to `now` (hours ago), each reported by the outlets named. */
export function sampleIncidents(now: Date): SeedIncident[] {
  const ago = (h: number) => new Date(now.getTime() - h * 3600_000);
  return [
    {
      type: "ied", province: "baghdad", place: "الطارمية", placeId: "baghdad/tarmiyah", district: "baghdad/tarmiyah",
      lat: 33.67, lon: 44.39, killed: 2, injured: 4, target: "security forces",
      summary: "قتل عنصرا أمن وأصيب أربعة آخرون بانفجار عبوة ناسفة في الطارمية شمال بغداد.",
      occurredAt: ago(3), outlets: ["السومرية نيوز", "شفق نيوز"],
    },
    {
      type: "rocket", province: "anbar", place: "قاعدة عين الأسد", placeId: null, district: null,
      lat: 33.8, lon: 42.44, killed: null, injured: null, perpetrator: "مجهولون",
      // a comma, a double quote and a line break: the CSV must quote them
      summary: "سقوط صاروخين على قاعدة عين الأسد، دون خسائر.\nوقال مصدر: \"لا إصابات\".",
      occurredAt: ago(20), outlets: ["شفق نيوز"],
    },
    {
      type: "armed_attack", province: "diyala", place: null, placeId: null, district: null,
      lat: null, lon: null, killed: 1, injured: 0, target: "civilians",
      summary: "مقتل مدني بهجوم مسلح في ديالى.",
      occurredAt: ago(50), outlets: ["السومرية نيوز"],
    },
    {
      type: "drone", province: "halabja", place: "خورمال", placeId: "halabja/khurmal", district: "halabja/khurmal",
      lat: 35.3, lon: 46.05, killed: 0, injured: 3,
      summary: "=إصابة ثلاثة أشخاص بقصف طائرة مسيّرة قرب خورمال.",
      occurredAt: ago(200), outlets: ["روداو"],
    },
  ];
}

/** Writes the incidents (ids 1, 2, … in a fresh database) with a report per outlet. */
export async function seedIncidents(db: Db, incidents: SeedIncident[], firstSeenDelayMin = 10): Promise<number[]> {
  const ids: number[] = [];
  for (const [k, s] of incidents.entries()) {
    const seen = new Date(s.occurredAt.getTime() + firstSeenDelayMin * 60_000);
    const incident = await db.incident.create({
      data: {
        type: s.type, province: s.province, provinces: JSON.stringify(s.province ? [s.province] : []), place: s.place,
        placeId: s.placeId, district: s.district, lat: s.lat, lon: s.lon, killed: s.killed, injured: s.injured,
        perpetrator: s.perpetrator ?? null, target: s.target ?? null, headline: s.summary.split("\n")[0]!, summary: s.summary,
        fingerprint: "", occurredAt: s.occurredAt, firstSeenAt: seen, updatedAt: seen, lastReportAt: s.occurredAt,
        version: 1, enqueuedVersion: 1,
      },
    });
    ids.push(incident.id);
    for (const [j, outlet] of s.outlets.entries()) {
      const slug = `outlet-${Buffer.from(outlet).toString("hex").slice(0, 12)}`;
      const source = await db.source.upsert({
        where: { url: `https://${slug}.example/feed` },
        create: { name: outlet, url: `https://${slug}.example/feed` },
        update: {},
      });
      const item = await db.feedItem.create({
        data: {
          sourceId: source.id, key: `${k}-${j}`, url: `https://${slug}.example/news/${k + 1}`, title: s.summary.split("\n")[0]!,
          text: s.summary, publishedAt: s.occurredAt, seenAt: seen, processedAt: seen,
        },
      });
      await db.report.create({ data: { feedItemId: item.id, storyIndex: 0, incidentId: incident.id, facts: "{}" } });
    }
  }
  return ids;
}
