// The page's script: client/map.ts and d3-geo bundled by esbuild into one
// minified file, in memory, once per process (at the first visit of /map,
// a fraction of a second; esbuild is loaded only then, so `--once` and the
// CLIs never pay for it). No CDN: the page loads nothing from outside the service.
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

export interface ClientBundle {
  code: string;
  /** short content hash, for the script's URL (cache busting) */
  version: string;
}

let bundle: Promise<ClientBundle> | null = null;

export function clientBundle(): Promise<ClientBundle> {
  bundle ??= import("esbuild").then(({ build }) => build({
    entryPoints: [fileURLToPath(new URL("./client/map.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  })).then((r) => {
    const code = r.outputFiles[0]!.text;
    return { code, version: createHash("sha256").update(code).digest("hex").slice(0, 12) };
  });
  bundle.catch(() => (bundle = null));
  return bundle;
}
