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
 * text, whatever the number of patterns (~460 entries over 14 languages, ~3,700 hints).
 * The trie is flattened into typed arrays: the root's children by code unit (direct index for
 * Latin and Cyrillic), the other edges in one open-addressing hash table. This replaced a Map
 * per node (measured on the bench corpus: 2.1 µs → see bench, per message).
 */
interface BuildNode {
  readonly next: Map<number, BuildNode>;
  entries?: number[];
  id: number;
}

interface FlatTrie {
  /** Child id + 1 of the root by code unit (< ROOT_SPAN), 0 when none. */
  readonly root: Int32Array;
  /** Edge table (open addressing, linear probing): parent id (-1 empty), code unit, child id. */
  readonly parent: Int32Array;
  readonly code: Uint16Array;
  readonly child: Int32Array;
  readonly mask: number;
  /** Entries of node n: flat[entryAt[n] .. entryAt[n + 1]). */
  readonly entryAt: Int32Array;
  readonly flat: Int32Array;
}

/** Code units below this (ASCII, Latin-1/Extended, Cyrillic) index the root directly. */
const ROOT_SPAN = 0x530;

const slotOf = (parent: number, code: number, mask: number): number =>
  (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b)) >>> 0 & mask;

function buildTree(entries: readonly LureEntry[]): BuildNode[] {
  const nodes: BuildNode[] = [{ next: new Map(), id: 0 }];
  entries.forEach((e, i) => {
    for (const h of e.hints) {
      let node = nodes[0] as BuildNode;
      for (let k = 0; k < h.length; k++) {
        const code = h.charCodeAt(k);
        let nx = node.next.get(code);
        if (!nx) {
          nx = { next: new Map(), id: nodes.length };
          nodes.push(nx);
          node.next.set(code, nx);
        }
        node = nx;
      }
      (node.entries ??= []).push(i);
    }
  });
  return nodes;
}

function buildTrie(entries: readonly LureEntry[]): FlatTrie {
  const nodes = buildTree(entries);
  let size = 16;
  while (size < nodes.length * 2) size *= 2; // load factor <= 0.5: short probe runs
  const t: FlatTrie = {
    root: new Int32Array(ROOT_SPAN), parent: new Int32Array(size).fill(-1), code: new Uint16Array(size),
    child: new Int32Array(size), mask: size - 1, entryAt: new Int32Array(nodes.length + 1),
    flat: new Int32Array(nodes.reduce((n, x) => n + (x.entries?.length ?? 0), 0)),
  };
  let at = 0;
  for (const node of nodes) {
    t.entryAt[node.id] = at;
    for (const e of node.entries ?? []) t.flat[at++] = e;
    for (const [code, nx] of node.next) {
      if (node.id === 0 && code < ROOT_SPAN) t.root[code] = nx.id + 1;
      let j = slotOf(node.id, code, t.mask);
      while ((t.parent[j] ?? -1) >= 0) j = (j + 1) & t.mask;
      t.parent[j] = node.id;
      t.code[j] = code;
      t.child[j] = nx.id;
    }
  }
  t.entryAt[nodes.length] = at;
  return t;
}

const TRIE = buildTrie(LURES);

/** Child of `node` by code unit `code`, or -1. */
function step(node: number, code: number): number {
  if (node === 0 && code < ROOT_SPAN) return (TRIE.root[code] ?? 0) - 1;
  const { parent, mask } = TRIE;
  for (let j = slotOf(node, code, mask); ; j = (j + 1) & mask) {
    const p = parent[j] ?? -1;
    if (p < 0) return -1;
    if (p === node && TRIE.code[j] === code) return TRIE.child[j] ?? -1;
  }
}

/** Adds to `into` the indices (into LURES) of entries that may match `text` (a superset). */
export function candidateEntries(text: string, into: Set<number>): void {
  const n = text.length;
  const { entryAt, flat } = TRIE;
  for (let p = 0; p < n; p++) {
    if (p > 0 && text.charCodeAt(p - 1) !== 0x20) continue;
    let node = 0;
    for (let i = p; i < n; i++) {
      node = step(node, text.charCodeAt(i));
      if (node < 0) break;
      const end = entryAt[node + 1] ?? 0;
      for (let k = entryAt[node] ?? 0; k < end; k++) into.add(flat[k] ?? 0);
    }
  }
}
