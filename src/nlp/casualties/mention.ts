// A figure stated in the story, and the rule that picks the one that stands for this incident.

export interface Mention {
  kind: "killed" | "injured" | "both";
  value: number;
  /** token index */
  pos: number;
  /** told in a background sentence (an earlier event, a running total) */
  bg: boolean;
  /** a rise or a final toll («ارتفعت الحصيلة إلى …») */
  update: boolean;
  /** inferred from a pronoun («مقتله»), or an aside («بعد وفاة اثنين») */
  weak?: boolean;
  atLeast?: boolean;
  /** tells of more victims than a figure before it: «others» in its sentence, or «as well» (OTHERS_AFTER, AS_WELL) */
  more?: "others" | "as-well";
}

export type Push = (kind: Mention["kind"], value: number, pos: number, weak?: boolean, atLeast?: boolean, more?: Mention["more"]) => void;

/** The figure that stands for this incident: stated (not inferred from a pronoun), in the foreground,
 * and among those the latest update («ارتفعت الحصيلة إلى …»), else the first one stated. */
export function pick(mentions: readonly Mention[], kind: Mention["kind"]): Mention | null {
  let ms = mentions.filter((m) => m.kind === kind);
  if (!ms.length) return null;
  const strong = ms.filter((m) => !m.weak);
  if (strong.length) ms = strong;
  const fg = ms.filter((m) => !m.bg);
  if (fg.length) ms = fg;
  const up = ms.filter((m) => m.update);
  if (up.length) return up[up.length - 1]!;
  return ms[0]!;
}

/**
 * The picked figure with the victims that later figures of its kind add to it («أصيب مقاتل … وأصيب ثلاثة مقاتلين
 * آخرين»: 4): stated, in the foreground, no update, after it — «others» in its sentence, «as well» anywhere.
 * `sentOf`: a token's sentence.
 */
export function withMore(mentions: readonly Mention[], picked: Mention, sentOf: (pos: number) => number): number {
  if (picked.bg || picked.update || picked.weak) return picked.value;
  let value = picked.value;
  let last = picked;
  for (const m of mentions) {
    if (m.kind !== picked.kind || m.pos <= last.pos || !m.more || m.bg || m.update || m.weak) continue;
    if (m.more === "others" && sentOf(m.pos) !== sentOf(last.pos)) continue;
    value += m.value;
    last = m;
  }
  return value;
}
