// A seeded random source (mulberry32): the same seed gives the same draws on
// every machine, so a sample can be drawn again (cli/sample.ts) and a failing
// property-style test case replayed (test/). Not for anything secret.
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
