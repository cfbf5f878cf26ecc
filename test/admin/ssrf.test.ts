import { describe, expect, it } from "vitest";
import { checkSourceUrl, embeddedIpv4, isPrivateAddress, publicOnlyLookup } from "../../src/admin/ssrf.js";

describe("isPrivateAddress", () => {
  const blocked = [
    "127.0.0.1", "127.255.255.254", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "239.255.255.250", "255.255.255.255", "198.18.0.1",
    "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:a9fe:a9fe", "64:ff9b::a00:1", "2002:c0a8:101::1", "::127.0.0.1",
  ];
  const open = ["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"];
  it.each(blocked)("refuses %s", (a) => expect(isPrivateAddress(a)).toBe(true));
  it.each(open)("allows %s", (a) => expect(isPrivateAddress(a)).toBe(false));
  it("refuses what is not an address at all", () => expect(isPrivateAddress("example.com")).toBe(true));
  it("finds the IPv4 inside mapped, NAT64 and 6to4 addresses", () => {
    expect(embeddedIpv4("::ffff:192.168.0.1")).toBe("192.168.0.1");
    expect(embeddedIpv4("64:ff9b::c0a8:1")).toBe("192.168.0.1");
    expect(embeddedIpv4("2002:c0a8:0001::")).toBe("192.168.0.1");
    expect(embeddedIpv4("2001:db8::1")).toBeNull();
  });
});

describe("checkSourceUrl", () => {
  const publicLookup = async () => ["93.184.216.34"];
  it("accepts a public http(s) URL and normalises it", async () => {
    expect(await checkSourceUrl(" https://Example.com/feed#top ", { allowPrivate: false, lookup: publicLookup })).toEqual({ ok: true, url: "https://example.com/feed" });
  });
  it.each(["file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/", "javascript:alert(1)"])("refuses the scheme of %s", async (url) => {
    const r = await checkSourceUrl(url, { allowPrivate: true, lookup: publicLookup });
    expect(r).toMatchObject({ ok: false, reason: "scheme" });
  });
  it("refuses URLs with credentials and non-URLs", async () => {
    expect(await checkSourceUrl("http://user:pw@example.com/", { allowPrivate: false, lookup: publicLookup })).toMatchObject({ ok: false, reason: "credentials" });
    expect(await checkSourceUrl("not a url", { allowPrivate: false, lookup: publicLookup })).toMatchObject({ ok: false, reason: "bad-url" });
  });
  it.each(["http://127.0.0.1:8080/feed", "http://0x7f.1/", "http://2130706433/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/"])(
    "refuses the literal private host of %s",
    async (url) => expect(await checkSourceUrl(url, { allowPrivate: false, lookup: publicLookup })).toMatchObject({ ok: false, reason: "private" }),
  );
  it("refuses a name when any of its addresses is private", async () => {
    const r = await checkSourceUrl("http://rebind.example/feed", { allowPrivate: false, lookup: async () => ["93.184.216.34", "10.0.0.5"] });
    expect(r).toMatchObject({ ok: false, reason: "private", detail: "rebind.example → 10.0.0.5" });
  });
  it("resolves names with the system resolver: localhost is refused", async () => {
    expect(await checkSourceUrl("http://localhost:9/feed", { allowPrivate: false })).toMatchObject({ ok: false, reason: "private" });
  });
  it("reports names that do not resolve", async () => {
    const r = await checkSourceUrl("http://nowhere.invalid/", { allowPrivate: false, lookup: async () => { throw new Error("ENOTFOUND"); } });
    expect(r).toMatchObject({ ok: false, reason: "unresolved" });
  });
  it("lets private addresses through when ALLOW_PRIVATE_SOURCES is set", async () => {
    expect(await checkSourceUrl("http://127.0.0.1:8080/feed", { allowPrivate: true })).toEqual({ ok: true, url: "http://127.0.0.1:8080/feed" });
  });
});

describe("publicOnlyLookup (for the fetcher's agents: redirects and DNS rebinding)", () => {
  it("refuses to connect to a name that resolves to loopback", async () => {
    const http = await import("node:http");
    const server = http.createServer((_q, r) => r.end("secret"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as import("node:net").AddressInfo).port;
    try {
      const get = (lookup?: typeof publicOnlyLookup) =>
        new Promise<string>((resolve, reject) => {
          http.get({ host: "localhost", port, family: 4, agent: false, ...(lookup ? { lookup } : {}) }, (res) => {
            let body = "";
            res.on("data", (c) => (body += c));
            res.on("end", () => resolve(body));
          }).on("error", reject);
        });
      expect(await get()).toBe("secret"); // the server is reachable…
      await expect(get(publicOnlyLookup)).rejects.toMatchObject({ code: "EPRIVATEADDR" }); // …but not through the guard
    } finally {
      server.close();
    }
  });
});
