// The input file a one-shot CLI was given: one clear line on stderr, naming the tool, when it cannot be read
// (rather than an empty stdin read in its place, or a stack trace).
import { accessSync, constants, statSync } from "node:fs";

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
