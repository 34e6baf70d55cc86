import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVerdict, type Attack, type Finding, type Verdict } from '@ghostguard/core';
import { conversation, HIJACKED_SENDER, LURES, type FixtureLang } from '../fixtures/conversation.ts';
import { telegramJson, whatsappText } from '../fixtures/formats.ts';
import type { ScannedMessage } from '../types.ts';
import { scanExport } from './pipeline.ts';

for (const lang of ['ru', 'kk', 'en'] as const satisfies readonly FixtureLang[]) {
  test(`real engine, ${lang} chat: lures dangerous, code request counted, loan after lure is a high-confidence takeover sign`, () => {
    const r = scanExport(whatsappText('android-ru', conversation({ lang, withLures: true })), { lang });
    const erlan = HIJACKED_SENDER[lang];
    const attacks = r.flagged.filter((m) => m.sender === erlan).map((m) => m.attack);
    assert.deepEqual(attacks, ['ghostpairing', 'ghostpairing', 'code-theft', 'takeover-followup']);
    assert.equal(r.flagged.filter((m) => m.codeRequest).length, 1);
    assert.equal(r.chats[0]!.codeRequests, 1);
    const money = r.signals.find((s) => s.kind === 'money-after-lure');
    assert.ok(money, JSON.stringify(r.signals));
    assert.equal(money.sender, erlan);
    assert.equal(money.confidence, 'high');
    // Erlan wrote Kazakh before; the Kazakh chat's lures are Kazakh, so no language change there.
    assert.equal(r.signals.some((s) => s.kind === 'language-change'), lang !== 'kk');
    assert.deepEqual(r.indicators.domains, ['kids-dance-vote.xyz', 'photo-album-viewer.top']);
    // No ordinary message is flagged.
    assert.equal(r.flagged.filter((m) => m.sender !== erlan && !m.sender.startsWith('+')).length, 0);
    // The bare-number sender is masked.
    assert.ok(r.flagged.some((m) => m.sender === '+7 7** *** ** 34'));
    assert.ok(!JSON.stringify(r).includes('555 12 34'));
  });
}

/** A stand-in engine for pipeline tests that must not depend on the rules: keyword → finding. */
function fakeEngine(text: string): Verdict {
  const f = (rule: string, weight: number, attack: Attack): Finding => ({ analyzer: 'fake', rule, severity: 'high', message: { id: `fake.${rule}` }, evidence: [], weight, attack });
  const findings: Finding[] = [];
  if (/LURE/.test(text)) findings.push(f('fake/lure', 80, 'ghostpairing'));
  if (/MONEY/.test(text)) findings.push(f('fake/money', 50, 'takeover-followup'));
  const urls = [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return buildVerdict({ kind: 'message', findings, quietLevel: 'safe', indicators: { urls, domains: urls.map((u) => new URL(u).hostname), phones: [], codes: [] } });
}

test('the same lure (with small edits) to three chats from one sender: same-lure-many-chats, high', () => {
  const lure = (n: number, name: string) => ({ at: n, sender: 'Ерлан', text: `LURE привет ${name}, это ты на фото?? смотри https://x${n}.top/p/${n}` });
  const json = telegramJson([
    { name: 'A', messages: [lure(1, 'Аня'), { at: 2, sender: 'Аня', text: 'что это?' }] },
    { name: 'B', messages: [lure(3, 'Боря')] },
    { name: 'C', messages: [lure(5, 'Вика'), { at: 6, sender: 'Ерлан', text: 'LURE совсем другой текст про голосование за племянницу в конкурсе' }] },
  ]);
  const r = scanExport(json, { analyze: fakeEngine });
  const s = r.signals.find((x) => x.kind === 'same-lure-many-chats');
  assert.ok(s, JSON.stringify(r.signals));
  assert.equal(s.confidence, 'high');
  assert.deepEqual(s.chats, ['A', 'B', 'C']);
  assert.equal(s.messages.length, 3);
  assert.equal(r.chats.length, 3);
});

test('a money request a week after the lure is not "soon"; one without a lure is not a takeover sign', () => {
  const day = 24 * 60;
  const msgs = [
    { at: 0, sender: 'A', text: 'LURE look https://a.top/x' },
    { at: 8 * day, sender: 'A', text: 'MONEY lend me please' },
    { at: 8 * day + 1, sender: 'B', text: 'MONEY lend me please' },
  ];
  const r = scanExport(whatsappText('android-en-24h', msgs), { analyze: fakeEngine });
  assert.equal(r.signals.filter((s) => s.kind === 'money-after-lure').length, 0);
  const soon = scanExport(whatsappText('android-en-24h', [msgs[0]!, { ...msgs[1]!, at: 30 * 60 }]), { analyze: fakeEngine });
  assert.equal(soon.signals.find((s) => s.kind === 'money-after-lure')?.confidence, 'medium');
});

test('bounded memory: flagged messages beyond the cap are counted, not kept; every message still reaches onMessage', () => {
  const msgs = Array.from({ length: 300 }, (_, i) => ({ at: i, sender: `S${i % 7}`, text: i % 2 ? 'LURE https://k.top/a' : 'hi there' }));
  const seen: ScannedMessage[] = [];
  const r = scanExport(whatsappText('android-ru', msgs), { analyze: fakeEngine, maxFlagged: 20, onMessage: (m) => seen.push(m) });
  assert.equal(r.flagged.length, 20);
  assert.equal(r.flaggedDropped, 130);
  assert.equal(seen.length, 300);
  for (const m of seen) {
    for (const k of ['time', 'sender', 'text', 'level', 'findings'] as const) assert.ok(k in m, k);
  }
});

test('texts are redacted in scanned messages: phone numbers and codes', () => {
  const seen: ScannedMessage[] = [];
  scanExport(`01.03.2026, 10:00 - A: мой номер +7 701 234 56 78, код 123-456 и XK7P-M2Q9\n`, { analyze: fakeEngine, onMessage: (m) => seen.push(m) });
  assert.equal(seen[0]!.text, 'мой номер +7 7** *** ** 78, код ###-### и XXXX-XXXX');
});

test('every lure text of the fixtures is flagged by the real engine (guards the fixtures themselves)', () => {
  for (const lang of ['ru', 'kk', 'en'] as const) {
    for (const [k, text] of Object.entries(LURES[lang])) {
      const r = scanExport(`01.03.2026, 10:00 - Ерлан: ${text}\n`, { lang });
      assert.equal(r.flagged.length, 1, `${lang} ${k}`);
    }
  }
});
