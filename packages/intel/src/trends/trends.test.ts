import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeTrends, type TrendEvent } from './trends.ts';

test('per-day counts by attack, brand, language, region; top lures (redacted) and domains; forecast', () => {
  const ev: TrendEvent[] = [];
  for (let d = 1; d <= 28; d++) {
    for (let k = 0; k < d % 7 + 2; k++) ev.push({ at: `2026-01-${String(d).padStart(2, '0')}T10:00:00Z`, kind: 'report', attack: 'ghostpairing', brand: 'whatsapp', language: k % 2 ? 'ru' : 'kk', region: 'Almaty', lure: `Vote for my niece Aisha ${k}! https://v${k}.top/x?phone=7701123456${k}`, domain: `v${k}.top` });
    ev.push({ at: `2026-01-${String(d).padStart(2, '0')}T12:00:00Z`, kind: 'detection', attack: 'code-theft' });
  }
  ev.push({ at: 'garbage', kind: 'report' }, { at: '2025-01-01T00:00:00Z', kind: 'report' });
  const t = computeTrends(ev, { from: '2026-01-01T00:00:00Z', to: '2026-01-28T23:00:00Z', top: 3, horizonDays: 7 });
  assert.equal(t.days.length, 28);
  assert.equal(t.reports[0], 3);
  assert.equal(t.detections.reduce((a, b) => a + b, 0), 28);
  assert.equal(t.byAttack['code-theft']?.[5], 1);
  assert.ok((t.byLanguage.kk?.[6] ?? 0) > 0 && (t.byRegion.Almaty?.[0] ?? 0) === 3);
  assert.equal(t.byBrand.unknown?.[0], 1, 'detections without brand');
  assert.equal(t.topLures.length, 1, 'variants differing only in digits and links group together');
  assert.doesNotMatch(JSON.stringify(t.topLures), /Aisha|7701123456|phone=/);
  assert.equal(t.topDomains[0]?.domain, 'v0.top');
  assert.equal(t.forecast.model, 'holt-winters-additive');
  assert.deepEqual(t.forecast.days.slice(0, 2), ['2026-01-29', '2026-01-30']);
  assert.throws(() => computeTrends([], { from: 'x', to: 'y' }), RangeError);
  const empty = computeTrends([], { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
  assert.deepEqual([empty.days.length, empty.forecast.model], [1, 'mean']);
  assert.equal(computeTrends([], { from: '2000-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }).days.length, 731);
});

test('aggregated events count as many; bad counts count once', () => {
  const t = computeTrends([
    { at: '2026-02-01T10:00:00Z', kind: 'detection', attack: 'ghostpairing', count: 40 },
    { at: '2026-02-01T11:00:00Z', kind: 'detection', attack: 'ghostpairing', count: -3 },
    { at: '2026-02-02T11:00:00Z', kind: 'detection', attack: 'code-theft', count: 1.5 },
  ], { from: '2026-02-01T00:00:00Z', to: '2026-02-02T00:00:00Z' });
  assert.deepEqual(t.detections, [41, 1]);
  assert.deepEqual(t.byAttack['ghostpairing'], [41, 0]);
});
