// The database briefly unavailable (another process holds an exclusive lock)
// at the worst moment: Telegram has just accepted a message and the sender
// cannot write that it did. It must keep the answer, retry the write, and
// neither lose nor repeat anything.
//
// The lock is held by another process: within one process, SQLite's file
// locks do not separate two copies of the SQLite library (Prisma's adapter
// brings its own), so an in-process lock would not block anything.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Api } from "grammy";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { sqlitePath } from "../../src/storage/client.js";
import { Sender } from "../../src/delivery/sender.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { enqueuePendingIncidents } from "../../src/delivery/outbox.js";
import { addSubscribers, keyRenderer, owe, receivedPerChat } from "./helpers.js";

let fake: FakeTelegram;
let tdb: TestDb;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  tdb = freshDb("sqlite"); // the lock below is SQLite's (PostgreSQL: test/postgres/)
});

afterEach(async () => {
  await fake.close();
  await tdb.cleanup();
});

/**
 * A process that takes an exclusive lock on the database each time it gets SIGUSR1, for `holdMs`
 * (0: until release()). The file is in WAL mode: the lock stops writers; readers go on.
 */
class Locker {
  readonly marker: string;
  private proc: ChildProcess;
  times = 0;

  private constructor(path: string, dir: string, holdMs: number) {
    this.marker = join(dir, "locked");
    const script = `
      const fs = require("node:fs");
      const db = new (require("better-sqlite3"))(${JSON.stringify(path)});
      const unlock = () => { if (db.inTransaction) { db.exec("COMMIT"); fs.unlinkSync(${JSON.stringify(this.marker)}); } };
      process.on("SIGUSR1", () => {
        db.exec("BEGIN EXCLUSIVE");
        fs.writeFileSync(${JSON.stringify(this.marker)}, "1");
        if (${holdMs} > 0) setTimeout(unlock, ${holdMs});
      });
      process.on("SIGUSR2", unlock);
      process.stdout.write("ready\\n");
      setInterval(() => {}, 1000);`;
    this.proc = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  }

  static async start(path: string, dir: string, holdMs: number): Promise<Locker> {
    const locker = new Locker(path, dir, holdMs);
    await new Promise<void>((resolve) => locker.proc.stdout!.once("data", () => resolve()));
    return locker;
  }

  get locked(): boolean {
    return existsSync(this.marker);
  }

  /** Takes the lock now: returns once the other process holds it (blocks this process meanwhile, on purpose). */
  lockNow(): void {
    this.times++;
    this.proc.kill("SIGUSR1");
    const deadline = Date.now() + 5000;
    while (!this.locked) if (Date.now() > deadline) throw new Error("the locker did not take the lock");
  }

  /** Lets go of a lock held until released. */
  release(): void {
    this.proc.kill("SIGUSR2");
  }

  async waitUnlocked(): Promise<void> {
    while (this.locked) await new Promise((r) => setTimeout(r, 10));
  }

  stop(): void {
    this.proc.kill("SIGKILL");
  }
}

describe("database briefly unavailable", () => {
  it("a lock right after Telegram accepted a message: the write waits, nothing is lost or repeated", async () => {
    const chats = await addSubscribers(tdb.db, 40, { groups: 4 });
    await owe(tdb.db, "alert:1", chats);
    // the sender's own client gives up on a lock after 50 ms instead of 5 s, so the test stays short
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: tdb.url, timeout: 50 }) });
    const warnings: string[] = [];
    const log = pino({ level: "warn" }, { write: (line: string) => void warnings.push(line) });
    const sender = new Sender({
      db, log, render: keyRenderer, concurrency: 2,
      api: new Api(fake.token, { apiRoot: fake.apiRoot }),
      limits: { perSecond: 100 },
    });
    const locker = await Locker.start(sqlitePath(tdb.url)!, tdb.dir, 500);
    // the 10th and the 30th message have reached Telegram; the database goes away before the answers come back
    fake.beforeAnswer = (call) => {
      const n = fake.callsOf("sendMessage").length;
      if (call.method === "sendMessage" && (n === 10 || n === 30) && !locker.locked) locker.lockNow();
    };
    try {
      for (let round = 0; round < 50; round++) {
        await sender.flush().catch(() => undefined);
        await locker.waitUnlocked();
        if (!(await db.delivery.count({ where: { state: { in: ["pending", "sending"] } } }))) break;
      }
    } finally {
      locker.stop();
      await db.$disconnect();
    }

    expect(locker.times).toBe(2);
    expect(warnings.some((w) => w.includes("database write failed"))).toBe(true);
    const received = receivedPerChat(fake.calls);
    expect(chats.map((c) => received.get(String(c)) ?? 0)).toEqual(Array(40).fill(1));
    const rows = await tdb.db.delivery.findMany();
    expect(rows.every((r) => r.state === "sent" && r.messageId !== null)).toBe(true);
  });

  it("the fan-out interrupted by an unavailable database is finished by the next run, without duplicates", async () => {
    await addSubscribers(tdb.db, 5000);
    const incident = await tdb.db.incident.create({
      data: { type: "ied", province: "baghdad", provinces: '["baghdad"]', headline: "h", summary: "s", fingerprint: "f", occurredAt: new Date() },
    });
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: tdb.url, timeout: 20 }) });
    const locker = await Locker.start(sqlitePath(tdb.url)!, tdb.dir, 0);
    // a fifth of the chats have a keyword filter (which the incident passes): they are checked in JavaScript and
    // written after the set-based statement has written the others; the lock is taken once that statement is done,
    // and held until the fan-out has failed (its reads go on in WAL mode: the next write is what fails)
    await tdb.db.subscriber.updateMany({ where: { chatId: { lt: BigInt(2001) } }, data: { keywordsNone: '["تمرين"]' } });
    const raw = db.$executeRaw.bind(db);
    let statements = 0;
    (db as any).$executeRaw = (async (...args: any[]) => {
      const result = await (raw as any)(...args);
      if (++statements === 1) locker.lockNow();
      return result;
    }) as any;
    await expect(enqueuePendingIncidents(db, new Date())).rejects.toThrow();
    locker.release();
    await locker.waitUnlocked();
    locker.stop();
    const partial = await tdb.db.delivery.count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(5000);
    expect((await tdb.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).enqueuedVersion).toBe(0);

    expect(await enqueuePendingIncidents(db, new Date())).toBe(5000 - partial);
    expect(await tdb.db.delivery.count()).toBe(5000);
    expect((await tdb.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).enqueuedVersion).toBe(1);
    await db.$disconnect();
  });
});
