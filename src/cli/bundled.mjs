// `node src/cli/bundled.mjs <name> [args…]`: runs the one-shot CLI src/cli/<name>.ts (analyze, cluster) from
// one esbuild bundle instead of through tsx. A fresh process is what the user of `npm run analyze` pays for,
// and tsx's loader costs more than the work on a small file: ≈0.25 s to register its hooks, then a round trip
// to its loader thread for each of the ~70 modules (empty input: 0.59 s through tsx, 0.2 s from the bundle).
//
// The bundle is cached in node_modules/.cache/iraq-alerts/ with the modification time of every source it was
// built from, and rebuilt when one of them changed (an edit, a checkout) or is gone: it is never staler than
// the sources. Packages stay outside it (imported from node_modules as usual). Plain JavaScript: it runs
// before anything can read TypeScript. If the bundle cannot be built or written (a read-only install), the
// CLI runs through tsx as before.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE = join(ROOT, "node_modules", ".cache", "iraq-alerts");

/** Every source still has the modification time it had when the bundle was built. */
function fresh(manifest, root) {
  try {
    const { inputs } = JSON.parse(readFileSync(manifest, "utf8"));
    return Object.entries(inputs).every(([file, mtime]) => statSync(join(root, file)).mtimeMs === mtime);
  } catch {
    return false;
  }
}

/**
 * The bundle of `entry` (a path under `root`, the project), built into `cacheDir` unless the one there is fresh.
 * Returns its path and whether it was built now. Written to a temporary name and renamed: two runs building
 * at once each leave a whole file.
 */
export async function bundleOf(entry, cacheDir = CACHE, root = ROOT) {
  const name = entry.replace(/[^\w.-]+/g, "_");
  const out = join(cacheDir, `${name}.mjs`);
  const manifest = join(cacheDir, `${name}.json`);
  if (fresh(manifest, root)) return { file: out, built: false };
  const { build } = await import("esbuild");
  const r = await build({
    entryPoints: [join(root, entry)], absWorkingDir: root, bundle: true, platform: "node", format: "esm", target: "node20",
    packages: "external", write: false, metafile: true, logLevel: "silent",
  });
  // the mtimes are read after the build: a source edited during it makes the next run build again
  const inputs = Object.fromEntries(Object.keys(r.metafile.inputs).map((f) => [f, statSync(join(root, f)).mtimeMs]));
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, r.outputFiles[0].contents);
  renameSync(tmp, out);
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ entry, inputs }));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
  return { file: out, built: true };
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z-]+$/.test(name)) {
    process.stderr.write("usage: node src/cli/bundled.mjs <cli name> [args…]\n");
    process.exit(2);
  }
  const entry = `src/cli/${name}.ts`;
  // the CLI sees the command line it would see run directly: argv[1] is its own source file
  process.argv.splice(1, 2, join(ROOT, entry));
  let file;
  try {
    file = (await bundleOf(entry)).file;
  } catch (err) {
    process.stderr.write(`${name}: running through tsx (no bundle: ${err instanceof Error ? err.message : String(err)})\n`);
    const { register } = await import("tsx/esm/api");
    register();
    file = join(ROOT, entry);
  }
  await import(pathToFileURL(file).href);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
