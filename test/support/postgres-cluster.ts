// A throw-away PostgreSQL cluster for the test run and the benchmarks: initdb in a
// temporary directory, started on a free port on 127.0.0.1 with fsync off, stopped
// and deleted afterwards (about 1.5 s on 2 cores). Needs Debian's `postgresql`
// package (.ci/run installs it); as root the server runs as the `postgres` user,
// since initdb refuses root.
import { execFile, execFileSync, spawn, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The directory holding initdb / pg_ctl / psql, or null when PostgreSQL is not installed. */
export function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "pg_ctl"))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  const path = which.stdout.trim();
  return which.status === 0 && path ? path.replace(/\/pg_ctl$/, "") : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface Cluster {
  port: number;
  /** the cluster's directory (data, socket, log), deleted by stop() or by the watchdog */
  dir: string;
  /** URL of a database in this cluster (user postgres, no password) */
  url(database?: string): string;
  /** runs SQL through psql, synchronously (CREATE DATABASE for a test that must stay synchronous) */
  psql(sql: string, database?: string): string;
  stop(): void;
  /** stops the server only (fast shutdown: sessions cut, as when the server goes away), keeping its data and port */
  halt(): Promise<void>;
  /** starts it again on the same port after halt() */
  resume(): Promise<void>;
}

export async function startCluster(bin = postgresBin()): Promise<Cluster> {
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql)");
  const dir = mkdtempSync(join(tmpdir(), "iraq-alerts-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const argv = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]] : [join(bin, tool), args];
  const run = async (tool: string, args: string[]) => {
    try {
      await promisify(execFile)(...argv(tool, args));
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${tool} failed: ${e.stderr || e.stdout || e.message}`, { cause: err });
    }
  };
  await run("initdb", ["-D", join(dir, "data"), "--no-sync", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale", "C"]);
  let port = 0;
  const options = () => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  const start = () => run("pg_ctl", ["-D", join(dir, "data"), "-o", options(), "-l", join(dir, "log"), "-w", "-t", "30", "start"]);
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await start();
      break;
    } catch (err) {
      if (attempt >= 2) throw err; // the free port was taken meanwhile: try another
    }
  }
  const url = (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const stopArgv = argv("pg_ctl", ["-D", join(dir, "data"), "-m", "immediate", "-w", "stop"]);
  const watchdog = startWatchdog(stopArgv, dir);
  return {
    port,
    dir,
    url,
    psql(sql, database = "postgres") {
      const r = spawnSync(join(bin, "psql"), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", url(database), "-c", sql], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
      return r.stdout;
    },
    halt: () => run("pg_ctl", ["-D", join(dir, "data"), "-m", "fast", "-w", "-t", "30", "stop"]),
    resume: start,
    stop() {
      watchdog.kill();
      try {
        spawnSync(...stopArgv);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A test run killed outright (SIGKILL, a closed terminal) never reaches its
 * teardown: the cluster would stay running and its directory stay behind.
 * A small detached process watches the one that started the cluster and,
 * once it is gone, stops the cluster and deletes the directory.
 */
function startWatchdog([cmd, args]: [string, string[]], dir: string): { kill(): void } {
  const script = `
    const { spawnSync } = require("node:child_process");
    const { rmSync } = require("node:fs");
    const [parent, dir, cmd, ...args] = process.argv.slice(1);
    const alive = () => { try { process.kill(Number(parent), 0); return true; } catch { return false; } };
    setInterval(() => {
      if (alive()) return;
      spawnSync(cmd, args);
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    }, 500);`;
  const child = spawn(process.execPath, ["-e", script, String(process.pid), dir, cmd, ...args], { detached: true, stdio: "ignore" });
  child.unref();
  return { kill: () => void child.kill() };
}
