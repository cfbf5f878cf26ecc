// «X: …» by a politician, a state or a ministry, or one speaker quoted line after line: a statement,
// not a report.

import { POLITICAL_SPEAKER, FACTUAL_SPEAKER } from "../data/incident-words.js";

export function speakerStatement(norm: string): boolean {
  // speaker prefix: «X: …» within the first 60 characters
  const colon = norm.slice(0, 80).indexOf(":");
  if (colon > 0) {
    const speaker = norm.slice(0, colon);
    if (POLITICAL_SPEAKER.test(speaker) && !FACTUAL_SPEAKER.test(speaker)) return true;
  }
  return quotedSpeech(norm);
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
