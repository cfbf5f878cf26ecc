// Admin texts as Telegram HTML. Values given to t are escaped by it (ctx.t, ../../html.ts);
// what is built here around the translations (source names, URLs, feed titles) is escaped here.
import type { Source } from "../../../storage/index.js";
import type { Translate } from "../../../i18n.js";
import { escapeHtml } from "../../../alerts/index.js";
import { combinedBeyondSplit } from "../../../nlp/index.js";
import type { Progress, TestedItem, Stats, Counted } from "../../../admin/index.js";

/** Telegram refuses messages over 4096 characters: split at line ends. */
export function chunkLines(lines: string[], max = 4000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const line of lines) {
    const l = line.length > max ? line.slice(0, max - 1) + "…" : line;
    if (cur && cur.length + 1 + l.length > max) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur}\n${l}` : l;
  }
  if (cur) out.push(cur);
  return out;
}

export function ago(date: Date, now: Date, t: Translate): string {
  const min = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (min < 1) return t("admin-ago-now");
  if (min < 120) return t("admin-ago-min", { n: min });
  const h = Math.floor(min / 60);
  if (h < 48) return t("admin-ago-hours", { n: h });
  return t("admin-ago-days", { n: Math.floor(h / 24) });
}

const shorten = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

export function sourceLines(s: Source, now: Date, t: Translate): string[] {
  const icon = s.paused ? "⏸" : s.consecutiveFailures > 0 ? "⚠️" : s.lastSuccessAt ? "✅" : "🕓";
  const lines = [`${icon} <b>#${s.id}</b> ${escapeHtml(s.name)} — <code>${escapeHtml(shorten(s.url, 120))}</code>`];
  const health = [
    s.lastSuccessAt ? t("admin-source-last-success", { ago: ago(s.lastSuccessAt, now, t) }) : t("admin-source-never"),
    t("admin-source-items", { n: s.itemsSeen }),
  ];
  if (s.consecutiveFailures > 0) health.push(t("admin-source-failures", { n: s.consecutiveFailures }));
  lines.push("   " + health.join(" · "));
  if (s.lastError) {
    const when = s.lastErrorAt ? ago(s.lastErrorAt, now, t) : "";
    lines.push("   " + t("admin-source-last-error", { error: shorten(s.lastError, 200), ago: when }));
  }
  if (s.paused) lines.push("   " + t("admin-source-paused-because", { reason: shorten(s.pausedReason ?? "", 200) }));
  return lines;
}

export function sourcesList(sources: Source[], now: Date, t: Translate): string[] {
  if (sources.length === 0) return [t("admin-sources-empty")];
  const paused = sources.filter((s) => s.paused).length;
  const failing = sources.filter((s) => !s.paused && s.consecutiveFailures > 0).length;
  const lines = [t("admin-sources-head", { total: sources.length, paused, failing }), ""];
  for (const s of sources) lines.push(...sourceLines(s, now, t), "");
  lines.push(t("admin-sources-usage"));
  return chunkLines(lines);
}

export function testReport(url: string, count: number, tested: TestedItem[], t: Translate, timeZone: string, locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ar-IQ-u-nu-latn", { timeZone, dateStyle: "short", timeStyle: "short" });
  const lines = [t("admin-source-test-head", { url, count }), ""];
  for (const [i, { item, stories }] of tested.entries()) {
    const title = item.title || item.text;
    const date = item.publishedAt ? ` (${fmt.format(item.publishedAt)})` : "";
    lines.push(`${i + 1}. <b>${escapeHtml(shorten(title.replace(/\s+/g, " "), 140))}</b>${date}`);
    if (stories.length === 0) lines.push("   " + t("admin-source-test-nothing"));
    for (const s of stories) {
      if (!s.incident) {
        lines.push("   → " + t("admin-source-test-not-incident", { reason: s.reason ?? "?" }));
        continue;
      }
      const f = s.incident;
      const where = [f.place, ...f.provinces.map((p) => t(`province-${p}`))].filter(Boolean).join("، ") || t("province-unknown");
      // a combined figure («مقتل وإصابة 15») is told beside the split, as the alert tells it: never as deaths
      const all = combinedBeyondSplit(f);
      const combined = all !== null ? ` · ${t("alert-casualties", { n: all })}` : "";
      lines.push(
        "   → " +
          t("admin-source-test-incident", {
            type: t(`type-${f.type}`),
            where,
            killed: f.killed ?? "?",
            injured: f.injured ?? "?",
          }) + combined,
      );
      lines.push("     " + escapeHtml(shorten(f.summary, 300)));
    }
  }
  return chunkLines(lines);
}

export function progressText(id: number, state: string, p: Progress, t: Translate): string {
  const key = state === "cancelled" ? "admin-broadcast-stopped" : state === "done" ? "admin-broadcast-done" : "admin-broadcast-progress";
  return t(key, { id: String(id), sent: p.sent, failed: p.failed, left: p.left, total: p.total, cancelled: p.cancelled });
}

function table(rows: Counted[], label: (key: string) => string, limit = 12): string[] {
  const shown = rows.slice(0, limit).map((r) => `• ${escapeHtml(label(r.key))}: ${r.day} / ${r.week}`);
  const rest = rows.slice(limit);
  if (rest.length) shown.push(`• …: ${rest.reduce((n, r) => n + r.day, 0)} / ${rest.reduce((n, r) => n + r.week, 0)}`);
  return shown;
}

export function statsText(s: Stats, t: Translate): string {
  const lines = [
    t("admin-stats-title"),
    "",
    t("admin-stats-subscribers", { ...s.subscribers }),
    "",
    t("admin-stats-incidents", { day: s.incidents.day, week: s.incidents.week }),
  ];
  if (s.incidents.week > 0) {
    lines.push(t("admin-stats-by-province"), ...table(s.incidents.byProvince, (k) => t(`province-${k}`)));
    lines.push(t("admin-stats-by-type"), ...table(s.incidents.byType, (k) => t(`type-${k}`)));
  }
  lines.push("", t("admin-stats-deliveries", { ...s.deliveries }), "");
  const last = s.sources.lastSuccessAt ? ago(s.sources.lastSuccessAt, s.at, t) : t("admin-source-never");
  const { total, paused, failing, neverPolled, itemsDay } = s.sources;
  lines.push(t("admin-stats-sources", { total, paused, failing, neverPolled, itemsDay, last }));
  return lines.join("\n");
}
