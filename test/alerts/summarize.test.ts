// The optional abstractive summary against a fake OpenAI-compatible endpoint on
// 127.0.0.1: a good answer, a slow one, a failing one, an unfaithful one.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkSummary, cleanSummary, completionsUrl, createSummarizer, summarizerFromConfig } from "../../src/alerts/summarize.js";
import { summarizePending } from "../../src/pipeline/summaries.js";
import { createRenderer } from "../../src/alerts/index.js";
import { loadConfig } from "../../src/config.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";
import { i18n, storeIncident } from "./helpers.js";

const REPORT = "قتل عنصرا أمن عراقيان وأصيب أربعة آخرون في انفجار عبوة ناسفة بمنطقة الطارمية شمال بغداد مساء الخميس.";
const GOOD = "قُتل عنصرا أمن وأصيب أربعة آخرون بانفجار عبوة ناسفة في الطارمية شمال بغداد مساء الخميس.";

type Behaviour = (req: IncomingMessage, body: any, res: ServerResponse) => void;

describe("abstractive summary", () => {
  let server: Server;
  let url: string;
  let behaviour: Behaviour;
  let requests: { headers: IncomingMessage["headers"]; path: string; body: any }[];
  let tdb: TestDb;

  const answer = (content: string): Behaviour => (_req, _body, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "x", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }));
  };

  beforeEach(async () => {
    requests = [];
    behaviour = answer(GOOD);
    server = createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        const body = raw ? JSON.parse(raw) : null;
        requests.push({ headers: req.headers, path: req.url ?? "", body });
        behaviour(req, body, res);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    tdb = freshDb();
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await tdb.cleanup();
  });

  const summarizer = (timeoutMs = 2000) => createSummarizer({ url, model: "test-model", apiKey: "sk-test", timeoutMs });

  it("asks the chat-completions endpoint with the reports and stores the answer for this version", async () => {
    const inc = await storeIncident(tdb.db, { updatedAt: new Date() }, [{ name: "شفق", url: null, title: "انفجار في الطارمية", text: REPORT }]);
    const result = await summarizePending(tdb.db, summarizer(), silentLog);
    expect(result).toEqual({ summarized: 1, failed: 0 });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe("/v1/chat/completions");
    expect(requests[0]!.headers.authorization).toBe("Bearer sk-test");
    expect(requests[0]!.body.model).toBe("test-model");
    expect(requests[0]!.body.messages[1].content).toContain(REPORT);
    const after = await tdb.db.incident.findUniqueOrThrow({ where: { id: inc.id } });
    expect(after.summaryAi).toBe(GOOD);
    expect(after.summaryAiVersion).toBe(1);
    expect(after.updatedAt.getTime()).toBe(inc.updatedAt.getTime()); // not an update of the facts

    const sub = await tdb.db.subscriber.create({ data: { chatId: 5n } });
    const d = await tdb.db.delivery.create({ data: { key: "alert:1", kind: "alert", chatId: 5n, subscriberId: sub.id, incidentId: inc.id } });
    expect((await createRenderer(tdb.db, i18n, "Asia/Baghdad")(d))!.text).toContain(GOOD);

    // asked once per version: nothing more to do until the facts change
    expect(await summarizePending(tdb.db, summarizer(), silentLog)).toEqual({ summarized: 0, failed: 0 });
    await tdb.db.incident.update({ where: { id: inc.id }, data: { version: 2 } });
    expect(await summarizePending(tdb.db, summarizer(), silentLog)).toEqual({ summarized: 1, failed: 0 });
    expect(requests).toHaveLength(2);
  });

  it("gives up on a slow endpoint at the timeout and keeps the built-in summary", async () => {
    behaviour = () => undefined; // never answers
    const inc = await storeIncident(tdb.db, { updatedAt: new Date() }, [{ name: "شفق", url: null, text: REPORT }]);
    const result = await summarizePending(tdb.db, summarizer(150), silentLog);
    expect(result).toEqual({ summarized: 0, failed: 1 });
    const after = await tdb.db.incident.findUniqueOrThrow({ where: { id: inc.id } });
    expect(after.summaryAi).toBeNull();
    expect(after.summaryAiVersion).toBe(1); // not retried at every cycle
  });

  it("also gives up when the answer's body is what is slow", async () => {
    behaviour = (_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"choices": [');
    };
    await expect(summarizer(150)({ reports: [REPORT] })).rejects.toThrow();
  });

  it("keeps the built-in summary when the endpoint fails or answers nonsense", async () => {
    for (const b of [
      ((_q, _b, res) => { res.writeHead(500); res.end("upstream error"); }) as Behaviour,
      ((_q, _b, res) => { res.writeHead(401, { "content-type": "application/json" }); res.end('{"error":{"message":"bad key"}}'); }) as Behaviour,
      ((_q, _b, res) => { res.writeHead(200, { "content-type": "application/json" }); res.end('{"choices":[]}'); }) as Behaviour,
      ((_q, _b, res) => { res.writeHead(200, { "content-type": "text/html" }); res.end("<html>proxy</html>"); }) as Behaviour,
      answer("Two security personnel were killed."), // not Arabic
      answer("قتل 7 عناصر أمن في الطارمية."), // a number the reports do not state
    ]) {
      behaviour = b;
      await expect(summarizer()({ reports: [REPORT] })).rejects.toThrow();
    }
    behaviour = answer("قتل 7 عناصر أمن.");
    const inc = await storeIncident(tdb.db, { updatedAt: new Date() }, [{ name: "شفق", url: null, text: REPORT }]);
    expect(await summarizePending(tdb.db, summarizer(), silentLog)).toEqual({ summarized: 0, failed: 1 });
    expect((await tdb.db.incident.findUniqueOrThrow({ where: { id: inc.id } })).summaryAi).toBeNull();
  });

  it("does nothing when switched off (the default) and leaves old incidents alone", async () => {
    const config = loadConfig({});
    expect(config.SUMMARY_API_URL).toBeUndefined();
    expect(summarizerFromConfig(config)).toBeNull();
    await storeIncident(tdb.db, { updatedAt: new Date() });
    expect(await summarizePending(tdb.db, null, silentLog)).toEqual({ summarized: 0, failed: 0 });
    const on = summarizerFromConfig(loadConfig({ SUMMARY_API_URL: url, SUMMARY_TIMEOUT_MS: "1000" }));
    const old = await storeIncident(tdb.db, { updatedAt: new Date(Date.now() - 24 * 3600_000) });
    await summarizePending(tdb.db, on, silentLog);
    expect((await tdb.db.incident.findUniqueOrThrow({ where: { id: old.id } })).summaryAiVersion).toBeNull();
    expect(() => loadConfig({ SUMMARY_API_URL: "not a url" })).toThrow(/SUMMARY_API_URL/);
    expect(() => loadConfig({ SUMMARY_TIMEOUT_MS: "5" })).toThrow(/SUMMARY_TIMEOUT_MS/);
  });

  it("cleans a model's answer and checks its numbers against the reports", () => {
    expect(cleanSummary("<think>hmm</think>\n**ملخص:** انفجار   عبوة\n\n# في بغداد")).toBe("ملخص: انفجار عبوة في بغداد");
    expect(checkSummary("قتل ٢ وأصيب 4", "قتل 2 وأصيب ٤ آخرون")).toBeNull();
    expect(checkSummary("قتل 3", "قتل 2")).toMatch(/3/);
    expect(checkSummary("", "x")).not.toBeNull();
    expect(completionsUrl("http://h/v1/")).toBe("http://h/v1/chat/completions");
    expect(completionsUrl("http://h/v1/chat/completions")).toBe("http://h/v1/chat/completions");
  });
});
