// The verdict, and what the frame rules weigh: the acts reported, those that are more than aftermath, where the lead ends.

import type { Token } from "../normalize.js";
import type { Hit } from "../match.js";
import type { TypeCue } from "../cues.js";

export interface Reading {
  toks: readonly Token[];
  /** the normalised text the tokens index (punctuation between them) */
  norm: string;
  typeHits: readonly Hit<TypeCue>[];
  evs: readonly Hit<number>[];
  strongEvents: readonly Hit<number>[];
  leadEnd: number;
  /** first act in the lead (Infinity: none) */
  firstEventPos: number;
  /** a weapon or a hostile act is named («عبوة», «مسلحون», «قصف مدفعي») */
  attackNamed: boolean;
}

export interface Classification {
  incident: boolean;
  reason: string | null;
}
