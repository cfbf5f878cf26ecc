// «X: …» by a politician, a state or a ministry, «X يقول إن …» by one of them, a quote whose lead reports
// no act, or one speaker quoted line after line: a statement, not a report.

import { POLITICAL_SPEAKER, FACTUAL_SPEAKER, SPEECH_VERBS } from "../data/incident-words.js";

/** `actInLead`: the lead (headline and first sentence) reports an act. */
export function speakerStatement(norm: string, actInLead: boolean): boolean {
  const speaker = speakerPrefix(norm);
  if (speaker !== null) {
    if (POLITICAL_SPEAKER.test(speaker) && !FACTUAL_SPEAKER.test(speaker)) return true;
    // any speaker, a source too: a quote that opens with no act is what someone said, not an event
    // reported (a source reporting an attack says so first: «خلية الإعلام الأمني: سقوط صاروخين …»)
    if (!actInLead) return true;
  }
  return politicianSays(norm) || quotedSpeech(norm);
}

/** «X: …» within the first 80 characters: the speaker. */
function speakerPrefix(norm: string): string | null {
  const colon = norm.slice(0, 80).indexOf(":");
  return colon > 0 ? norm.slice(0, colon) : null;
}

/** «ترامب يقول إن الهجمات …», «معارض سعودي يتحدث عن قصف …»: a headline that opens with a politician and a
 * verb of speech reports what was said. */
function politicianSays(norm: string): boolean {
  const nl = norm.indexOf("\n");
  const words = norm.slice(0, nl < 0 ? 160 : Math.min(nl, 160)).split(/\s+/).filter(Boolean);
  for (let k = 1; k <= 5 && k < words.length; k++) {
    if (!SPEECH_VERBS.has(words[k]!.replace(/^و/, ""))) continue;
    const speaker = words.slice(0, k).join(" ");
    return POLITICAL_SPEAKER.test(speaker) && !FACTUAL_SPEAKER.test(speaker);
  }
  return false;
}

/** «الولائي: …» opening two lines or more: a speech quoted line by line, not a report. */
function quotedSpeech(norm: string): boolean {
  const seen = new Set<string>();
  let start = 0;
  for (let n = 0; n < 60 && start < norm.length && start < 4000; n++) {
    const end = norm.indexOf("\n", start);
    const line = norm.slice(start, end < 0 ? norm.length : end);
    start = end < 0 ? norm.length : end + 1;
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 40) continue;
    const speaker = line.slice(0, colon).replace(/[^\p{L} ]+/gu, " ").trim();
    if (!speaker || speaker.split(" ").length > 4 || FACTUAL_SPEAKER.test(speaker)) continue;
    if (seen.has(speaker)) return true;
    seen.add(speaker);
  }
  return false;
}
