import type { AdviceId, Attack, Finding, Indicators, Level, Verdict } from './types.ts';
import { RULESET_VERSION } from './version.ts';

/** Score thresholds. A single `high` finding (weight >= 70) is enough for `dangerous`. */
export const DANGEROUS_AT = 70;
export const SUSPICIOUS_AT = 35;

/**
 * Canonical advice order: what to do *now* first (check linked devices), then prevention,
 * then reporting. Verdicts list advice in this order whatever the findings' order was.
 */
export const ADVICE_ORDER: readonly AdviceId[] = [
  'do-not-open-link',
  'never-share-code',
  'never-enter-number-or-code',
  'do-not-scan-qr',
  'pair-code-site-danger',
  'do-not-enter-password',
  'verify-sender-other-channel',
  'check-linked-devices',
  'telegram-terminate-sessions',
  'reregister-with-sms',
  'enable-two-step',
  'locked-out-support',
  'warn-contacts',
  'official-domain-only',
  'report-police',
  'report-bank',
  'unknown-site-caution',
];

/** When two attacks are suggested, the more specific story wins (ties are broken by weight). */
const ATTACK_PRIORITY: readonly Attack[] = [
  'ghostpairing',
  'qr-linking',
  'code-theft',
  'telegram-session-theft',
  'takeover-followup',
  'credential-phishing',
  'brand-impersonation',
  'scam',
];

/** Advice every verdict of an attack gets, even when no single finding asked for it. */
const ATTACK_ADVICE: Readonly<Record<Attack, readonly AdviceId[]>> = {
  ghostpairing: ['never-enter-number-or-code', 'check-linked-devices', 'warn-contacts', 'report-police'],
  'qr-linking': ['do-not-scan-qr', 'check-linked-devices', 'warn-contacts', 'report-police'],
  'code-theft': ['never-share-code', 'reregister-with-sms', 'enable-two-step', 'locked-out-support', 'report-police'],
  'telegram-session-theft': ['never-share-code', 'telegram-terminate-sessions', 'enable-two-step', 'report-police'],
  'takeover-followup': ['verify-sender-other-channel', 'report-bank', 'report-police'],
  'credential-phishing': ['do-not-enter-password', 'official-domain-only', 'report-police'],
  'brand-impersonation': ['do-not-open-link', 'official-domain-only'],
  scam: ['do-not-open-link', 'report-police'],
};

/** Attacks where "use only the official app or site" is the fix itself. */
const GENERIC_SITE_ATTACKS: ReadonlySet<Attack> = new Set(['credential-phishing', 'brand-impersonation', 'scam']);

const EMPTY_INDICATORS: Indicators = { urls: [], domains: [], phones: [], codes: [] };

/** Noisy-OR of the weights: independent weak signals add up, one strong signal decides. */
export function combineScore(findings: readonly Finding[]): number {
  let keep = 1;
  for (const f of findings) keep *= 1 - Math.min(100, Math.max(0, f.weight)) / 100;
  return Math.round((1 - keep) * 100);
}

export function levelFor(score: number, fallback: Level): Level {
  if (score >= DANGEROUS_AT) return 'dangerous';
  if (score >= SUSPICIOUS_AT) return 'suspicious';
  return fallback;
}

function pickAttack(findings: readonly Finding[]): Attack | undefined {
  const weightByAttack = new Map<Attack, number>();
  for (const f of findings) {
    if (f.attack) weightByAttack.set(f.attack, Math.max(weightByAttack.get(f.attack) ?? 0, f.weight));
  }
  if (weightByAttack.size === 0) return undefined;
  const strongest = Math.max(...weightByAttack.values());
  // Among attacks backed by a strong-enough finding (within 30 points of the strongest),
  // the most specific one wins: "ghostpairing" explains more than "brand-impersonation".
  for (const a of ATTACK_PRIORITY) {
    const w = weightByAttack.get(a);
    if (w !== undefined && w >= strongest - 30) return a;
  }
  return undefined;
}

function pickBrand(findings: readonly Finding[]): string | undefined {
  const byBrand = new Map<string, number>();
  for (const f of findings) if (f.brand) byBrand.set(f.brand, (byBrand.get(f.brand) ?? 0) + f.weight);
  let best: string | undefined;
  let bestW = -1;
  for (const [b, w] of byBrand) if (w > bestW) [best, bestW] = [b, w];
  return best;
}

function orderAdvice(ids: Iterable<AdviceId>): AdviceId[] {
  const set = new Set(ids);
  return ADVICE_ORDER.filter((a) => set.has(a));
}

export interface VerdictInput {
  readonly kind: Verdict['kind'];
  readonly findings: readonly Finding[];
  /** Level when the score is below the suspicious threshold ('safe' or 'unknown'). */
  readonly quietLevel: Level;
  readonly indicators?: Indicators;
  readonly language?: string;
  /** Forces the level (e.g. an official brand domain is `safe` whatever weak signals say). */
  readonly forceLevel?: Level;
}

/**
 * Perf (links owner): most URLs give no finding at all (90% of the domain benchmark); their
 * verdict needs no sorting, maps or sets. Same object, same key order as the general path.
 */
function quietVerdict(input: VerdictInput): Verdict {
  const level = input.forceLevel ?? levelFor(0, input.quietLevel);
  return {
    kind: input.kind,
    level,
    score: 0,
    findings: [],
    indicators: input.indicators ?? EMPTY_INDICATORS,
    advice: level === 'unknown' ? ['unknown-site-caution'] : [],
    rulesetVersion: RULESET_VERSION,
    ...(input.language ? { language: input.language } : {}),
  };
}

export function buildVerdict(input: VerdictInput): Verdict {
  if (input.findings.length === 0) return quietVerdict(input);
  const findings = [...input.findings].sort((a, b) => b.weight - a.weight);
  const score = combineScore(findings);
  const level = input.forceLevel ?? levelFor(score, input.quietLevel);
  const flagged = level === 'dangerous' || level === 'suspicious';
  const attack = flagged ? pickAttack(findings) : undefined;
  const brand = pickBrand(findings);
  const advice = new Set<AdviceId>();
  if (flagged) {
    for (const f of findings) for (const a of f.advice ?? []) advice.add(a);
    if (attack) for (const a of ATTACK_ADVICE[attack]) advice.add(a);
    // On a phone every extra card pushes the essential ones down: a flagged verdict does not
    // need the generic caution, and "use the official site" adds nothing to a linking-code or
    // code-theft story, whose own steps are specific.
    advice.delete('unknown-site-caution');
    if (attack && !GENERIC_SITE_ATTACKS.has(attack)) advice.delete('official-domain-only');
  } else if (level === 'unknown') {
    advice.add('unknown-site-caution');
  }
  return {
    kind: input.kind,
    level,
    score: input.forceLevel === 'safe' ? 0 : score,
    ...(attack ? { attack } : {}),
    ...(brand ? { brand } : {}),
    findings,
    indicators: input.indicators ?? EMPTY_INDICATORS,
    advice: orderAdvice(advice),
    rulesetVersion: RULESET_VERSION,
    ...(input.language ? { language: input.language } : {}),
  };
}
