// A sender in a process of its own, for the crash tests: it sends what the
// outbox owes and exits 0 when nothing is left. The test kills it with
// SIGKILL at chosen moments and starts it again.
// env: DATABASE_URL, API_ROOT, BOT_TOKEN, RATE, CONCURRENCY
import { Api } from "grammy";
import { pino } from "pino";
import { createDb } from "../../src/storage/client.js";
import { Sender } from "../../src/delivery/sender.js";

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const db = createDb(env("DATABASE_URL"));
const sender = new Sender({
  db,
  api: new Api(env("BOT_TOKEN"), { apiRoot: env("API_ROOT") }),
  log: pino({ level: "silent" }),
  render: async (d) => ({ text: `${d.key} → ${d.chatId}` }),
  limits: { perSecond: Number(env("RATE")), perGroupPerMinute: 1000 },
  concurrency: Number(env("CONCURRENCY")),
});

for (;;) {
  await sender.flush();
  const left = await db.delivery.count({ where: { state: { in: ["pending", "sending"] } } });
  if (left === 0) break;
  await new Promise((r) => setTimeout(r, 50));
}
await db.$disconnect();
process.exit(0);
