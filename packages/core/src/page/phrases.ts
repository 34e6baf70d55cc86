/**
 * Phrase matching over the folded phrase window. One compiled regular expression per kind
 * (all languages joined), so a page costs one scan per kind whatever the number of languages.
 */
import { FLOW_PHRASES, type PhraseKind, type PhrasePattern } from '../rules/page-phrases.ts';
import { LURE_PHRASES } from '../rules/page-lure-phrases.ts';

export interface PhraseHit {
  /** Matches found (capped at MAX_COUNT). */
  readonly count: number;
  /** Distinct matched strings (up to 5), for evidence. */
  readonly samples: readonly string[];
}

const MAX_COUNT = 20;

function compile(patterns: readonly PhrasePattern[]): ReadonlyMap<PhraseKind, RegExp> {
  const byKind = new Map<PhraseKind, string[]>();
  for (const p of patterns) {
    const list = byKind.get(p.kind) ?? [];
    list.push(`(?:${p.pattern})`);
    byKind.set(p.kind, list);
  }
  const out = new Map<PhraseKind, RegExp>();
  for (const [kind, list] of byKind) out.set(kind, new RegExp(list.join('|'), 'g'));
  return out;
}

const COMPILED = compile([...FLOW_PHRASES, ...LURE_PHRASES]);

export type PhraseHits = ReadonlyMap<PhraseKind, PhraseHit>;

/** Scans `folded` for every phrase kind. */
export function matchPhrases(folded: string): PhraseHits {
  const out = new Map<PhraseKind, PhraseHit>();
  for (const [kind, re] of COMPILED) {
    re.lastIndex = 0;
    let count = 0;
    const samples: string[] = [];
    for (let m = re.exec(folded); m !== null && count < MAX_COUNT; m = re.exec(folded)) {
      if (m[0] === '') { re.lastIndex++; continue; }
      count++;
      const s = m[0].trim();
      if (samples.length < 5 && !samples.includes(s)) samples.push(s);
    }
    if (count > 0) out.set(kind, { count, samples });
  }
  return out;
}
