/**
 * Decides whether the sandbox (and later the server's scan endpoint) may connect to a host.
 * Every page we visit is hostile, so a page that points the browser at 10.0.0.1, the cloud
 * metadata service or the machine itself must get nowhere (SSRF). Ranges follow the IANA
 * special-purpose registries (RFC 6890 and its updates):
 * https://www.iana.org/assignments/iana-ipv4-special-registry and ...-ipv6-special-registry.
 *
 * Host strings are parsed the way inet_aton and WHATWG URL do (decimal `2130706433`, hex
 * `0x7f.1`, octal `0177.0.0.1`, short forms `127.1`), so an encoded private address cannot
 * slip through as a "hostname". Names are resolved with node:dns and *every* address must be
 * public: an attacker controls their DNS and can return a public and a private address.
 * Callers must connect to one of the returned addresses (pinning): resolving again later is
 * what DNS rebinding exploits.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export type BlockReason =
  | 'loopback' | 'private' | 'link-local' | 'multicast' | 'cgnat' | 'unspecified'
  | 'cloud-metadata' | 'reserved' | 'broadcast' | 'invalid-host' | 'dns-failure';

export type Resolver = (host: string) => Promise<readonly string[]>;

export interface GuardOptions {
  /** Tests only: permits 127.0.0.0/8 and ::1. Every other private range stays refused. */
  readonly allowLoopback?: boolean;
  /** Injected in tests; defaults to getaddrinfo via node:dns (honours /etc/hosts). */
  readonly resolve?: Resolver;
  readonly dnsTimeoutMs?: number;
}

export type HostCheck =
  | { readonly allowed: true; readonly host: string; readonly addresses: readonly string[] }
  | { readonly allowed: false; readonly host: string; readonly reason: BlockReason; readonly address?: string };

/** Cloud metadata endpoints that are not otherwise covered by a private range. */
const METADATA_V4 = new Set(['169.254.169.254', '169.254.170.2', '168.63.129.16', '100.100.100.200']);
const METADATA_V6 = new Set(['fd00:ec2:0:0:0:0:0:254']);

/** Parses an IPv4 literal in any inet_aton form; null when it is not one. */
export function parseIPv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(p)) n = Number(p);
    else return null;
    if (!Number.isFinite(n)) return null;
    nums.push(n);
  }
  const last = nums.pop() ?? 0;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return null;
  const bytes = [...nums];
  for (let i = 3 - nums.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

/** Parses an IPv6 literal (with or without brackets, with an embedded IPv4 tail) to 16 bytes. */
export function parseIPv6(input: string): number[] | null {
  const host = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(host) !== 6) return null;
  let text = host.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const b = parseIPv4(v4[1]);
    if (!b) return null;
    text = text.slice(0, -v4[1].length) + `${((b[0] ?? 0) * 256 + (b[1] ?? 0)).toString(16)}:${((b[2] ?? 0) * 256 + (b[3] ?? 0)).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8) return null;
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 255];
  });
}

function inV4(b: readonly number[], net: readonly number[], bits: number): boolean {
  for (let i = 0; i < 4; i++) {
    const take = Math.max(0, Math.min(8, bits - i * 8));
    const mask = take === 0 ? 0 : (0xff << (8 - take)) & 0xff;
    if (((b[i] ?? 0) & mask) !== ((net[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** IPv4 special ranges, most specific first. null = public. */
export function classifyIPv4(b: readonly number[]): BlockReason | null {
  const dotted = b.join('.');
  if (METADATA_V4.has(dotted)) return 'cloud-metadata';
  const table: readonly [readonly number[], number, BlockReason][] = [
    [[0, 0, 0, 0], 8, 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
    [[10, 0, 0, 0], 8, 'private'],
    [[100, 64, 0, 0], 10, 'cgnat'],
    [[127, 0, 0, 0], 8, 'loopback'],
    [[169, 254, 0, 0], 16, 'link-local'],
    [[172, 16, 0, 0], 12, 'private'],
    [[192, 0, 0, 0], 24, 'reserved'], // IETF protocol assignments
    [[192, 0, 2, 0], 24, 'reserved'], // TEST-NET-1
    [[192, 88, 99, 0], 24, 'reserved'], // deprecated 6to4 relay anycast
    [[192, 168, 0, 0], 16, 'private'],
    [[198, 18, 0, 0], 15, 'reserved'], // benchmarking
    [[198, 51, 100, 0], 24, 'reserved'], // TEST-NET-2
    [[203, 0, 113, 0], 24, 'reserved'], // TEST-NET-3
    [[255, 255, 255, 255], 32, 'broadcast'],
    [[224, 0, 0, 0], 4, 'multicast'],
    [[240, 0, 0, 0], 4, 'reserved'],
  ];
  for (const [net, bits, reason] of table) if (inV4(b, net, bits)) return reason;
  return null;
}

/** IPv6 special ranges; addresses that embed IPv4 are judged by the embedded address. */
export function classifyIPv6(b: readonly number[]): BlockReason | null {
  const words = Array.from({ length: 8 }, (_, i) => (b[i * 2] ?? 0) * 256 + (b[i * 2 + 1] ?? 0));
  const canonical = words.map((w) => w.toString(16)).join(':');
  if (METADATA_V6.has(canonical)) return 'cloud-metadata';
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = words;
  const tail4 = b.slice(12);
  const upperZero = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0;
  if (upperZero && w5 === 0 && w6 === 0 && w7 === 0) return 'unspecified';
  if (upperZero && w5 === 0 && w6 === 0 && w7 === 1) return 'loopback';
  if (upperZero && (w5 === 0xffff || w5 === 0)) return classifyIPv4(tail4) ?? (w5 === 0 ? 'reserved' : null); // mapped / compatible
  if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0xffff && w5 === 0) return classifyIPv4(tail4) ?? 'reserved'; // SIIT
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) return classifyIPv4(tail4); // NAT64
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 1) return 'private'; // local-use NAT64 (RFC 8215)
  if (w0 === 0x2002) return classifyIPv4(b.slice(2, 6)); // 6to4 embeds the IPv4 address
  if (w0 === 0x100 && w1 === 0 && w2 === 0 && w3 === 0) return 'reserved'; // discard-only
  if (w0 === 0x2001 && w1 === 0xdb8) return 'reserved'; // documentation
  if (w0 === 0x2001 && w1 < 0x200) return 'reserved'; // IETF protocol assignments, Teredo
  if ((w0 & 0xfe00) === 0xfc00) return 'private'; // unique local
  if ((w0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((w0 & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((w0 & 0xff00) === 0xff00) return 'multicast';
  if ((w0 & 0xe000) !== 0x2000) return 'reserved'; // only 2000::/3 is global unicast
  return null;
}

/** Classifies an IP literal in any encoding; undefined when `host` is not an IP literal. */
export function classifyIp(host: string): { reason: BlockReason | null; address: string } | undefined {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const v4 = parseIPv4(h);
  if (v4) return { reason: classifyIPv4(v4), address: v4.join('.') };
  const v6 = parseIPv6(h);
  if (v6) return { reason: classifyIPv6(v6), address: h.replace(/^\[|\]$/g, '') };
  return undefined;
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

function permitted(reason: BlockReason | null, opts: GuardOptions): boolean {
  return reason === null || (reason === 'loopback' && opts.allowLoopback === true);
}

const defaultResolve: Resolver = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('dns timeout')), ms); });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/**
 * Checks a host (name or literal, as found in a URL or a CONNECT line) and returns the
 * addresses the caller may connect to. Never throws.
 */
export async function checkHost(rawHost: string, opts: GuardOptions = {}): Promise<HostCheck> {
  const host = String(rawHost ?? '').trim().toLowerCase().replace(/\.$/, '');
  const literal = classifyIp(host);
  if (literal) {
    return permitted(literal.reason, opts)
      ? { allowed: true, host, addresses: [literal.address] }
      : { allowed: false, host, reason: literal.reason ?? 'reserved', address: literal.address };
  }
  // WHATWG URL treats a host whose last label is numeric as IPv4; if inet_aton rejected it,
  // it is neither an address nor a name (`1.2.3.4.5`, `0x1.0xfffffffff`).
  const lastLabel = host.slice(host.lastIndexOf('.') + 1);
  if (!HOSTNAME.test(host) || /^(0x[0-9a-f]*|[0-9]+)$/.test(lastLabel)) return { allowed: false, host, reason: 'invalid-host' };
  // RFC 6761: *.localhost is loopback whatever DNS says; Chromium resolves it locally.
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return opts.allowLoopback ? { allowed: true, host, addresses: ['127.0.0.1'] } : { allowed: false, host, reason: 'loopback' };
  }
  let addresses: readonly string[];
  try {
    addresses = await withTimeout((opts.resolve ?? defaultResolve)(host), opts.dnsTimeoutMs ?? 5000);
  } catch {
    return { allowed: false, host, reason: 'dns-failure' };
  }
  if (addresses.length === 0) return { allowed: false, host, reason: 'dns-failure' };
  for (const a of addresses) {
    const c = classifyIp(a);
    if (!c) return { allowed: false, host, reason: 'invalid-host', address: a };
    if (!permitted(c.reason, opts)) return { allowed: false, host, reason: c.reason ?? 'reserved', address: c.address };
  }
  return { allowed: true, host, addresses };
}

/** Checks a URL: http(s) only, then its host. Never throws. */
export async function checkUrl(rawUrl: string, opts: GuardOptions = {}): Promise<HostCheck & { readonly url?: URL }> {
  let url: URL;
  try {
    url = new URL(String(rawUrl ?? ''));
  } catch {
    return { allowed: false, host: '', reason: 'invalid-host' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { allowed: false, host: url.hostname, reason: 'invalid-host' };
  const r = await checkHost(url.hostname, opts);
  return { ...r, url };
}
