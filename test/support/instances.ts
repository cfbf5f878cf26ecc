// Instances of the real service (child processes running src/main.ts) on one
// database, for the several-instances tests: started with their own HTTP port,
// read through /healthz, killed with SIGKILL at the end of each test.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./postgres-cluster.js";

export interface Instance {
  proc: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | string>;
  stderr: () => string;
  alive: () => boolean;
}

export interface Health {
  ok: boolean;
  leader: boolean;
  database: string;
}

export class Instances {
  readonly running: Instance[] = [];

  constructor(private readonly env: () => Record<string, string>) {}

  async start(extra: Record<string, string> = {}): Promise<Instance> {
    const port = await freePort();
    const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, LOG_LEVEL: "warn", ...this.env(), HTTP_PORT: String(port), ...extra },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    proc.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | string>((resolve) => proc.on("exit", (code, signal) => resolve(signal ?? code ?? -1)));
    void exited.then((r) => r !== "SIGKILL" && r !== 0 && console.error(`instance on :${port} exited ${r}:\n${stderr}`));
    const inst: Instance = {
      proc, port, url: `http://127.0.0.1:${port}`, exited, stderr: () => stderr, alive: () => proc.exitCode === null && proc.signalCode === null,
    };
    this.running.push(inst);
    return inst;
  }

  /** Kills every instance still running (afterEach). */
  killAll(): void {
    for (const i of this.running.splice(0)) if (i.alive()) i.proc.kill("SIGKILL");
  }
}

export async function healthOf(i: Instance): Promise<Health | null> {
  return fetch(`${i.url}/healthz`).then((r) => r.json() as Promise<Health>).catch(() => null);
}

/** The instance that holds the leader lock, once one does (asked through /healthz every 100 ms). */
export async function leaderOf(instances: Instance[], timeoutMs = 60_000): Promise<Instance> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const i of instances) {
      if (!i.alive()) continue;
      if ((await healthOf(i))?.leader) return i;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no instance became the leader:\n${instances.map((i) => `:${i.port} ${i.stderr().slice(-1500)}`).join("\n")}`);
}

/** Resolves once every instance answers /healthz (its HTTP server is up). */
export async function allListening(instances: Instance[], timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (const i of instances) {
    while (!(await healthOf(i))) {
      if (Date.now() > end || !i.alive()) throw new Error(`instance on :${i.port} never answered /healthz:\n${i.stderr().slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Resolves once `fn` answers truthy (asked every 100 ms), or fails after `timeoutMs` saying what it waited for. */
export async function until<T>(what: string, fn: () => Promise<T | null | false | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A gate for the fake's answers: `fake.hold = gate.promise`, opened by `gate.open()`. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}
