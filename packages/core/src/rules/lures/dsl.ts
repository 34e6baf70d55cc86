/**
 * A small language for phrase patterns, so tables read as slots rather than regex soup:
 *
 *   seq(3, 'found|saw|look*', 'your|ur', 'photo*|pic*')
 *
 * A slot is a `|`-separated list of items; `word*` is a word prefix (stem), `word` an exact
 * word, multi-word items are allowed, and items may use regex syntax (character classes,
 * look-arounds) but not a bare `|`. Slots follow each other with at most `gap` other words
 * between them, never across a sentence end. Every pattern is linear: bounded gaps, no
 * nested quantifiers over the same characters (no catastrophic backtracking).
 */
import type { AdviceId, Attack } from '../../types.ts';
import type { LureEntry, LureKind, LureLang, PhrasePattern } from './types.ts';

const WORD_START = '(?:^| )';
/** Up to `n` whole words that are not a sentence end, then the separating space. */
const gapOf = (n: number): string => (n === 0 ? ' ' : `(?: [^ .]+){0,${n}} `);

function item(raw: string): string {
  const s = raw.normalize('NFKC').trim();
  // Every `*` is a word-stem marker ("дай* в долг"), never a regex quantifier.
  const body = s.replaceAll('*', '[^ ]*');
  return s.endsWith('*') ? body : `${body}(?= |$)`;
}

/** Splits a slot on top-level `|` (a `|` inside parentheses or brackets belongs to an item). */
export function splitItems(spec: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of spec) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function slot(spec: string): string {
  return `(?:${splitItems(spec).map(item).join('|')})`;
}

/**
 * A literal that every match of each item contains (the text before the first regex
 * character or stem marker, after a leading look-around), or undefined when an item has none.
 */
function literals(spec: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of splitItems(spec)) {
    const s = raw.normalize('NFKC').trim().replace(/^\(\?<?[!=][^)]*\)/, '');
    const lit = /^[^\\[\]()?+*{}^$.|]*/.exec(s)?.[0] ?? '';
    if (lit.trim() === '') return undefined;
    out.push(lit);
  }
  return out;
}

/** The slot whose shortest literal is the longest makes the most selective hint set. */
function pickHints(slots: readonly string[]): string[] {
  let best: string[] | undefined;
  let bestLen = -1;
  for (const s of slots) {
    const lits = literals(s);
    if (!lits) continue;
    const minLen = Math.min(...lits.map((l) => l.length));
    if (minLen > bestLen) {
      best = lits;
      bestLen = minLen;
    }
  }
  if (!best) throw new Error(`phrase pattern needs one literal slot: ${slots.join(' / ')}`);
  return best;
}

export function seq(gap: number, ...slots: string[]): PhrasePattern {
  return { source: WORD_START + slots.map(slot).join(gapOf(gap)), hints: pickHints(slots) };
}

/** Two slots in either order. */
export function near(gap: number, a: string, b: string): PhrasePattern {
  return any(seq(gap, a, b), seq(gap, b, a));
}

export function any(...ps: PhrasePattern[]): PhrasePattern {
  return { source: ps.map((p) => `(?:${p.source})`).join('|'), hints: [...new Set(ps.flatMap((p) => p.hints))] };
}

/** Both patterns anywhere in the same text (a token-set form). Hints come from `a`. */
export function both(a: PhrasePattern, b: PhrasePattern): PhrasePattern {
  return { source: `^(?=.*?(?:${a.source}))(?=.*?(?:${b.source}))`, hints: a.hints };
}

export interface KindDefaults {
  readonly weight: number;
  readonly attack?: Attack;
  readonly advice: readonly AdviceId[];
}

/**
 * Default weight, attack and advice per kind: tables state only what differs. Photo and vote
 * lures alone are "suspicious" (45); the analyzer adds weight when the message has a link.
 * A transfer to a named card/number/Kaspi (35) is suspicious alone; a plain loan (25) is not.
 */
export const KIND_DEFAULTS: Readonly<Record<LureKind, KindDefaults>> = {
  photo: { weight: 45, attack: 'ghostpairing', advice: ['do-not-open-link', 'never-enter-number-or-code', 'verify-sender-other-channel'] },
  vote: { weight: 45, attack: 'ghostpairing', advice: ['do-not-open-link', 'never-enter-number-or-code', 'verify-sender-other-channel'] },
  'code-mistake': { weight: 90, attack: 'code-theft', advice: ['never-share-code'] },
  'code-request': { weight: 85, attack: 'code-theft', advice: ['never-share-code'] },
  'account-notice': { weight: 40, attack: 'brand-impersonation', advice: ['official-domain-only', 'do-not-open-link'] },
  prize: { weight: 25, attack: 'scam', advice: ['do-not-open-link'] },
  'telegram-gift': { weight: 45, attack: 'telegram-session-theft', advice: ['never-share-code', 'do-not-open-link'] },
  instruction: { weight: 85, attack: 'ghostpairing', advice: ['never-enter-number-or-code', 'check-linked-devices'] },
  'qr-instruction': { weight: 75, attack: 'qr-linking', advice: ['do-not-scan-qr', 'check-linked-devices'] },
  loan: { weight: 25, attack: 'takeover-followup', advice: ['verify-sender-other-channel'] },
  card: { weight: 35, attack: 'takeover-followup', advice: ['verify-sender-other-channel'] },
  'card-details': { weight: 60, attack: 'scam', advice: ['report-bank'] },
  'new-number': { weight: 40, attack: 'takeover-followup', advice: ['verify-sender-other-channel'] },
  'payment-qr': { weight: 25, attack: 'takeover-followup', advice: ['verify-sender-other-channel'] },
  urgency: { weight: 0, advice: [] },
  warning: { weight: 0, advice: [] },
  'scam-topic': { weight: 0, advice: [] },
  poll: { weight: 0, advice: [] },
  'everyday-code': { weight: 0, advice: [] },
  secrecy: { weight: 0, advice: [] },
};

export interface EntryOptions {
  readonly weight?: number;
  readonly linkWeight?: number;
  readonly attack?: Attack;
  readonly advice?: readonly AdviceId[];
  readonly source?: string;
  readonly gated?: boolean;
}

/** Builds a language's entries: `const L = lures('ru', SOURCE); L('photo', 'found-your', seq(...))`. */
export function lures(lang: LureLang, defaultSource: string) {
  const out: LureEntry[] = [];
  const add = (kind: LureKind, id: string, p: PhrasePattern, o: EntryOptions = {}): void => {
    const d = KIND_DEFAULTS[kind];
    const attack = o.attack ?? d.attack;
    out.push({
      id: `${lang}/${id}`,
      kind,
      lang,
      pattern: new RegExp(p.source),
      hints: p.hints,
      weight: o.weight ?? d.weight,
      ...(o.linkWeight !== undefined ? { linkWeight: o.linkWeight } : {}),
      ...(attack ? { attack } : {}),
      ...(o.gated ? { gated: true } : {}),
      advice: o.advice ?? d.advice,
      source: o.source ?? defaultSource,
    });
  };
  return Object.assign(add, { entries: out as readonly LureEntry[] });
}
