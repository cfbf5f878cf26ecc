// What a stated toll adds up to — dead, wounded and a combined figure («مقتل وإصابة 15», never split into deaths)
// as IncidentFacts carry them. One place for the arithmetic that merging, the alert text, the update replies, the
// admin test report and the replay summary all do on a toll. Pure.

export interface Toll {
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure, when told */
  casualties?: number | null;
}

/** It states a toll: dead, wounded or a combined figure, zero included. */
export const statesToll = (t: Toll): boolean => t.killed !== null || t.injured !== null || (t.casualties ?? null) !== null;

/** How many victims, dead and wounded, the toll tells in all: the split or the combined figure, the larger. */
export const victimsTold = (t: Toll): number => Math.max(t.casualties ?? 0, (t.killed ?? 0) + (t.injured ?? 0));

/** The combined figure when it tells more victims than the split does (so it is shown as such), else null. */
export function combinedBeyondSplit(t: Toll): number | null {
  const combined = t.casualties ?? 0;
  return combined > (t.killed ?? 0) + (t.injured ?? 0) ? combined : null;
}

/** The toll rose since `before` was told: more dead, or more victims in all (a combined figure below the split told,
 * «مقتل وإصابة 18» after 10 and 10, and a split that only names what the combined figure held are no rise). */
export const tollRoseSince = (now: Toll, before: Toll): boolean =>
  (now.killed ?? 0) > (before.killed ?? 0) || victimsTold(now) > victimsTold(before);

/** The dead and wounded named within a combined figure told before, the dead not told then, and no more victims in
 * all («12 بين قتيل وجريح», then 4 dead and 8 wounded): news of who died, not a rise of the toll. */
export const splitsCombined = (now: Toll, before: Toll): boolean =>
  before.killed === null && (before.casualties ?? null) !== null && now.killed !== null && victimsTold(now) <= victimsTold(before);
