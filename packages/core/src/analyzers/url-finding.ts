/** Building URL findings the same way in every analyzer (ids, severities, attack, advice). */
import type { AdviceId, Attack, Evidence, Finding, Severity } from '../types.ts';
import type { Brand } from '../rules/brands.ts';
import { brandMainDomain } from '../rules/brands.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { IndexedLure } from './url-brand-index.ts';

export function severityFor(weight: number): Severity {
  if (weight >= 80) return 'critical';
  if (weight >= 60) return 'high';
  if (weight >= 30) return 'medium';
  if (weight >= 10) return 'low';
  return 'info';
}

export interface FindingSpec {
  readonly analyzer: string;
  /** Rule name without the analyzer prefix (`edit-distance`). */
  readonly rule: string;
  readonly weight: number;
  readonly evidence: readonly Evidence[];
  readonly params?: Readonly<Record<string, string | number>>;
  readonly attack?: Attack;
  readonly brand?: string;
  readonly advice?: readonly AdviceId[];
}

export function urlFinding(spec: FindingSpec): Finding {
  return {
    analyzer: spec.analyzer,
    rule: `${spec.analyzer}/${spec.rule}`,
    severity: severityFor(spec.weight),
    message: { id: `finding.${spec.analyzer}.${spec.rule}`, ...(spec.params ? { params: spec.params } : {}) },
    evidence: spec.evidence,
    weight: spec.weight,
    ...(spec.attack ? { attack: spec.attack } : {}),
    ...(spec.brand ? { brand: spec.brand } : {}),
    ...(spec.advice ? { advice: spec.advice } : {}),
  };
}

/** Lure kinds that turn a Meta lookalike into a GhostPairing link (THREAT.md variants A, D, E). */
const GHOSTPAIRING_LURES = new Set(['pairing', 'photo', 'vote', 'verify']);
const TELEGRAM_LURES = new Set(['pairing', 'verify', 'gift', 'account']);

/** The attack story of a brand lookalike, given the lure words around it. */
export function impersonationAttack(brand: Brand, lures: readonly IndexedLure[]): Attack {
  if (brand.family === 'meta' && lures.some((l) => GHOSTPAIRING_LURES.has(l.kind))) return 'ghostpairing';
  if (brand.id === 'telegram' && lures.some((l) => TELEGRAM_LURES.has(l.kind))) return 'telegram-session-theft';
  return 'brand-impersonation';
}

export function impersonationAdvice(brand: Brand, attack: Attack): AdviceId[] {
  const out: AdviceId[] = ['do-not-open-link', 'official-domain-only'];
  if (attack === 'ghostpairing' || brand.category === 'messenger' || brand.family === 'meta') {
    out.push('never-enter-number-or-code', 'check-linked-devices');
  }
  if (brand.id === 'telegram') out.push('telegram-terminate-sessions');
  if (brand.category === 'bank' || brand.category === 'government' || brand.category === 'tech') out.push('do-not-enter-password');
  return out;
}

/** A finding that says "this host pretends to be `brand`". */
export function impersonation(
  s: UrlSubject,
  analyzer: string,
  rule: string,
  weight: number,
  brand: Brand,
  lures: readonly IndexedLure[],
  extra: Readonly<Record<string, string | number>> = {},
): Finding {
  const attack = impersonationAttack(brand, lures);
  return urlFinding({
    analyzer,
    rule,
    weight,
    evidence: [{ field: 'host', value: s.hostnameUnicode }],
    params: { brand: brand.id, official: brandMainDomain(brand.id), host: s.hostnameUnicode, ...extra },
    attack,
    brand: brand.id,
    advice: impersonationAdvice(brand, attack),
  });
}
