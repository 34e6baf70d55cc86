/**
 * All lure tables, one per language, and the hint index that decides which patterns run.
 * Adding a language = adding a file and a line here.
 */
import type { LureEntry, LureLang } from './types.ts';
import { EN_LURES } from './en.ts';
import { RU_LURES } from './ru.ts';
import { KK_LURES } from './kk.ts';
import { CS_LURES } from './cs.ts';
import { DE_LURES } from './de.ts';
import { ES_LURES } from './es.ts';
import { PT_LURES } from './pt.ts';
import { IT_LURES } from './it.ts';
import { RO_LURES } from './ro.ts';
import { PL_LURES } from './pl.ts';
import { UK_LURES } from './uk.ts';
import { UZ_LURES } from './uz.ts';
import { HI_LURES } from './hi.ts';
import { FR_LURES } from './fr.ts';

export type { LureEntry, LureKind, LureLang } from './types.ts';

export const LURES: readonly LureEntry[] = [
  ...EN_LURES, ...RU_LURES, ...KK_LURES, ...CS_LURES, ...DE_LURES, ...ES_LURES, ...PT_LURES,
  ...IT_LURES, ...RO_LURES, ...PL_LURES, ...UK_LURES, ...UZ_LURES, ...HI_LURES, ...FR_LURES,
];

/** Languages whose patterns also run on the transliterated form (typed in Latin letters). */
export const TRANSLIT_LANGS: ReadonlySet<LureLang> = new Set<LureLang>(['ru', 'kk', 'uk']);

/**
 * Every hint is a literal that starts a word of the folded text (slots begin at word starts),
 * so one walk of a character trie from each word start finds all hints in time linear in the
 * text, whatever the number of patterns (~400 entries over 14 languages).
 */
interface TrieNode {
  /** Children by UTF-16 code unit (numbers: no string allocation while walking). */
  readonly next: Map<number, TrieNode>;
  entries?: number[];
}

function buildTrie(entries: readonly LureEntry[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  entries.forEach((e, i) => {
    for (const h of e.hints) {
      let node = root;
      for (let k = 0; k < h.length; k++) {
        const code = h.charCodeAt(k);
        let nx = node.next.get(code);
        if (!nx) {
          nx = { next: new Map() };
          node.next.set(code, nx);
        }
        node = nx;
      }
      (node.entries ??= []).push(i);
    }
  });
  return root;
}

const TRIE = buildTrie(LURES);

/** Adds to `into` the indices (into LURES) of entries that may match `text` (a superset). */
export function candidateEntries(text: string, into: Set<number>): void {
  const n = text.length;
  for (let p = 0; p < n; p++) {
    if (p > 0 && text.charCodeAt(p - 1) !== 0x20) continue;
    let node: TrieNode | undefined = TRIE;
    for (let i = p; i < n && node !== undefined; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.entries) for (const e of node.entries) into.add(e);
    }
  }
}
