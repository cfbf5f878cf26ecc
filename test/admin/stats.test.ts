// /stats through the fake Bot API, on a database seeded with known numbers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gatherStats } from "../../src/admin/stats.js";
import type { Db } from "../../src/storage/client.js";
import { ADMIN, startHarness, type Harness } from "./harness.js";

const H = 3600_000;

async function seed(db: Db, now: number) {
  await db.subscriber.createMany({
    data: [
      { chatId: 1n },
      { chatId: 2n },
      { chatId: -1003n, chatType: "supergroup" },
      { chatId: 4n, paused: true },
      { chatId: 5n, paused: true, pausedUntil: new Date(now - H) }, // its pause has run out: active
      { chatId: 6n, active: false },
      { chatId: 7n, active: false },
    ],
  });
  const incident = (province: string, type: string, hoursAgo: number) => ({
    type, province, provinces: JSON.stringify([province]), headline: "h", summary: "s", fingerprint: "f",
    occurredAt: new Date(now - hoursAgo * H), firstSeenAt: new Date(now - hoursAgo * H),
  });
  await db.incident.createMany({
    data: [
      incident("baghdad", "ied", 1),
      incident("baghdad", "drone", 2),
      incident("diyala", "ied", 72),
      incident("anbar", "rocket", 6 * 24),
      incident("basra", "ied", 8 * 24), // older than a week
    ],
  });
  const delivery = (chatId: bigint, state: string, hoursAgo = 1) => ({ key: `alert:1`, kind: "alert", chatId, state, createdAt: new Date(now - hoursAgo * H) });
  await db.delivery.createMany({
    data: [delivery(1n, "sent"), delivery(2n, "sent"), delivery(-1003n, "sent"), delivery(4n, "failed"), delivery(5n, "pending"), delivery(6n, "sent", 48)],
  });
  await db.source.createMany({
    data: [
      { name: "ok", url: "https://a.example/rss", lastPollAt: new Date(now - 10 * 60_000), lastSuccessAt: new Date(now - 10 * 60_000) },
      { name: "failing", url: "https://b.example/rss", lastPollAt: new Date(now - 60_000), lastSuccessAt: new Date(now - 5 * H), consecutiveFailures: 2 },
      { name: "paused", url: "https://c.example/rss", paused: true, pausedReason: "admin 1" },
      { name: "new", url: "https://d.example/rss" },
      { name: "removed", url: "https://e.example/rss", removedAt: new Date(), lastSuccessAt: new Date(now) },
    ],
  });
  await db.feedItem.createMany({
    data: [
      { sourceId: 1, key: "k1", title: "t", text: "x" },
      { sourceId: 1, key: "k2", title: "t", text: "x" },
      { sourceId: 1, key: "k3", title: "t", text: "x", seenAt: new Date(now - 30 * H) },
    ],
  });
}

describe("/stats", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    await seed(h.tdb.db, Date.now());
  });
  afterEach(async () => {
    await h.stop();
  });

  it("counts subscribers, incidents by province and type, deliveries and poller health", async () => {
    const answer = await h.say(ADMIN, "/stats");
    const text = String(answer.params.text);
    expect(answer.params.parse_mode).toBe("HTML");
    expect(text).toContain("Subscribers: 4 active · 1 paused · 2 blocked (groups and channels: 1)");
    expect(text).toContain("Incidents: 2 in 24 h · 4 in 7 days");
    expect(text).toContain("• Baghdad: 2 / 2\n• Anbar: 0 / 1\n• Diyala: 0 / 1\n");
    expect(text).not.toContain("Basra");
    expect(text).toContain("• IED / explosive device: 1 / 2\n• Drone attack: 1 / 1\n• Rocket / shelling: 0 / 1");
    expect(text).toContain("Deliveries in 24 h: 3 sent · 1 failed · 0 cancelled · 1 waiting (queue now: 1)");
    expect(text).toContain("Sources: 4 (1 paused, 1 failing, 2 never read) · last success 10 min ago · 2 items in 24 h");
    // then the chart of the week, as a photo
    const photo = await h.fake.waitForCall((c) => c.method === "sendPhoto");
    expect(photo.params._raw).toBeGreaterThan(1000);
    // and beside it the province map, shaded by the week's count
    await h.say(ADMIN, "/sources"); // answered after /stats is done
    const photos = h.fake.callsOf("sendPhoto");
    expect(photos).toHaveLength(2);
    expect(photos[1]!.params._raw).toBeGreaterThan(1000);
  });

  it("sends no chart when the week had no incident", async () => {
    await h.tdb.db.incident.deleteMany();
    expect((await h.say(ADMIN, "/stats")).params.text).toContain("Incidents: 0 in 24 h · 0 in 7 days");
    await h.say(ADMIN, "/sources"); // answered after /stats is done
    expect(h.fake.callsOf("sendPhoto")).toHaveLength(0);
  });

  it("speaks Arabic to an Arabic admin", async () => {
    const answer = await h.say(ADMIN, "/stats", { languageCode: "ar" });
    expect(answer.params.text).toContain("المشتركون: 4 نشط");
    expect(answer.params.text).toContain("• بغداد: 2 / 2");
  });

  it("spreads the week's incidents over calendar days in the display time zone", async () => {
    const now = new Date();
    const s = await gatherStats(h.tdb.db, now, "Asia/Baghdad");
    expect(s.perDay.days).toHaveLength(7);
    expect(s.perDay.days.at(-1)).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baghdad" }).format(now));
    const sum = (p: string) => (s.perDay.byProvince.get(p) ?? []).reduce((a, b) => a + b, 0);
    expect(sum("baghdad")).toBe(2);
    expect(sum("diyala")).toBe(1);
    expect(sum("basra")).toBe(0);
  });
});
