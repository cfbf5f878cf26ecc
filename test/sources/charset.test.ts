import { afterAll, beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeBody, detectCharset } from "../../src/sources/charset.js";
import { readSource } from "../../src/sources/read.js";
import { FeedServer } from "../support/feed-server.js";
import { LEGACY_ITEMS } from "./fixtures/arabic.js";
import { FAST, fixture } from "./helpers.js";

let srv: FeedServer;
beforeAll(async () => {
  srv = await FeedServer.start();
});
afterAll(async () => {
  await srv.close();
});

const state = { etag: null, lastModified: null };

async function readAs(path: string, file: string, contentType: string) {
  srv.route(path, { body: fixture(file), headers: { "content-type": contentType } });
  return readSource({ url: srv.url(path), kind: "feed", fullText: false }, state, { allowPrivate: true, limits: FAST });
}

function expectLegacyArabic(items: Array<{ title: string; text: string; guid: string | null }>) {
  expect(items.map((i) => i.guid)).toEqual(LEGACY_ITEMS.map((i) => i.guid));
  expect(items.map((i) => i.title)).toEqual(LEGACY_ITEMS.map((i) => i.title));
  expect(items.map((i) => i.text)).toEqual(LEGACY_ITEMS.map((i) => i.text));
}

describe("legacy Arabic encodings over HTTP", () => {
  it("the committed fixtures really are single-byte encodings, and the two differ", () => {
    const w = fixture("rss-windows-1256.xml");
    const i = fixture("rss-iso-8859-6.xml");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(w)).toThrow();
    expect(w.toString("latin1")).toContain('encoding="windows-1256"');
    // decoding ISO-8859-6 bytes as windows-1256 gives wrong letters: the tests below would notice
    expect(iconv.decode(fixture("rss-iso-8859-6-nodecl.xml"), "windows-1256")).not.toContain(LEGACY_ITEMS[0].title);
    expect(i.length).toBeGreaterThan(0);
  });

  it("windows-1256 via the HTTP charset only (no encoding in the XML declaration)", async () => {
    const r = await readAs("/w1256-http", "rss-windows-1256-nodecl.xml", "application/rss+xml; charset=windows-1256");
    expectLegacyArabic(r.items);
  });

  it("windows-1256 via the XML declaration only", async () => {
    const r = await readAs("/w1256-decl", "rss-windows-1256.xml", "application/rss+xml");
    expectLegacyArabic(r.items);
  });

  it("ISO-8859-6 via the HTTP charset only", async () => {
    const r = await readAs("/iso-http", "rss-iso-8859-6-nodecl.xml", 'text/xml; charset="ISO-8859-6"');
    expectLegacyArabic(r.items);
  });

  it("ISO-8859-6 via the XML declaration only", async () => {
    const r = await readAs("/iso-decl", "rss-iso-8859-6.xml", "text/xml");
    expectLegacyArabic(r.items);
  });

  it("a server default charset=ISO-8859-1 does not override the document's windows-1256", async () => {
    const r = await readAs("/w1256-latin1", "rss-windows-1256.xml", "text/xml; charset=ISO-8859-1");
    expectLegacyArabic(r.items);
  });
});

describe("decodeBody", () => {
  const arabic = "خبر عاجل من بغداد";
  it("UTF-8 by default, with or without BOM", () => {
    expect(decodeBody(Buffer.from(arabic), null)).toBe(arabic);
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic)]), "text/xml")).toBe(arabic);
  });
  it("HTTP charset first", () => {
    const html = `<meta charset="utf-8"><p>${arabic}</p>`;
    expect(decodeBody(iconv.encode(html, "windows-1256"), "text/html; charset=windows-1256")).toBe(html);
    expect(detectCharset(Buffer.from("<x/>"), "text/xml; charset=cp1256")).toBe("windows-1256");
  });
  it("HTML meta charset and http-equiv", () => {
    const a = `<html><head><meta charset="windows-1256"></head><body>${arabic}</body></html>`;
    expect(decodeBody(iconv.encode(a, "windows-1256"), "text/html")).toBe(a);
    const b = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body>${arabic}</body></html>`;
    expect(decodeBody(iconv.encode(b, "iso-8859-6"), null)).toBe(b);
  });
  it("a BOM decides UTF-16", () => {
    const s = `<?xml version="1.0"?><rss>${arabic}</rss>`;
    expect(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]), null)).toBe(s);
  });
  it("unknown labels fall back to UTF-8", () => {
    expect(decodeBody(Buffer.from(arabic), "text/xml; charset=x-klingon")).toBe(arabic);
    expect(detectCharset(Buffer.from(`<?xml version="1.0" encoding="bogus-9"?><a/>`), null)).toBe("utf-8");
  });
  it("undeclared bytes that are not UTF-8 are read as windows-1256", () => {
    expect(decodeBody(iconv.encode(arabic, "windows-1256"), null)).toBe(arabic);
  });
});
