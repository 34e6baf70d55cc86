/** A small builder so page analyzers state findings in one line each. */
import type { AdviceId, Attack, Evidence, Finding, Severity } from '../types.ts';

export interface PageFindingSpec {
  readonly severity: Severity;
  readonly weight: number;
  readonly evidence?: readonly Evidence[];
  readonly params?: Readonly<Record<string, string | number>>;
  readonly attack?: Attack;
  readonly brand?: string;
  readonly advice?: readonly AdviceId[];
}

/** `rule` is `<analyzer>/<name>`; the message id is `finding.<analyzer>.<name>`. */
export function pageFinding(rule: string, spec: PageFindingSpec): Finding {
  const slash = rule.indexOf('/');
  const analyzer = rule.slice(0, slash);
  return {
    analyzer,
    rule,
    severity: spec.severity,
    message: { id: `finding.${analyzer}.${rule.slice(slash + 1)}`, ...(spec.params ? { params: spec.params } : {}) },
    evidence: spec.evidence ?? [],
    weight: spec.weight,
    ...(spec.attack ? { attack: spec.attack } : {}),
    ...(spec.brand ? { brand: spec.brand } : {}),
    ...(spec.advice ? { advice: spec.advice } : {}),
  };
}

/** Evidence for a phrase kind: the first matched phrases. */
export function phraseEvidence(samples: readonly string[] | undefined): Evidence[] {
  return (samples ?? []).slice(0, 3).map((value) => ({ field: 'page.text', value: value.slice(0, 120) }));
}
