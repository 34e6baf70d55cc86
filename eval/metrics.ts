import type { Verdict } from '@ghostguard/core';

export const isFlagged = (v: Verdict): boolean => v.level === 'dangerous' || v.level === 'suspicious';

/** Counts of one group of items: how many, how many flagged, how many dangerous. */
export class Tally {
  n = 0;
  flagged = 0;
  dangerous = 0;
  add(v: Verdict): void {
    this.n++;
    if (isFlagged(v)) this.flagged++;
    if (v.level === 'dangerous') this.dangerous++;
  }
  rate(): number {
    return this.n === 0 ? NaN : this.flagged / this.n;
  }
}

/** Tallies by a key (language, kind, brand), plus the total. */
export class Grouped {
  readonly total = new Tally();
  readonly groups = new Map<string, Tally>();
  add(key: string, v: Verdict): void {
    this.total.add(v);
    let t = this.groups.get(key);
    if (!t) this.groups.set(key, (t = new Tally()));
    t.add(v);
  }
}

export function pct(x: number, digits = 1): string {
  return Number.isNaN(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

/** Wilson score interval (95%) for a proportion: honest error bars for small corpora. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [NaN, NaN];
  const z = 1.96;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
