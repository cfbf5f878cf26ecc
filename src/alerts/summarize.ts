// Optional abstractive summary through an OpenAI-compatible chat-completions
// endpoint (off unless SUMMARY_API_URL is set). It runs once per incident
// version before the alert is enqueued, under a strict timeout; any failure,
// or an answer that states a number the reports do not, leaves the built-in
// summary in place. Asking for the incidents that need one, and storing the
// answer on the incident (summaryAi) so that a restart never asks again, is
// the pipeline's (pipeline/summaries.ts).
import { z } from "zod";

export interface SummarizerSettings {
  url: string;
  model: string;
  apiKey?: string | undefined;
  timeoutMs: number;
}

export interface SummaryInput {
  /** the reports' titles and texts, earliest first */
  reports: string[];
}

export type Summarizer = (input: SummaryInput) => Promise<string>;

const MAX_INPUT = 6000;
const MAX_OUTPUT = 600;

const SYSTEM_PROMPT = [
  "أنت محرر أخبار أمنية عراقية. اكتب ملخصًا عربيًا قصيرًا (جملتان أو ثلاث جمل، أقل من 60 كلمة) للحادث الأمني الوارد في التقارير.",
  "استخدم فقط ما تذكره التقارير صراحة: المكان والنوع والحصيلة والجهة المنفذة إن ذُكرت.",
  "لا تضف أي رقم أو اسم أو تفسير أو توقع غير مذكور. لا عناوين، لا تنسيق، لا مقدمات.",
].join("\n");

const completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

export class SummaryError extends Error {}

/** The summarizer the settings ask for, or null when SUMMARY_API_URL is not set (the default). */
export function summarizerFromConfig(c: {
  SUMMARY_API_URL?: string | undefined; SUMMARY_MODEL: string; SUMMARY_API_KEY?: string | undefined; SUMMARY_TIMEOUT_MS: number;
}): Summarizer | null {
  if (!c.SUMMARY_API_URL) return null;
  return createSummarizer({ url: c.SUMMARY_API_URL, model: c.SUMMARY_MODEL, apiKey: c.SUMMARY_API_KEY, timeoutMs: c.SUMMARY_TIMEOUT_MS });
}

/** An endpoint URL: a base such as http://host/v1 gets /chat/completions appended. */
export function completionsUrl(url: string): string {
  return /\/chat\/completions\/?$/.test(url) ? url : url.replace(/\/+$/, "") + "/chat/completions";
}

export function createSummarizer(s: SummarizerSettings): Summarizer {
  const endpoint = completionsUrl(s.url);
  return async ({ reports }) => {
    const source = reports.join("\n\n---\n\n").slice(0, MAX_INPUT);
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(s.apiKey ? { authorization: `Bearer ${s.apiKey}` } : {}) },
      body: JSON.stringify({
        model: s.model,
        temperature: 0,
        max_tokens: 300,
        messages: [
          { role: "system", content: SYSTEM_PROMPT },
          { role: "user", content: source },
        ],
      }),
      // covers the whole exchange, body included: a slow endpoint cannot hold up the alert
      signal: AbortSignal.timeout(s.timeoutMs),
    });
    if (!res.ok) throw new SummaryError(`summary endpoint answered ${res.status}`);
    const parsed = completion.safeParse(await res.json());
    if (!parsed.success) throw new SummaryError("summary endpoint answered an unexpected shape");
    const text = cleanSummary(parsed.data.choices[0]!.message.content ?? "");
    const problem = checkSummary(text, source);
    if (problem) throw new SummaryError(problem);
    return text;
  };
}

/** Plain text from a model's answer: no reasoning block, no markdown, one paragraph. */
export function cleanSummary(s: string): string {
  return s
    .replace(/<think>[\s\S]*?<\/think>/gi, "")
    .replace(/[*_#`>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const toLatinDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

/** Why a model's summary must not be shown, or null when it may. */
export function checkSummary(summary: string, source: string): string | null {
  if (!summary) return "empty summary";
  if (summary.length > MAX_OUTPUT) return "summary too long";
  if (!/[\u0600-\u06ff]/.test(summary)) return "summary is not Arabic";
  // Faithfulness guard: every number in the summary must be in the reports.
  const known = new Set(toLatinDigits(source).match(/\d+/g) ?? []);
  const invented = (toLatinDigits(summary).match(/\d+/g) ?? []).find((n) => !known.has(n));
  return invented ? `summary states a number the reports do not (${invented})` : null;
}
