// `npm run -s export -- --format csv|geojson [--since D] [--until D] [--province ID] [--type ID] [--out FILE]`:
// the open data of /incidents.csv and /incidents.geojson from the database in
// DATABASE_URL, written to stdout or a file. Same columns, same filters; the
// only difference is the default window: everything (the HTTP endpoints: 30 days).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadConfigOrReport } from "../config.js";
import { ATTACK_TYPES, PROVINCES } from "../nlp/index.js";
import { closeDb, createDb, incidentsBetween } from "../storage/index.js";
import { parseFilters, toCsv, toGeoJson, toRecord } from "../web/index.js";
import { stopQuietlyOnClosedPipe } from "./closed-pipe.js";

const USAGE = "usage: npm run -s export -- --format csv|geojson [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--province ID] [--type ID] [--out FILE]";
const OPTIONS = new Set(["format", "since", "until", "province", "type", "out"]);

/** `env`: the configuration's variables (tests pass their own instead of changing the process's). */
export async function main(
  argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), env?: NodeJS.ProcessEnv,
): Promise<number> {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]!);
    const value = m?.[2] ?? argv[i + 1];
    if (!m || !OPTIONS.has(m[1]!) || value === undefined) {
      console.error(`export: cannot read "${argv[i]}"\n${USAGE}`);
      return 2;
    }
    opts.set(m[1]!, value);
    if (m[2] === undefined) i++;
  }
  const format = opts.get("format");
  if (format !== "csv" && format !== "geojson") {
    console.error(`export: --format must be csv or geojson\n${USAGE}`);
    return 2;
  }
  const config = loadConfigOrReport(env);
  if (!config) return 2;
  const filters = parseFilters((k) => opts.get(k), config.TZ, new Date(0), { provinces: PROVINCES, types: ATTACK_TYPES });
  if ("error" in filters) {
    console.error(`export: ${filters.error}`);
    return 2;
  }
  const db = createDb(config.DATABASE_URL);
  try {
    const records = (await incidentsBetween(db, filters)).map((i) => toRecord(i, config.TZ));
    const text = format === "csv" ? toCsv(records) : JSON.stringify(toGeoJson(records), null, 2) + "\n";
    const file = opts.get("out");
    if (file) writeFileSync(file, text);
    else out(text);
    console.error(`export: ${records.length} incidents${file ? ` written to ${file}` : ""}`);
    return 0;
  } finally {
    await closeDb(db);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  stopQuietlyOnClosedPipe();
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err: Error) => {
    console.error(`export failed: ${err.message}`);
    process.exitCode = 1;
  });
}
