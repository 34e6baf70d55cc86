/**
 * Domain blocklists: RPZ zone (DNS Response Policy Zones, draft-vixie-dnsop-dns-rpz), hosts file,
 * and an AdGuard/uBlock filter list. Only domain indicators are listed — a URL indicator on a
 * shared host must not block the whole host. Names are converted to A-labels (punycode) and each
 * label is validated (LDH or underscore, 1–63 octets, ≤ 253 in total with the zone origin):
 * anything else is dropped rather than escaped, so a hostile value can never inject zone syntax.
 */
import { domainToASCII } from 'node:url';
import { analyzeUrl } from '@ghostguard/core';
import { sanitiseForExport, type ExportInput } from './records.ts';

const LABEL = /^(?:[a-z0-9_]|[a-z0-9_][a-z0-9_-]{0,61}[a-z0-9_])$/;

/** A validated A-label domain, or undefined. */
export function safeDomain(value: string, maxLength = 253): string | undefined {
  const ascii = domainToASCII(value.trim().replace(/\.$/, ''));
  if (!ascii || ascii.length > maxLength) return undefined;
  const labels = ascii.toLowerCase().split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  return labels.join('.');
}

/**
 * Domains to block, sorted: validated, and never a brand's official domain (a last safety net
 * behind the allowlist: blocking whatsapp.com in a national resolver would be a disaster).
 */
export function blocklistDomains(raw: ExportInput, maxLength = 253): string[] {
  const input = sanitiseForExport(raw);
  const out = new Set<string>();
  for (const i of input.indicators) {
    if (i.type !== 'domain') continue;
    const d = safeDomain(i.value, maxLength);
    if (!d || analyzeUrl(d, { domainOnly: true }).level === 'safe') continue;
    out.add(d);
  }
  return [...out].sort();
}

export interface RpzOptions {
  /** Zone origin, e.g. rpz.ghostguard.example */
  readonly origin?: string;
  /** SOA serial; default: generatedAt in unix seconds (increases with every new export). */
  readonly serial?: number;
  readonly ttl?: number;
}

export function buildRpzZone(input: ExportInput, o: RpzOptions = {}): string {
  const origin = safeDomain(o.origin ?? 'rpz.ghostguard.invalid') ?? 'rpz.ghostguard.invalid';
  const serial = (o.serial ?? Math.floor(Date.parse(input.generatedAt) / 1000)) >>> 0;
  const ttl = Math.max(30, Math.floor(o.ttl ?? 300));
  // "*." + name + "." + origin must fit in 253 octets.
  const domains = blocklistDomains(input, 253 - origin.length - 3);
  const lines = [
    `; GhostGuard RPZ: ${domains.length} domains, generated ${new Date(Date.parse(input.generatedAt)).toISOString()}`,
    `$ORIGIN ${origin}.`,
    `$TTL ${ttl}`,
    // refresh 1h, retry 10 min, expire 1 day, negative TTL = ttl (RFC 2308).
    `@ IN SOA localhost. hostmaster.${origin}. ( ${serial} 3600 600 86400 ${ttl} )`,
    '@ IN NS localhost.',
  ];
  // CNAME . = NXDOMAIN policy (RPZ "rewrite to NXDOMAIN"); the wildcard covers every subdomain.
  for (const d of domains) lines.push(`${d} CNAME .`, `*.${d} CNAME .`);
  return lines.join('\n') + '\n';
}

export function buildHostsFile(input: ExportInput): string {
  const domains = blocklistDomains(input);
  return [`# GhostGuard blocklist (hosts format): ${domains.length} domains`, `# Generated: ${new Date(Date.parse(input.generatedAt)).toISOString()}`, ...domains.map((d) => `0.0.0.0 ${d}`)].join('\n') + '\n';
}

export function buildFilterList(input: ExportInput, o: { title?: string; homepage?: string; expiresHours?: number } = {}): string {
  const domains = blocklistDomains(input);
  return [
    '[Adblock Plus 2.0]',
    `! Title: ${o.title ?? 'GhostGuard: GhostPairing and messenger account-takeover domains'}`,
    `! Expires: ${o.expiresHours ?? 6} hours`,
    `! Last modified: ${new Date(Date.parse(input.generatedAt)).toISOString()}`,
    ...(o.homepage ? [`! Homepage: ${o.homepage}`] : []),
    `! Entries: ${domains.length}`,
    ...domains.map((d) => `||${d}^`),
  ].join('\n') + '\n';
}
