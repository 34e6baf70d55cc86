/**
 * Bounded Damerau–Levenshtein (optimal string alignment) distance and a classifier for
 * single-edit typos. Bounded: work stops as soon as the distance must exceed `max`, and
 * inputs longer than 64 characters are never compared (no hostname word is that long).
 */

const MAX_LEN = 64;
// Three reusable rows: analyzers are synchronous, so sharing them is safe and avoids
// allocating on every comparison (this runs ~50 times per URL).
let prevPrev = new Int32Array(MAX_LEN + 2);
let prev = new Int32Array(MAX_LEN + 2);
let cur = new Int32Array(MAX_LEN + 2);

/** OSA distance between a and b, or `max + 1` when it is larger than `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la > MAX_LEN || lb > MAX_LEN) return max + 1;
  if (a === b) return 0;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  let lastRowMin = 0;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A transposition can reach back two rows, so stop only when two rows in a row exceed max.
    if (rowMin > max && lastRowMin > max) return max + 1;
    lastRowMin = rowMin;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const d = prev[lb] ?? max + 1;
  return d > max ? max + 1 : d;
}

export type TypoKind = 'repetition' | 'omission' | 'keyboard' | 'bitflip' | 'transposition' | 'edit';

/** QWERTY neighbours (rows and diagonals): typos made by a slipping finger. */
const KEYBOARD_ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = buildNeighbours();

function buildNeighbours(): Map<string, Set<string>> {
  const pos = new Map<string, [number, number]>();
  KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((ch, c) => pos.set(ch, [r, c + r * 0.5])));
  const out = new Map<string, Set<string>>();
  for (const [a, [ra, ca]] of pos) {
    const set = new Set<string>();
    for (const [b, [rb, cb]] of pos) if (a !== b && Math.abs(ra - rb) <= 1 && Math.abs(ca - cb) <= 1) set.add(b);
    out.set(a, set);
  }
  return out;
}

export function areKeyboardNeighbours(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** One bit apart, and both still hostname characters (bit-squatting, Dinaburg 2011). */
export function isBitflip(a: string, b: string): boolean {
  const x = a.charCodeAt(0) ^ b.charCodeAt(0);
  return x !== 0 && (x & (x - 1)) === 0 && /^[a-z0-9-]$/.test(a) && /^[a-z0-9-]$/.test(b);
}

/** Names the kind of a single-edit typo of `target` (distance must already be 1). */
export function classifyTypo(typo: string, target: string): TypoKind {
  if (typo.length === target.length + 1) {
    for (let i = 0; i < typo.length; i++) {
      if (typo.slice(0, i) + typo.slice(i + 1) !== target) continue;
      const extra = typo[i] ?? '';
      if (extra === typo[i - 1] || extra === typo[i + 1]) return 'repetition';
      if (areKeyboardNeighbours(extra, typo[i - 1] ?? '') || areKeyboardNeighbours(extra, typo[i + 1] ?? '')) return 'keyboard';
      return 'edit';
    }
    return 'edit';
  }
  if (typo.length + 1 === target.length) return 'omission';
  if (typo.length !== target.length) return 'edit';
  const diff: number[] = [];
  for (let i = 0; i < typo.length && diff.length <= 2; i++) if (typo[i] !== target[i]) diff.push(i);
  if (diff.length === 2 && diff[1] === (diff[0] ?? 0) + 1) return 'transposition';
  if (diff.length !== 1) return 'edit';
  const i = diff[0] ?? 0;
  const a = typo[i] ?? '';
  const b = target[i] ?? '';
  // `whatsaap`: a letter doubled in place of its neighbour reads as a repetition.
  if (a === typo[i - 1] || a === typo[i + 1]) return 'repetition';
  if (areKeyboardNeighbours(a, b)) return 'keyboard';
  if (isBitflip(a, b)) return 'bitflip';
  return 'edit';
}
