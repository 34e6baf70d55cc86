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
 * The trie is flattened into typed arrays (a Map per node was 15 % of analyzeMessage): the
 * root's children by code unit (direct index for Latin and Cyrillic), every other node's
 * children as one sorted run of code units (most nodes have one child: one comparison).
 * Nodes are numbered breadth-first, so the busy shallow nodes sit together in memory.
 */
interface BuildNode {
  readonly next: Map<number, BuildNode>;
  entries?: number[];
  id: number;
}

interface FlatTrie {
  /** Child id of the root by code unit (< ROOT_SPAN), -1 when none. */
  readonly root: Int32Array;
  /** Children of node n: code[childAt[n] .. childAt[n + 1]) (ascending) and child[...]. */
  readonly childAt: Int32Array;
  readonly code: Uint16Array;
  readonly child: Int32Array;
  /** Entries of node n: flat[entryAt[n] .. entryAt[n + 1]). */
  readonly entryAt: Int32Array;
  readonly flat: Int32Array;
}

/** Code units below this (ASCII, Latin-1/Extended, Cyrillic) index the root directly. */
const ROOT_SPAN = 0x530;

function buildTree(entries: readonly LureEntry[]): BuildNode {
  const root: BuildNode = { next: new Map(), id: 0 };
  entries.forEach((e, i) => {
    for (const h of e.hints) {
      let node = root;
      for (let k = 0; k < h.length; k++) {
        const code = h.charCodeAt(k);
        let nx = node.next.get(code);
        if (!nx) {
          nx = { next: new Map(), id: -1 };
          node.next.set(code, nx);
        }
        node = nx;
      }
      (node.entries ??= []).push(i);
    }
  });
  return root;
}

function breadthFirst(root: BuildNode): BuildNode[] {
  const nodes = [root];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as BuildNode;
    node.id = i;
    for (const code of [...node.next.keys()].sort((x, y) => x - y)) nodes.push(node.next.get(code) as BuildNode);
  }
  return nodes;
}

function buildTrie(entries: readonly LureEntry[]): FlatTrie {
  const nodes = breadthFirst(buildTree(entries));
  const edges = nodes.length - 1;
  const t: FlatTrie = {
    root: new Int32Array(ROOT_SPAN).fill(-1), childAt: new Int32Array(nodes.length + 1),
    code: new Uint16Array(edges), child: new Int32Array(edges), entryAt: new Int32Array(nodes.length + 1),
    flat: new Int32Array(nodes.reduce((n, x) => n + (x.entries?.length ?? 0), 0)),
  };
  let at = 0, edge = 0;
  for (const node of nodes) {
    t.entryAt[node.id] = at;
    for (const e of node.entries ?? []) t.flat[at++] = e;
    t.childAt[node.id] = edge;
    for (const code of [...node.next.keys()].sort((x, y) => x - y)) {
      const id = node.next.get(code)?.id ?? -1;
      if (node.id === 0 && code < ROOT_SPAN) t.root[code] = id;
      t.code[edge] = code;
      t.child[edge++] = id;
    }
  }
  t.entryAt[nodes.length] = at;
  t.childAt[nodes.length] = edge;
  return t;
}

const TRIE = buildTrie(LURES);

/** Child of `node` by code unit `c`, or -1. */
function step(node: number, c: number): number {
  if (node === 0 && c < ROOT_SPAN) return TRIE.root[c] ?? -1;
  const { childAt, code } = TRIE;
  let lo = childAt[node] ?? 0;
  let hi = (childAt[node + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = code[mid] ?? 0;
    if (m === c) return TRIE.child[mid] ?? -1;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
