import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LURES, candidateEntries } from './index.ts';
import { KIND_DEFAULTS, seq, splitItems } from './dsl.ts';
import { MESSAGE_FINDING_TEXTS } from '../../i18n/message-finding-texts.ts';

test('every lure entry is unique, sourced, weighted and gated', () => {
  const ids = new Set<string>();
  for (const e of LURES) {
    assert.ok(!ids.has(e.id), `duplicate ${e.id}`);
    ids.add(e.id);
    assert.ok(e.source.length > 10, e.id);
    assert.ok(e.weight >= 0 && e.weight <= 100, e.id);
    assert.ok(e.hints.length > 0 && e.hints.every((h) => h.trim() !== ''), e.id);
    assert.ok(e.id.startsWith(`${e.lang}/`), e.id);
  }
  assert.ok(LURES.length > 150);
});

test('kinds have defaults and every language has photo, vote and code patterns', () => {
  for (const lang of ['en', 'ru', 'kk', 'cs', 'de', 'es', 'pt', 'it', 'ro', 'pl', 'uk', 'uz', 'hi', 'fr']) {
    const kinds = new Set(LURES.filter((e) => e.lang === lang).map((e) => e.kind));
    for (const k of ['photo', 'vote', 'code-mistake', 'code-request']) assert.ok(kinds.has(k as never), `${lang} lacks ${k}`);
  }
  assert.equal(KIND_DEFAULTS['code-request'].attack, 'code-theft');
});

test('the hint gate never hides a match (gate is a superset)', () => {
  const samples = ['hey i just found your photo', 'проголосуй за мою дочку', 'сизге код жиберилди оны айтып жибериниз', 'vote no meu filho'];
  for (const text of samples) {
    const gated = new Set<number>();
    candidateEntries(text, gated);
    LURES.forEach((e, i) => {
      if (e.pattern.test(text)) assert.ok(gated.has(i), `${e.id} matched but was not a candidate`);
    });
  }
});

test('patterns run in linear time on hostile input', () => {
  const hostile = ['код '.repeat(5000), 'vote for '.repeat(3000), 'a'.repeat(60_000), 'фото твое '.repeat(4000), 'is this '.repeat(5000)];
  for (const h of hostile) {
    const t = Date.now();
    for (const e of LURES) e.pattern.test(h);
    assert.ok(Date.now() - t < 2000, `slow on ${h.slice(0, 10)}`);
  }
});

test('the DSL: slots, stems, exact words, gaps and item splitting', () => {
  const p = new RegExp(seq(1, 'found|saw', 'your|ur', 'photo*').source);
  assert.ok(p.test('i found your photos'));
  assert.ok(p.test('saw ur photo'));
  assert.ok(!p.test('foundry your photo')); // exact word
  assert.ok(!p.test('found . your photo')); // no sentence crossing
  assert.deepEqual(splitItems('a|(?<!x |y )b|c'), ['a', '(?<!x |y )b', 'c']);
});

test('every message finding id has en, ru and kk text', () => {
  const ids = Object.keys(MESSAGE_FINDING_TEXTS.en ?? {});
  assert.ok(ids.length >= 20);
  for (const lang of ['ru', 'kk']) for (const id of ids) assert.ok(MESSAGE_FINDING_TEXTS[lang]?.[id], `${lang} lacks ${id}`);
  for (const kind of ['photo', 'vote', 'account-notice', 'prize', 'telegram-gift']) {
    assert.ok(ids.includes(`finding.lure-phrases.${kind}`) && ids.includes(`finding.lure-phrases.${kind}-link`), kind);
  }
  for (const kind of ['loan', 'card', 'card-details', 'new-number', 'payment-qr']) assert.ok(ids.includes(`finding.takeover-followup.${kind}`), kind);
});
