// SIGKILL during a broadcast, with a real child process: nothing is lost, and
// only a message whose request was in flight at the kill (or whose answer was
// not yet written: the last GROUP_MS of answers, writes.ts) can arrive twice —
// Telegram offers no idempotency key.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { GROUP_MS } from "../../src/delivery/writes.js";
import { addSubscribers, owe, receivedPerChat } from "./helpers.js";

const CHILD = fileURLToPath(new URL("../support/delivery-child.ts", import.meta.url));

let fake: FakeTelegram;
let tdb: TestDb;
let child: ChildProcess | null = null;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  tdb = freshDb();
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await fake.close();
  await tdb.cleanup();
});

function startSender(o: { rate: number; concurrency: number }): { proc: ChildProcess; exited: Promise<number | string> } {
  const proc = spawn(process.execPath, ["--import", "tsx", CHILD], {
    env: {
      ...process.env,
      DATABASE_URL: tdb.url, API_ROOT: fake.apiRoot, BOT_TOKEN: fake.token,
      RATE: String(o.rate), CONCURRENCY: String(o.concurrency),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  proc.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
  child = proc;
  const exited = new Promise<number | string>((resolve) =>
    proc.on("exit", (code, signal) => {
      if (code) console.error(stderr);
      resolve(signal ?? code ?? -1);
    }),
  );
  return { proc, exited };
}

/** Chats whose rows were left "sending" by the kill: the only ones that may get a message twice. */
async function leftSending(): Promise<Set<string>> {
  const rows = await tdb.db.delivery.findMany({ where: { state: "sending" }, select: { chatId: true } });
  return new Set(rows.map((r) => String(r.chatId)));
}

describe("crash and restart (SIGKILL)", () => {
  it("killed while Telegram holds a request: that one message is repeated, nothing else, nothing lost", async () => {
    const chats = await addSubscribers(tdb.db, 60, { groups: 6 });
    await owe(tdb.db, "broadcast:1", chats);
    // answers further apart than the group commit's window: each is written before the next comes, so
    // nothing but the request in flight can be repeated (the grouped case is the next test's)
    fake.latencyMs = GROUP_MS + 30;
    const first = startSender({ rate: 200, concurrency: 1 });
    let victim: string | null = null;
    // the 25th message has reached Telegram; the sender dies before the answer leaves
    fake.beforeAnswer = (call) => {
      if (victim || call.method !== "sendMessage" || fake.callsOf("sendMessage").length < 25) return;
      victim = String(call.params.chat_id);
      first.proc.kill("SIGKILL");
    };
    expect(await first.exited).toBe("SIGKILL");
    fake.beforeAnswer = null;
    fake.latencyMs = 0;
    const uncertain = await leftSending();
    expect(uncertain.has(victim!)).toBe(true);

    const second = startSender({ rate: 200, concurrency: 1 });
    expect(await second.exited).toBe(0);
    const received = receivedPerChat(fake.calls);
    for (const chat of chats) {
      const n = received.get(String(chat)) ?? 0;
      expect(n, `chat ${chat}`).toBeGreaterThanOrEqual(1); // nothing lost
      if (String(chat) === victim) expect(n).toBe(2); // the documented window
      else if (n > 1) expect(uncertain.has(String(chat)), `chat ${chat} repeated`).toBe(true);
    }
    const repeated = [...received.values()].filter((n) => n > 1).length;
    // the request in flight, and the answers not yet written: at most one with SQLite (written in-process);
    // PostgreSQL's write is a round trip to another process, which a loaded machine can stretch past the next answer
    expect(repeated).toBeLessThanOrEqual(tdb.engine === "postgres" ? 3 : 2);
    expect(await tdb.db.delivery.count({ where: { state: "sent" } })).toBe(60);
  });

  it("killed again and again at random moments: every subscriber gets the broadcast, repeats only from the kill windows", async () => {
    const chats = await addSubscribers(tdb.db, 300, { groups: 20 });
    await owe(tdb.db, "broadcast:1", chats);
    const concurrency = 4;
    const uncertain = new Set<string>();
    let kills = 0;
    /** per kill: the answers that may not have been written yet (see the bound below) */
    let unwritten = 0;
    for (let round = 0; round < 4; round++) {
      const run = startSender({ rate: 400, concurrency });
      const before = fake.callsOf("sendMessage").length;
      // kill after a random number of messages (so: at a random point of the sending loop)
      const after = before + 10 + Math.floor(Math.random() * 40);
      await fake.waitForCall(() => fake.callsOf("sendMessage").length >= after, 15_000).catch(() => undefined);
      await new Promise((r) => setTimeout(r, Math.random() * 20));
      if (run.proc.exitCode !== null) break;
      run.proc.kill("SIGKILL");
      // Answered within the group commit's window before the kill (and the write under way, given
      // 250 ms on a loaded machine): these may still be "sending" in the database, so sent again.
      const killedAt = Date.now();
      unwritten += fake.callsOf("sendMessage").filter((c) => c.at >= killedAt - GROUP_MS - 250).length;
      expect(await run.exited).toBe("SIGKILL");
      kills++;
      for (const c of await leftSending()) uncertain.add(c);
    }
    expect(kills).toBeGreaterThan(0);
    const last = startSender({ rate: 400, concurrency });
    expect(await last.exited).toBe(0);

    const received = receivedPerChat(fake.calls);
    const lost = chats.filter((c) => !received.has(String(c)));
    expect(lost).toEqual([]);
    const repeated = [...received.entries()].filter(([, n]) => n > 1).map(([chat]) => chat);
    expect(repeated.every((chat) => uncertain.has(chat))).toBe(true);
    // at each kill: the requests in flight, and the answers not yet written (their calls are among those counted)
    expect(repeated.length).toBeLessThanOrEqual(kills * concurrency + unwritten);
    expect(await tdb.db.delivery.count({ where: { state: "sent" } })).toBe(300);
  }, 90_000); // five start-ups of the sender's process on a loaded machine
});
