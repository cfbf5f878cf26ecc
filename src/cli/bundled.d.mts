// Types of bundled.mjs (plain JavaScript: it runs before anything can read TypeScript).
/** The bundle of `entry` (a path under `root`), built into `cacheDir` unless the one there is fresh. */
export function bundleOf(entry: string, cacheDir?: string, root?: string, build?: typeof import("esbuild").build | null): Promise<{ file: string; built: boolean }>;
