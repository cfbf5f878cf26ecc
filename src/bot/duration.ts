// "/pause 2h", "/pause 30m", "/pause 1d", also "/pause ٢ س" (Arabic-Indic
// digits and the Arabic initials of دقيقة / ساعة / يوم).
import { normalizeArabic } from "../nlp/index.js";

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, "د": 60_000, "س": 3_600_000, "ي": 86_400_000 };
export const MAX_PAUSE_MS = 30 * 86_400_000;

/** Milliseconds, or null when the text is not a duration between one minute and 30 days. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,4})\s*(m|min|h|hr|d|day|د|دقيقه|س|ساعه|ي|يوم)s?$/i.exec(normalizeArabic(text.trim()));
  if (!m) return null;
  const ms = Number(m[1]) * UNIT_MS[m[2]![0]!.toLowerCase()]!;
  return ms >= 60_000 && ms <= MAX_PAUSE_MS ? ms : null;
}

/** "HH:MM-HH:MM" (also with "–" or Arabic-Indic digits) → minutes after midnight. */
export function parseTimeRange(text: string): { start: number; end: number } | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?$/.exec(normalizeArabic(text.trim()));
  if (!m) return null;
  const [h1, m1, h2, m2] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3]), Number(m[4] ?? 0)];
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return null;
  const start = (h1 * 60 + m1) % 1440;
  const end = (h2 * 60 + m2) % 1440;
  return start === end ? null : { start, end };
}

export const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
