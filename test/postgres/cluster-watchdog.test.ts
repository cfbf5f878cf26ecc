// A test run killed outright never reaches its teardown: the cluster it
// started must not stay behind (test/support/postgres-cluster.ts's watchdog).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { expect, it } from "vitest";
import { postgresBin } from "../support/postgres-cluster.js";

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });

it.skipIf(!postgresBin())("SIGKILL of the process that started a cluster: the cluster is stopped and its directory deleted", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "-e", `
    import { startCluster } from "./test/support/postgres-cluster.ts";
    const c = await startCluster();
    console.log(JSON.stringify({ port: c.port, dir: c.dir }));
    setInterval(() => undefined, 1000);`], { stdio: ["ignore", "pipe", "inherit"] });
  const started = await new Promise<{ port: number; dir: string }>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      if (out.includes("\n")) resolve(JSON.parse(out));
    });
    child.once("exit", (code) => reject(new Error(`exited ${code} before starting a cluster`)));
  });
  expect(await accepts(started.port)).toBe(true);
  child.kill("SIGKILL");
  const until = Date.now() + 20_000;
  while ((existsSync(started.dir) || (await accepts(started.port))) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  expect(existsSync(started.dir)).toBe(false);
  expect(await accepts(started.port)).toBe(false);
}, 60_000);
