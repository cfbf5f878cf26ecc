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
}

export type Push = (kind: Mention["kind"], value: number, pos: number, weak?: boolean, atLeast?: boolean) => void;

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
