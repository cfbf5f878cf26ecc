// Refuses source URLs that would make the service fetch from inside its own
// network (the bot's host, the LAN, cloud metadata at 169.254.169.254…).
// Every address the host resolves to is checked: one private answer is enough
// to refuse, since the fetch may use any of them.
// The address rules themselves live in sources/address.ts, where the fetcher
// applies them again on every hop (redirects, DNS rebinding).
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPrivateAddress } from "../sources/index.js";

export { embeddedIpv4, isPrivateAddress, publicOnlyLookup } from "../sources/index.js";

export type UrlCheck =
  | { ok: true; url: string }
  | { ok: false; reason: "bad-url" | "scheme" | "credentials" | "unresolved" | "private"; detail: string };

export type Lookup = (host: string) => Promise<string[]>;

const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Checks that a source URL is http(s) and, unless private sources are allowed,
 * that its host resolves only to public addresses. Returns the normalised URL.
 */
export async function checkSourceUrl(raw: string, opts: { allowPrivate: boolean; lookup?: Lookup }): Promise<UrlCheck> {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "bad-url", detail: raw.slice(0, 200) };
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return { ok: false, reason: "scheme", detail: u.protocol };
  if (u.username || u.password) return { ok: false, reason: "credentials", detail: u.host };
  u.hash = "";
  if (opts.allowPrivate) return { ok: true, url: u.href };
  const host = u.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (opts.lookup ?? systemLookup)(host);
  } catch (err) {
    return { ok: false, reason: "unresolved", detail: `${host}: ${(err as Error).message}` };
  }
  if (addresses.length === 0) return { ok: false, reason: "unresolved", detail: host };
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) return { ok: false, reason: "private", detail: `${host} → ${blocked}` };
  return { ok: true, url: u.href };
}
