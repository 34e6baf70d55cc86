/**
 * Refuses scan URLs that point inside the network (SSRF): loopback, private, link-local, cloud
 * metadata (169.254.169.254), CGNAT, multicast, reserved. The address rules are the sandbox's
 * own guard (one definition for the API's early refusal and the sandbox's connect-time check);
 * the hostname is resolved and *every* address must be public. DNS can change between this
 * check and the visit: the sandbox checks again when it connects.
 */
import { checkHost } from '@ghostguard/sandbox';
import { lookup } from 'node:dns/promises';
import { AppError } from '../errors.ts';

export type Resolver = (hostname: string) => Promise<readonly string[]>;

export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Ports a phishing page plausibly uses; anything else is more likely a probe of a service. */
const WEB_PORTS = new Set(['', '80', '443', '8080', '8443']);

const notAllowed = (why: string) => new AppError('GG_ERR_URL_NOT_ALLOWED', `this address cannot be scanned: ${why}`, { field: 'url' });

/**
 * Validates a scan URL; returns its normalised href. Unresolvable names are accepted (a taken-down
 * page is still worth a record; the sandbox records the DNS failure and guards the visit).
 */
export async function checkScanUrl(raw: string, opts: { allowLoopback: boolean; resolve: Resolver }): Promise<string> {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new AppError('GG_ERR_VALIDATION', 'url is not a valid absolute URL', { field: 'url' });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw notAllowed('only http and https');
  if (!WEB_PORTS.has(u.port) && !opts.allowLoopback) throw notAllowed('unusual port');
  const host = u.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  // Single-label and site-local names (printer, nas.local, db.internal) only exist inside a network.
  if (!host.includes('.') && !host.includes(':') && !(opts.allowLoopback && host === 'localhost')) throw notAllowed('internal host name');
  if (/\.(local|internal|lan|home\.arpa|intranet|corp)$/.test(host)) throw notAllowed('internal host name');
  const r = await checkHost(host, { allowLoopback: opts.allowLoopback, resolve: opts.resolve, dnsTimeoutMs: 3000 });
  if (!r.allowed && r.reason !== 'dns-failure') throw notAllowed(r.reason);
  return u.href;
}
