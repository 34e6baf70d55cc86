import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversation } from '../fixtures/conversation.ts';
import { whatsappText } from '../fixtures/formats.ts';
import { scanExport } from '../scan/pipeline.ts';
import type { ScannedMessage } from '../types.ts';
import { renderHtmlReport } from './html.ts';
import { renderJsonReport } from './json.ts';
import { REPORT_TEXTS } from './strings.ts';
import { renderTerminalSummary } from './terminal.ts';

const hostile = [
  '01.03.2026, 10:00 - <img src=x onerror=alert(1)>: <script src="https://evil.top/x.js"></script> это ты на фото? https://photo-album-viewer.top/p/1',
  '01.03.2026, 10:01 - Ерлан: <a href="http://evil.top">vote</a> проголосуй за племянницу https://kids-dance-vote.xyz/vote',
].join('\n');

/**
 * Anything that would make a browser load or run something: a real tag (escaped text has no
 * literal "<") of a loading kind, a loading attribute inside a real tag, or url()/@import in CSS.
 * Displayed text such as "https://…" is allowed.
 */
export function externalResources(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const [tag, name, attrs] = [m[0], m[1]!.toLowerCase(), m[2] ?? ''];
    if (['script', 'link', 'iframe', 'img', 'object', 'embed', 'base', 'form', 'video', 'audio', 'source'].includes(name)) found.push(tag);
    if (/\b(?:src|href|action|poster|srcset|background|data)\s*=/i.test(attrs)) found.push(tag);
    if (/\bon[a-z]+\s*=/i.test(attrs)) found.push(tag);
  }
  for (const m of html.matchAll(/<style>([^<]*)<\/style>/gi)) if (/url\(|@import/i.test(m[1]!)) found.push('css url()/@import');
  return found;
}

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`HTML report (${lang}): self-contained, escaped, with findings, signals and advice`, () => {
    const r = scanExport(whatsappText('android-ru', conversation({ lang: 'ru', withLures: true })) + hostile + '\n', { lang });
    const html = renderHtmlReport(r, lang);
    assert.deepEqual(externalResources(html), []);
    assert.ok(!html.includes('<script'), 'no script tag');
    assert.ok(!html.includes('<img'), 'the hostile sender name is escaped');
    assert.deepEqual(externalResources('<p>x</p><img src="https://a.top/x.png"><a href="https://a.top">'), ['<img src="https://a.top/x.png">', '<img src="https://a.top/x.png">', '<a href="https://a.top">'], 'the detector can fail');
    assert.ok(html.includes('&lt;script src=&quot;https://evil.top/x.js&quot;&gt;'), 'hostile text shown escaped');
    assert.match(html, /<html lang="(kk|ru|en)">/);
    assert.ok(html.includes(REPORT_TEXTS[lang]!['signals']!));
    assert.ok(html.includes('photo-album-viewer.top'));
    assert.ok(html.includes('+7 7** *** ** 34'));
    assert.ok(!html.includes('555 12 34'));
    assert.match(html, /@media print/);
  });
}

test('report strings exist in kk, ru and en for every key', () => {
  const keys = Object.keys(REPORT_TEXTS['en']!);
  for (const l of ['kk', 'ru']) assert.deepEqual(Object.keys(REPORT_TEXTS[l]!).sort(), [...keys].sort(), l);
});

test('JSON report: one document; every message has time, sender, text, level, findings; summaries', () => {
  const seen: ScannedMessage[] = [];
  const r = scanExport(whatsappText('ios-ru', conversation({ lang: 'ru', withLures: true })), { lang: 'ru', onMessage: (m) => seen.push(m) });
  const doc = JSON.parse(renderJsonReport(r, seen)) as { messages: Record<string, unknown>[]; chats: unknown[]; senders: unknown[]; signals: unknown[] };
  assert.equal(doc.messages.length, r.totals.messages);
  for (const m of doc.messages) for (const k of ['time', 'sender', 'text', 'level', 'findings']) assert.ok(k in m, k);
  assert.ok(doc.messages.some((m) => m['level'] === 'dangerous' && (m['findings'] as unknown[]).length > 0));
  assert.equal(doc.chats.length, 1);
  assert.ok(doc.senders.length >= 3);
  assert.ok(doc.signals.length >= 1);
});

test('terminal summary: verdict line, flagged messages with reasons, signals, in Russian', () => {
  const r = scanExport(whatsappText('android-ru', conversation({ lang: 'ru', withLures: true })), { lang: 'ru' });
  const s = renderTerminalSummary(r, 'ru');
  assert.match(s, /Найдено опасных сообщений: \d+, подозрительных: \d+/);
  assert.match(s, /\[опасно\] 2026-02-28/);
  assert.match(s, /Признаки того, что аккаунт захвачен:/);
  const empty = renderTerminalSummary(scanExport('01.03.2026, 10:00 - A: привет\n', { lang: 'en' }), 'en');
  assert.match(empty, /No dangerous or suspicious messages/);
});
