// npm run bench [-- name…]: runs the benchmarks and prints their figures.
// Names: nlp, sources, feeds, merge, delivery, latency, engines, shared (default: all).
const BENCHES: Record<string, () => Promise<void>> = {
  nlp: async () => (await import("./nlp.js")).benchNlp(),
  sources: async () => (await import("./sources.js")).benchSources(),
  feeds: async () => (await import("./feeds.js")).benchFeeds(),
  merge: async () => (await import("./merge.js")).benchMerge(),
  delivery: async () => (await import("./delivery.js")).benchDelivery(),
  latency: async () => (await import("./latency.js")).benchLatency(),
  engines: async () => (await import("./engines.js")).benchEngines(),
  shared: async () => (await import("./shared.js")).benchShared(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(", ")} (known: ${Object.keys(BENCHES).join(", ")})`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
  console.log(`\n=== ${name} ===`);
  const t0 = performance.now();
  await BENCHES[name]!();
  console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
