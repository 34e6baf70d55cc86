/**
 * Refuses scan URLs that point inside the network (SSRF): loopback, private, link-local (cloud
 * metadata at 169.254.169.254), CGNAT, multicast, reserved, and their IPv4-mapped IPv6 forms.
 * The hostname is resolved and *every* address must be public. The sandbox re-checks at connect
 * time (DNS can change between this check and the visit); this is the API's early refusal.
 * TODO(sandbox): use the sandbox package's address guard once it is exported.
 */
import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { AppError } from '../errors.ts';

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96], ['100::', 64],
] as const) PRIVATE.addSubnet(net, bits, 'ipv6');
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** IPv4-mapped IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is. */
function normalise(addr: string): { addr: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr);
  if (mapped?.[1]) return { addr: mapped[1], family: 'ipv4' };
  return { addr, family: isIP(addr) === 6 ? 'ipv6' : 'ipv4' };
}

export function isBlockedAddress(address: string, allowLoopback = false): boolean {
  const { addr, family } = normalise(address);
  if (isIP(addr) === 0) return true;
  if (allowLoopback && LOOPBACK.check(addr, family)) return false;
  return PRIVATE.check(addr, family);
}

const notAllowed = (why: string) => new AppError('GG_ERR_URL_NOT_ALLOWED', `this address cannot be scanned: ${why}`, { field: 'url' });

/**
 * Validates a scan URL; returns its normalised href. Unresolvable names are accepted (the page may
 * be gone; the sandbox records the DNS failure and re-checks addresses before connecting).
 */
export async function checkScanUrl(raw: string, opts: { allowLoopback: boolean; resolve: Resolver }): Promise<string> {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new AppError('GG_ERR_VALIDATION', 'url is not a valid absolute URL', { field: 'url' });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw notAllowed('only http and https');
  if (u.port !== '' && !['80', '443', '8080', '8443'].includes(u.port) && !opts.allowLoopback) throw notAllowed('unusual port');
  const host = u.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === '' ) throw notAllowed('no host');
  if (isIP(host) !== 0) {
    if (isBlockedAddress(host, opts.allowLoopback)) throw notAllowed('private or internal address');
    return u.href;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || !host.includes('.')) {
    if (!(opts.allowLoopback && host === 'localhost')) throw notAllowed('internal host name');
  }
  let addrs: string[] = [];
  try {
    addrs = await opts.resolve(host);
  } catch {
    return u.href;
  }
  if (addrs.some((a) => isBlockedAddress(a, opts.allowLoopback))) throw notAllowed('the name resolves to a private or internal address');
  return u.href;
}
