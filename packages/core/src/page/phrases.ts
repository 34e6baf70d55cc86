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

/** Read-only view of the hits: each kind is matched the first time it is asked for (see matchPhrases). */
export interface PhraseHits {
  get(kind: PhraseKind): PhraseHit | undefined;
  has(kind: PhraseKind): boolean;
}

function scan(re: RegExp, folded: string): PhraseHit | undefined {
  re.lastIndex = 0;
  let count = 0;
  const samples: string[] = [];
  for (let m = re.exec(folded); m !== null && count < MAX_COUNT; m = re.exec(folded)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    count++;
    const s = m[0].trim();
    if (samples.length < 5 && !samples.includes(s)) samples.push(s);
  }
  return count > 0 ? { count, samples } : undefined;
}

/**
 * Phrase hits over `folded`, computed lazily per kind and memoised: most pages never reach the
 * questions that need the costlier kinds (a page without a phone field is never asked for a
 * phone prompt), and each kind is a full scan of up to 80 KB of text.
 */
export function matchPhrases(folded: string): PhraseHits {
  const memo = new Map<PhraseKind, PhraseHit | null>();
  const get = (kind: PhraseKind): PhraseHit | undefined => {
    let hit = memo.get(kind);
    if (hit === undefined) {
      const re = COMPILED.get(kind);
      hit = (re ? scan(re, folded) : undefined) ?? null;
      memo.set(kind, hit);
    }
    return hit ?? undefined;
  };
  return { get, has: (kind) => get(kind) !== undefined };
}
