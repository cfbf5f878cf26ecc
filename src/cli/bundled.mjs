// `node src/cli/bundled.mjs <analyze|cluster|replay> [args…]`: runs the one-shot CLI src/cli/<name>.ts from one
// esbuild bundle instead of through tsx. A fresh process is what the user of `npm run analyze` pays for, and tsx's
// loader costs more than the work on a small file: ≈0.25 s to register its hooks, then a round trip to its
// loader thread for each of the ~70 modules (empty input: 0.59 s through tsx, 0.2 s from the bundle).
//
// The bundle is cached in node_modules/.cache/iraq-alerts/ with a hash of every source it was built from (their
// contents, read before the build), of esbuild's version, of this file and of the bundle itself; it is rebuilt
// when any of them differs or is gone — an edit, a checkout, a copy that kept the old modification times, a
// half-written pair. Not tracked: a file that is not in the graph yet would change what an import resolves to (a
// `.js` put beside a `.ts`); run with tsx to be sure (`node --import tsx src/cli/analyze.ts`). Packages stay
// outside the bundle (imported from node_modules as usual). Each module's `import.meta.url` is its own source
// file's, as under tsx: the modules that find files beside them (migrations, locales, the generated database
// client) find them. Plain JavaScript: it runs before anything can read TypeScript.
// If the bundle cannot be built or written (a read-only install), the CLI runs through tsx as before.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE = join(ROOT, "node_modules", ".cache", "iraq-alerts");
/** The CLIs run this way: one-shot, started by users who pay their start-up on every run. */
const CLIS = new Set(["analyze", "cluster", "replay"]);

/** esbuild puts every module in one file: each `import.meta.url` is written as the URL of the module it was in —
 * an absolute path, so a bundle is this checkout's only (`fresh` compares the root). */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const own = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replace(/\bimport\.meta\.url\b/g, own), loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js" };
    });
  },
};

const hash = (bytes) => createHash("sha1").update(bytes).digest("hex");
const esbuildVersion = () => JSON.parse(readFileSync(createRequire(import.meta.url).resolve("esbuild/package.json"), "utf8")).version;
/** This file, which sets how a bundle is built: a bundle built by another version of it is built again. */
const builder = () => hash(readFileSync(fileURLToPath(import.meta.url)));

/** The manifest's bundle is there, whole, and was built from exactly these sources in this checkout, by this esbuild
 * and this file (a checkout moved or copied elsewhere builds its own: the bundle holds its modules' paths). */
function fresh(manifest, out, root) {
  try {
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    if (m.esbuild !== esbuildVersion() || m.builder !== builder() || m.root !== root || !existsSync(out) || hash(readFileSync(out)) !== m.bundle) return false;
    return Object.entries(m.inputs).every(([file, h]) => hash(readFileSync(join(root, file))) === h);
  } catch {
    return false;
  }
}

/**
 * The bundle of `entry` (a path under `root`, the project), built into `cacheDir` unless the one there is fresh.
 * Returns its path and whether it was built now. Each file is written to a temporary name and renamed, the
 * manifest last: two runs building at once each leave whole files, and a bundle that does not match its
 * manifest is built again. `build`: esbuild's build function (null: loaded when needed).
 */
export async function bundleOf(entry, cacheDir = CACHE, root = ROOT, build = null) {
  const name = entry.replace(/[^\w.-]+/g, "_");
  const out = join(cacheDir, `${name}.mjs`);
  const manifest = join(cacheDir, `${name}.json`);
  if (fresh(manifest, out, root)) return { file: out, built: false };
  // esbuild is loaded only when a build is due; `build` is esbuild's, or one that calls it (a test's)
  build ??= (await import("esbuild")).build;
  const version = esbuildVersion();
  // the sources' hashes are taken from the graph of a first build and the files as read before the final one:
  // a source edited meanwhile no longer matches its hash, so the next run builds again
  const options = {
    entryPoints: [join(root, entry)], absWorkingDir: root, bundle: true, platform: "node", format: "esm", target: "node20",
    packages: "external", write: false, metafile: true, logLevel: "silent", plugins: [ownImportMetaUrl],
  };
  const graph = await build(options);
  const inputs = Object.fromEntries(Object.keys(graph.metafile.inputs).map((f) => [f, hash(readFileSync(join(root, f)))]));
  const r = await build(options);
  const bytes = r.outputFiles[0].contents;
  mkdirSync(cacheDir, { recursive: true });
  const write = (file, data) => {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  };
  write(out, bytes);
  // an import added or dropped between the two builds: the hashes do not cover what was bundled, so no manifest
  // is written (this run uses the bundle, the next builds again)
  const same = Object.keys(r.metafile.inputs).sort().join("\n") === Object.keys(inputs).sort().join("\n");
  if (same) write(manifest, JSON.stringify({ entry, root, esbuild: version, builder: builder(), bundle: hash(bytes), inputs }));
  return { file: out, built: true };
}

async function main() {
  const name = process.argv[2];
  if (!CLIS.has(name)) {
    process.stderr.write(`usage: node src/cli/bundled.mjs <${[...CLIS].join("|")}> [args…]\n`);
    process.exit(2);
  }
  const entry = `src/cli/${name}.ts`;
  // the CLI sees the command line it would see run directly: argv[1] is its own source file
  process.argv.splice(1, 2, join(ROOT, entry));
  let file;
  try {
    file = (await bundleOf(entry)).file;
  } catch (err) {
    process.stderr.write(`${name}: running through tsx (no bundle: ${err instanceof Error ? err.message.split("\n")[0] : String(err)})\n`);
    const { register } = await import("tsx/esm/api");
    register();
    file = join(ROOT, entry);
  }
  // outside the try: an error of the CLI itself is its own, not a reason to run it a second time through tsx
  await import(pathToFileURL(file).href);
}

// run as a program (through a symlinked checkout too), not when a test imports bundleOf
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) await main();
