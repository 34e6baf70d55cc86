import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forecastSeries } from './holt-winters.ts';

const WEEK = [0, 6, 12, 6, 0, -12, -12];
function gauss(seed: { s: number }): number {
  const u = () => (seed.s = (seed.s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000 + 1e-9;
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}
const truth = (t: number) => 80 + 1.5 * t + (WEEK[t % 7] ?? 0);

test('additive Holt-Winters recovers a known trend + weekly season; 95% intervals cover ~95%', () => {
  let covered = 0;
  let total = 0;
  let absErr = 0;
  for (let run = 0; run < 40; run++) {
    const seed = { s: 1000 + run };
    const y = Array.from({ length: 56 }, (_, t) => truth(t) + 3 * gauss(seed));
    const f = forecastSeries(y, 14);
    assert.equal(f.model, 'holt-winters-additive');
    for (const p of f.points) {
      const actual = truth(55 + p.step) + 3 * gauss(seed);
      total++;
      if (actual >= p.lower && actual <= p.upper) covered++;
      absErr += Math.abs(p.mean - truth(55 + p.step));
      assert.ok(p.lower <= p.mean && p.mean <= p.upper);
    }
  }
  const coverage = covered / total;
  assert.ok(coverage >= 0.88 && coverage <= 0.995, `coverage ${coverage}`);
  assert.ok(absErr / total < 4, `mean abs error of the mean forecast ${absErr / total}`);
  // The weekly shape is in the forecast: the peak day is ~24 above the trough day.
  const f = forecastSeries(Array.from({ length: 56 }, (_, t) => truth(t)), 7);
  const byDay = f.points.map((p) => p.mean - 1.5 * (55 + p.step));
  assert.ok(Math.max(...byDay) - Math.min(...byDay) > 20);
});

test('short series: Holt linear (trend, no season), then the mean; intervals widen with the horizon', () => {
  const f = forecastSeries([10, 12, 14, 16, 18, 20, 22, 24, 26, 28], 5);
  assert.equal(f.model, 'holt-linear');
  assert.ok(Math.abs((f.points[0]?.mean ?? 0) - 30) < 1.5, String(f.points[0]?.mean));
  const widths = f.points.map((p) => p.upper - p.lower);
  assert.ok(widths.every((w, i) => i === 0 || w >= (widths[i - 1] ?? 0)));
  assert.equal(forecastSeries([4, 6], 3).model, 'mean');
  assert.equal(forecastSeries([], 3).points[0]?.mean, 0);
});

test('bad input: NaN/Infinity are zeros, negative horizon is none, lower bound never < 0', () => {
  const f = forecastSeries([NaN, Infinity, 3, -5, 2, 1, 0, 0, 1, 2, 0, 1, 0, 3, 1], 10);
  assert.ok(f.points.every((p) => Number.isFinite(p.mean) && p.lower >= 0));
  assert.equal(forecastSeries([1, 2, 3], -4).points.length, 0);
  assert.equal(forecastSeries([1, 2, 3], 10_000).points.length, 366);
});
