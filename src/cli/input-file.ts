// The input file a one-shot CLI was given: one clear line on stderr, naming the tool, when it cannot be read
// (rather than an empty stdin read in its place, or a stack trace).
import { accessSync, constants, createReadStream, statSync } from "node:fs";

/** True when `file` is a readable file; else says why on stderr («analyze: x.jsonl: no such file»). */
export function checkFile(tool: string, file: string): boolean {
  let st;
  try {
    st = statSync(file);
  } catch {
    process.stderr.write(`${tool}: ${file}: no such file\n`);
    return false;
  }
  if (!st.isFile()) {
    process.stderr.write(`${tool}: ${file}: not a file\n`);
    return false;
  }
  try {
    accessSync(file, constants.R_OK);
  } catch {
    process.stderr.write(`${tool}: ${file}: not readable\n`);
    return false;
  }
  return true;
}

/**
 * The input of `--jsonl [FILE | -]` among a CLI's arguments (with `--jsonl` among them): stdin when no file or
 * «-» is named, else the file once it is known to be readable (null, after checkFile's line, when it is not);
 * "usage" for two files or an option the CLI does not know (not read as a file name).
 */
export function jsonlInput(tool: string, args: readonly string[]): NodeJS.ReadableStream | null | "usage" {
  const rest = args.filter((a) => a !== "--" && a !== "--jsonl");
  if (rest.length > 1 || rest.some((a) => a.startsWith("--"))) return "usage";
  // a file named after --jsonl is read, not silently passed over for an empty stdin
  const file = rest[0];
  if (file === undefined || file === "-") return process.stdin;
  if (!checkFile(tool, file)) return null;
  // large reads: a 3.5 MB channel history in a few dozen chunks, not a few hundred
  return createReadStream(file, { highWaterMark: 1 << 20 });
}
