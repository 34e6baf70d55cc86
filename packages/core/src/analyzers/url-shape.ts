/**
 * url-shape: structural oddities of a link, independent of any brand. IP-literal hosts
 * (obfuscated decimal/hex/octal forms are never typed by honest people), the userinfo trick
 * (`https://facebook.com@evil.top` opens evil.top), script and data URLs, machine-made
 * labels, deep subdomain chains, lure words in the path, unusual ports, absurd lengths.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { EXACT_KEYWORDS, LURES_BY_WORD } from './url-brand-index.ts';
import { urlFeatures } from './url-features.ts';
import { urlFinding, type FindingSpec } from './url-finding.ts';
import { pathWords } from './url-path-words.ts';
import { randomness } from './url-randomness.ts';

const ID = 'url-shape';
const W = {
  javascript: 60,
  dataHtml: 60,
  data: 45,
  ip: 30,
  obfuscatedIp: 55,
  userinfo: 60,
  userinfoBrand: 75,
  randomLabel: 12,
  manySubdomains: 10,
  lurePath: 10,
  port: 10,
  tooLong: 10,
} as const;
/** Path lure kinds worth a note: the GhostPairing kit paths (/login/code2, /home/final2, /vote). */
const PATH_LURE_KINDS = new Set(['pairing', 'photo', 'vote', 'verify', 'account']);
/** Subdomain depth above which a chain is odd (measured: < 0.1% of top-100k names have ≥ 4). */
const MANY_SUBDOMAINS = 4;

function spec(rule: string, weight: number, field: string, value: string, params: Record<string, string | number> = {}): FindingSpec {
  return { analyzer: ID, rule, weight, evidence: [{ field, value: value.slice(0, 200) }], params, advice: ['do-not-open-link'] };
}

function schemeFindings(s: UrlSubject): FindingSpec[] {
  if (s.problem === 'javascript-url') return [spec('javascript-url', W.javascript, 'url', s.input)];
  if (s.problem === 'data-url') {
    const html = /^text\/html|^application\/xhtml|^image\/svg/i.test(s.pathname);
    return [spec('data-url', html ? W.dataHtml : W.data, 'url', s.pathname.slice(0, 40))];
  }
  return [];
}

function hostFindings(s: UrlSubject): FindingSpec[] {
  const out: FindingSpec[] = [];
  if (s.isIp) {
    const obfuscated = s.ipForm !== 'dotted' && s.ipForm !== 'ipv6';
    out.push(spec(obfuscated ? 'obfuscated-ip' : 'ip-literal', obfuscated ? W.obfuscatedIp : W.ip, 'host', s.rawHost, { host: s.hostname }));
  }
  if (s.userinfo !== '') {
    const u = s.userinfo.toLowerCase();
    const brandy = u.includes('.') || u.split(/[^a-z0-9]+/).some((w) => EXACT_KEYWORDS.has(w));
    out.push(spec('userinfo', brandy ? W.userinfoBrand : W.userinfo, 'url', s.userinfo, { fake: s.userinfo.slice(0, 60), host: s.hostnameUnicode }));
  }
  if (s.port !== '') out.push(spec('port', W.port, 'url', s.port, { port: s.port }));
  return out;
}

function labelFindings(s: UrlSubject): FindingSpec[] {
  const f = urlFeatures(s);
  if (f.official || f.regIndex < 0) return [];
  const out: FindingSpec[] = [];
  const owner = f.tokens.find((t) => t.whole && (t.zone === 'reg' || t.zone === 'account') && randomness(t.raw).random);
  if (owner) out.push(spec('random-label', W.randomLabel, 'host', owner.raw, { label: owner.raw }));
  if (f.regIndex >= MANY_SUBDOMAINS && !f.hosting) out.push(spec('many-subdomains', W.manySubdomains, 'host', s.hostnameUnicode, { count: f.regIndex }));
  return out;
}

function pathFindings(s: UrlSubject): FindingSpec[] {
  if (s.domainOnly || s.pathname.length <= 1) return [];
  const out: FindingSpec[] = [];
  if (!urlFeatures(s).official) {
    const lure = pathWords(s).map((w) => LURES_BY_WORD.get(w)).find((l) => l !== undefined && PATH_LURE_KINDS.has(l.kind));
    if (lure) out.push(spec('lure-path', W.lurePath, 'path', s.pathname, { word: lure.word }));
  }
  if (s.problem === 'too-long') out.push(spec('too-long', W.tooLong, 'url', s.input.slice(0, 80)));
  return out;
}

export const urlShape: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    const specs = s.ok ? [...hostFindings(s), ...labelFindings(s), ...pathFindings(s)] : schemeFindings(s);
    return specs.map((x): Finding => urlFinding(x));
  },
};
