// Where a fetch may go. URLs found in feeds and redirects are written by others: they may point at this
// machine (127.0.0.1, a local admin page), the local network or the cloud metadata address (169.254.169.254).
// Those are refused unless they are on the host the user named, or the user allows private addresses.
// The check runs on the resolved address, inside the connection's own DNS lookup, so a name that resolves
// to a public address for the check and a private one for the connection (DNS rebinding) cannot slip past.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

/** True for loopback, private, link-local, shared, multicast and unspecified addresses (v4, v6, v4-mapped v6). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(bare, 'ipv6');
}

export interface AddressPolicy {
  /** host names (lower case, no port) the user named: their own addresses are allowed, private or not */
  trustedHosts: Set<string>;
  /** the user allows every address (--allow-private-addresses) */
  allowPrivate: boolean;
}

export const policyFor = (namedUrl: string, allowPrivate = false): AddressPolicy => ({
  trustedHosts: new Set([hostOf(namedUrl)].filter(Boolean)), allowPrivate,
});

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}

/** Why `url` may not be fetched under `policy`, before any connection: scheme and literal IP addresses. */
export function urlRefusal(url: string, policy: AddressPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `not an http(s) URL (${parsed.protocol.slice(0, 20)})`;
  const host = hostOf(url);
  if (policy.allowPrivate || policy.trustedHosts.has(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return `refused: ${host} is this machine (a private address; --allow-private-addresses allows it)`;
  if (isIP(host) && isPrivateAddress(host)) return `refused: ${host} is a private address (--allow-private-addresses allows it)`;
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup for the connection that fails when an untrusted name resolves to a private address. */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true } as { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const trusted = policy.allowPrivate || policy.trustedHosts.has(hostname.toLowerCase());
      const bad = trusted ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad) {
        const e = Object.assign(new Error(`refused: ${hostname} resolves to the private address ${bad.address} (--allow-private-addresses allows it)`), { code: 'EPRIVATEADDRESS' });
        return callback(e, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}
