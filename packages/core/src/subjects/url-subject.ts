/** STUB — replaced by the real parser. */
import type { UrlSubject } from './types.ts';
export interface UrlSubjectOptions { readonly domainOnly?: boolean }
export function createUrlSubject(input: string, opts: UrlSubjectOptions = {}): UrlSubject {
  let u: URL | undefined;
  try { u = new URL(input); } catch { u = undefined; }
  const host = u?.hostname ?? '';
  return { type: 'url', input, ok: !!u, scheme: u ? u.protocol.slice(0, -1) : '', href: u?.href ?? '', wasDefanged: false, schemeAssumed: false,
    hostname: host, hostnameUnicode: host, domain: host.split('.').slice(-2).join('.'), domainUnicode: host, publicSuffix: '', domainLabel: '', subdomain: '',
    isIp: false, port: '', userinfo: '', pathname: u?.pathname ?? '', search: '', hash: '', tokens: [], domainOnly: opts.domainOnly === true };
}
