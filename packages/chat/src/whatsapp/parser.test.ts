import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversation } from '../fixtures/conversation.ts';
import { expectedTime, WA_LAYOUTS, whatsappText } from '../fixtures/formats.ts';
import type { ChatMessage, ParseIssue } from '../types.ts';
import { WhatsAppParser } from './parser.ts';

function parse(text: string, chunk = Infinity, daysFirst?: boolean): { msgs: ChatMessage[]; issues: ParseIssue[] } {
  const msgs: ChatMessage[] = [];
  const issues: ParseIssue[] = [];
  const p = new WhatsAppParser('Chat', { message: (m) => msgs.push(m), issue: (i) => issues.push(i) }, daysFirst === undefined ? {} : { daysFirst });
  for (let i = 0; i < text.length; i += Math.min(chunk, text.length)) p.push(text.slice(i, i + chunk));
  p.end();
  return { msgs, issues };
}

for (const layout of WA_LAYOUTS) {
  for (const lang of ['ru', 'kk', 'en'] as const) {
    test(`whatsapp ${layout} with a ${lang} conversation: every message, time, sender, kind and line`, () => {
      const fixture = conversation({ lang, withLures: true });
      const { msgs, issues } = parse(whatsappText(layout, fixture));
      assert.deepEqual(issues, []);
      assert.equal(msgs.length, fixture.length);
      let line = 1;
      fixture.forEach((f, i) => {
        const m = msgs[i]!;
        assert.equal(m.time, expectedTime(f.at), `time of message ${i}`);
        assert.equal(m.kind, f.kind ?? 'text', `kind of message ${i}: ${JSON.stringify(m.text)}`);
        assert.equal(m.line, line, `line of message ${i}`);
        line += 1 + (f.kind ? 0 : f.text.split('\n').length - 1);
        if ((f.kind ?? 'text') === 'text') {
          assert.equal(m.text, f.text);
          assert.equal(m.sender, f.sender);
          assert.equal(m.senderKnown, !f.sender.startsWith('+'));
        }
      });
    });
  }
}

test('chunk boundaries anywhere (even inside \\r\\n and multi-byte text) change nothing', () => {
  const text = whatsappText('ios-ru', conversation({ lang: 'ru', withLures: true }));
  const whole = parse(text);
  for (const chunk of [1, 7, 64, 1000]) assert.deepEqual(parse(text, chunk), whole, `chunk ${chunk}`);
});

test('the day/month order is inferred from the whole file, not the first line', () => {
  // 03/04 is ambiguous; 25/04 later proves days come first.
  const text = '03/04/2025, 10:00 - A: first\n05/04/2025, 10:00 - B: second\n25/04/2025, 11:30 - A: third\n';
  assert.deepEqual(
    parse(text).msgs.map((m) => m.time),
    ['2025-04-03T10:00:00', '2025-04-05T10:00:00', '2025-04-25T11:30:00'],
  );
  const us = '4/3/25, 10:00 AM - A: first\n4/25/25, 9:15 PM - B: later\n';
  assert.deepEqual(parse(us).msgs.map((m) => m.time), ['2025-04-03T10:00:00', '2025-04-25T21:15:00']);
});

test('an order never proven by a day > 12 is read from the sequence (days reset, months grow)', () => {
  // Months first: 1/12 → 2/1 (first part grows, second resets): months first.
  const text = '1/11/2025, 10:00 - A: a\n1/12/2025, 10:00 - A: b\n2/1/2025, 10:00 - A: c\n2/2/2025, 10:00 - A: d\n';
  assert.deepEqual(parse(text).msgs.map((m) => m.time.slice(0, 10)), ['2025-01-11', '2025-01-12', '2025-02-01', '2025-02-02']);
  // A caller can force it.
  assert.equal(parse(text, Infinity, true).msgs[0]!.time.slice(0, 10), '2025-11-01');
});

test('Russian ДП/ПП and Kazakh ТД/ТК 12-hour clocks', () => {
  const text = '01.03.2026, 9:05 ДП - Мама: утро\n01.03.2026, 9:05 ПП - Мама: вечер\n01.03.2026, 12:10 ТК - Апа: түс\n[01.03.2026, 12:01:02 ДП] Мама: полночь\n';
  assert.deepEqual(
    parse(text).msgs.map((m) => [m.time, m.sender, m.text]),
    [
      ['2026-03-01T09:05:00', 'Мама', 'утро'],
      ['2026-03-01T21:05:00', 'Мама', 'вечер'],
      ['2026-03-01T12:10:00', 'Апа', 'түс'],
      ['2026-03-01T00:01:02', 'Мама', 'полночь'],
    ],
  );
});

test('attachments: Android "(file attached)" with a caption keeps the caption as text; media-only lines are media', () => {
  const text = [
    '01.03.2026, 10:00 - Ерлан: IMG-20260301-WA0007.jpg (файл прикреплён)',
    'Это ты на фото?',
    '01.03.2026, 10:01 - Ерлан: VID-20260301-WA0001.mp4 (file attached)',
    '01.03.2026, 10:02 - Айгүл: <Медиафайлдар жоқ>',
    '01.03.2026, 10:03 - Айгүл: Данное сообщение удалено',
  ].join('\n');
  const { msgs } = parse(text);
  assert.deepEqual(msgs.map((m) => [m.kind, m.text, m.attachment ?? '']), [
    ['text', 'Это ты на фото?', 'IMG-20260301-WA0007.jpg'],
    ['media', 'VID-20260301-WA0001.mp4 (file attached)', 'VID-20260301-WA0001.mp4'],
    ['media', '<Медиафайлдар жоқ>', ''],
    ['deleted', 'Данное сообщение удалено', ''],
  ]);
});

test('system notes: Android (no author) and iOS (LRM, chat name as author), joins via invite link', () => {
  const text = [
    '01.03.2026, 10:00 - Сообщения и звонки защищены сквозным шифрованием. Нажмите, чтобы узнать подробнее.',
    '01.03.2026, 10:01 - Ерлан joined using this group\'s invite link',
    '\u200E[01.03.2026, 10:02:00] Семья: \u200EАнна присоединилась по ссылке-приглашению',
    '[01.03.2026, 10:03:00] Анна: Всем привет!',
  ].join('\n');
  assert.deepEqual(parse(text).msgs.map((m) => m.kind), ['system', 'system', 'system', 'text']);
});

test('junk before the first message, and a file that is not a chat, are reported with line numbers', () => {
  const text = 'Exported by some tool\nversion 2\n\n01.03.2026, 10:00 - A: hello\n';
  const { msgs, issues } = parse(text);
  assert.equal(msgs.length, 1);
  assert.equal(msgs[0]!.line, 4);
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.line, 1);
  assert.match(issues[0]!.reason, /lines 1–3/);

  const notChat = parse('just some notes\nno dates here\n');
  assert.equal(notChat.msgs.length, 0);
  assert.ok(notChat.issues.some((i) => /not a WhatsApp chat export/.test(i.reason)));
  assert.deepEqual(parse(''), { msgs: [], issues: [] });
});

test('a monster line (no newline for 5 MB) is cut and reported, the rest is read', () => {
  const text = `01.03.2026, 10:00 - A: ${'x'.repeat(5 * 1024 * 1024)}\n01.03.2026, 10:01 - B: after\n`;
  const { msgs, issues } = parse(text, 1 << 16);
  assert.equal(msgs.length, 2);
  assert.equal(msgs[1]!.text, 'after');
  assert.equal(msgs[1]!.line, 2);
  assert.ok(issues.some((i) => i.line === 1 && /longer than 4 MiB/.test(i.reason)));
});

test('a truncated last line is still a message', () => {
  const text = whatsappText('android-ru', conversation({ lang: 'ru' }));
  const cut = text.slice(0, text.length - 20);
  const { msgs, issues } = parse(cut);
  assert.equal(issues.length, 0);
  assert.equal(msgs.length, conversation({ lang: 'ru' }).length);
});
