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
  /** tells of more victims than the figure before it: «others» after its count, «with him» (one) or «with them»,
   * «and» a second group joined by «و» («… ومقتل راعٍ») (withMore) */
  more?: "others" | "with" | "with-them" | "and";
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
 * The picked figure, or more when later figures of its kind add victims to the one just before them in its sentence
 * («أصيب مقاتل … وأصيب ثلاثة مقاتلين آخرين»: 4; «أصيب الضابط، كما أُصيب معه مرافقه»: 2), with no other figure and no
 * «بينهم» between the two (there «آخرين» sets them apart from the dead, or names a part of a total). Not across
 * sentences: a body retells its lead. A lead's total beside its parts is the larger of the two, never their sum.
 * `between(a, b)`: a word between tokens a and b that breaks the chain.
 */
export function withMore(mentions: readonly Mention[], picked: Mention, between: (a: number, b: number) => boolean): number {
  if (picked.bg || picked.update || picked.weak) return picked.value;
  const ordered = mentions.filter((m) => !m.bg && !m.update && !m.weak).sort((a, b) => a.pos - b.pos);
  const chain = new Map<Mention, number>();
  let best = picked.value;
  for (let k = 1; k < ordered.length; k++) {
    const m = ordered[k]!;
    const prev = ordered[k - 1]!;
    if (!m.more || m.kind !== picked.kind || prev.kind !== m.kind || m.pos <= picked.pos - 1 || prev.pos < picked.pos) continue;
    if (between(prev.pos, m.pos)) continue;
    // «قتل معه ابنه» after «مختار قرية ونجله»: «with him» of one man, where two were told, retells one of them
    if (m.more === "with" && prev.value !== 1) continue;
    const sum = (chain.get(prev) ?? prev.value) + m.value;
    chain.set(m, sum);
    best = Math.max(best, sum);
  }
  return best;
}
