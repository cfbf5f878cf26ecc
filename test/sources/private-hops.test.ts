// The address check on every hop, seen from a host the check lets through.
// The feed server can only listen on loopback, so this file treats 127.0.0.1
// (and only it) as a public address; every other loopback, private or
// link-local address, and every name resolving to one, is judged as in
// production (publicOnlyLookup keeps the real check).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { httpGet } from "../../src/sources/http.js";
import { readSource } from "../../src/sources/read.js";
import { FeedServer } from "../support/feed-server.js";
import { FAST, RSS, failure, fixture, item, rss } from "./helpers.js";

vi.mock("../../src/sources/address.js", async (importActual) => {
  const actual = await importActual<typeof import("../../src/sources/address.js")>();
  return { ...actual, isPrivateAddress: (a: string) => a !== "127.0.0.1" && actual.isPrivateAddress(a) };
});

let srv: FeedServer;
beforeAll(async () => {
  srv = await FeedServer.start();
});
afterAll(async () => {
  await srv.close();
});

const HTML = { "content-type": "text/html; charset=utf-8" };

describe("private addresses on every hop", () => {
  it("an allowed host fetches normally", async () => {
    srv.route("/ok", { body: "fine", headers: RSS });
    expect((await httpGet(srv.url("/ok"), { limits: FAST })).bytes.toString()).toBe("fine");
  });

  it.each([
    ["a private literal IP", () => `http://127.0.0.2:${srv.port}/feed`, /127\.0\.0\.2:\d+ is a loopback, private or link-local address/],
    ["cloud metadata", () => "http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is a loopback/],
    ["an IPv6 loopback", () => `http://[::1]:${srv.port}/feed`, /\[::1\]:\d+ is a loopback/],
    ["a name resolving to loopback", () => `http://localhost:${srv.port}/feed`, /localhost resolves to the non-public address/],
  ])("a redirect from an allowed host to %s is refused", async (_, target, message) => {
    const path = `/jump-${Math.random().toString(36).slice(2)}`;
    srv.route(path, { kind: "redirect", to: target(), status: 302 });
    srv.route("/feed", { body: "secret", headers: RSS });
    const e = await failure(httpGet(srv.url(path), { limits: FAST }));
    expect(e.kind).toBe("private-address");
    expect(e.message).toMatch(message);
    expect(e.message).toContain("ALLOW_PRIVATE_SOURCES");
    expect(srv.requestsFor(path)).toHaveLength(1);
    expect(srv.requestsFor("/feed")).toHaveLength(0);
  });

  it("full-text links to private hosts are skipped and their teasers kept; a public one is read", async () => {
    srv.route("/article/public", { body: fixture("article.html"), headers: HTML });
    srv.route("/article/inside", { body: fixture("article.html"), headers: HTML });
    srv.route("/feed-mixed", {
      headers: RSS,
      body: rss(
        item({ title: "عام", link: srv.url("/article/public"), guid: "1", description: "تشويقة ١" }) +
          item({ title: "داخلي", link: `http://127.0.0.2:${srv.port}/article/inside`, guid: "2", description: "تشويقة ٢" }) +
          item({ title: "بالاسم", link: `http://localhost:${srv.port}/article/inside`, guid: "3", description: "تشويقة ٣" }) +
          item({ title: "البيانات", link: "http://169.254.169.254/latest/meta-data/", guid: "4", description: "تشويقة ٤" }),
      ),
    });
    const r = await readSource({ url: srv.url("/feed-mixed"), kind: "feed", fullText: true }, { etag: null, lastModified: null }, { limits: FAST });
    expect(r.items[0]!.text).toContain("وأضاف البيان أن القوات الأمنية عثرت على منصة الإطلاق");
    expect(r.items.slice(1).map((i) => i.text)).toEqual(["تشويقة ٢", "تشويقة ٣", "تشويقة ٤"]);
    expect(r.fullText).toMatchObject({ attempted: 4, replaced: 1 });
    expect(r.fullText!.failed).toHaveLength(3);
    for (const f of r.fullText!.failed) expect(f.error).toMatch(/^private-address: refused: /);
    expect(srv.requestsFor("/article/inside")).toHaveLength(0);
  });

  it("the feed itself redirected to a private address fails the read", async () => {
    srv.route("/moved-feed", { kind: "redirect", to: `http://10.0.0.1:${srv.port}/feed` });
    const e = await failure(readSource({ url: srv.url("/moved-feed"), kind: "feed", fullText: false }, { etag: null, lastModified: null }, { limits: FAST }));
    expect(e.kind).toBe("private-address");
  });
});
