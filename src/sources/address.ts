// Which IP addresses the service must never fetch from (the bot's host, the
// LAN, cloud metadata at 169.254.169.254…), and a dns `lookup` that refuses
// them at connect time. Used by http.ts on every hop of every fetch and by the
// admin's add-time check (admin/ssrf.ts).
import { lookup as dnsLookupCb, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

const V4_BLOCKED: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

const V6_BLOCKED: Array<[string, number]> = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routed by some stacks)
  ["ff00::", 8], // multicast
];

const v4 = new BlockList();
for (const [net, prefix] of V4_BLOCKED) v4.addSubnet(net, prefix, "ipv4");
const v6 = new BlockList();
for (const [net, prefix] of V6_BLOCKED) v6.addSubnet(net, prefix, "ipv6");

/** The IPv4 address carried inside an IPv6 one (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), if any. */
export function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const tail = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && groups[5] === 0xffff) return tail(groups[6]!, groups[7]!); // ::ffff:0:0/96
  if (zeros(0, 6) && (groups[6] !== 0 || groups[7]! > 1)) return tail(groups[6]!, groups[7]!); // deprecated ::a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return tail(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return tail(groups[1]!, groups[2]!);
  return null;
}

/** Eight 16-bit groups of an IPv6 address (dotted IPv4 tail allowed), or null. */
function expandIpv6(address: string): number[] | null {
  let a = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  if (isIP(a) !== 6) return null;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const [b0, b1, b2, b3] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    a = a.slice(0, -dotted[1]!.length) + `${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const [head, rest] = a.split("::") as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const h = part(head);
  const t = part(rest);
  const fill = rest === undefined ? [] : new Array<number>(8 - h.length - t.length).fill(0);
  const groups = [...h, ...fill, ...t];
  return groups.length === 8 ? groups : null;
}

/** True when fetching from this IP address would reach a non-public network. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address.replace(/^\[|\]$/g, "").split("%")[0]!);
  if (family === 4) return v4.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  const inner = embeddedIpv4(bare);
  if (inner !== null && v4.check(inner, "ipv4")) return true;
  return v6.check(bare, "ipv6");
}


/** The URL's host as an IP address when it is one (brackets of IPv6 removed), else null. */
export function literalIp(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return isIP(bare.split("%")[0]!) ? bare : null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A drop-in `lookup` for http(s).Agent / request options that refuses to
 * connect to non-public addresses. The add-time check above cannot see a
 * redirect to 127.0.0.1 or a name that later resolves elsewhere (DNS
 * rebinding); checking at connect time does. Literal IP hosts skip `lookup`
 * in Node, so a fetcher must also check those per hop (literalIp + isPrivateAddress).
 */
export function publicOnlyLookup(hostname: string, options: LookupOneOptions | LookupAllOptions | number, callback: LookupCallback): void {
  const opts = typeof options === "number" ? { family: options } : options;
  dnsLookupCb(hostname, { ...opts, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, "");
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) {
      const e: NodeJS.ErrnoException = new Error(`${hostname} resolves to the non-public address ${blocked.address}`);
      e.code = "EPRIVATEADDR";
      return callback(e, "");
    }
    if ("all" in opts && opts.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "");
    callback(null, first.address, first.family);
  });
}
