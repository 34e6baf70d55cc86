import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';
import { createMessageSubject } from '../subjects/message-subject.ts';
import { brandMentionLink } from './brand-mention-link.ts';

const findings = (t: string) => brandMentionLink.analyze(createMessageSubject(t), {});

test('a brand named next to a foreign link is a weak signal that reaches suspicious with an abused TLD', () => {
  const f = findings('WhatsApp: your number was selected, details https://wa-bonus.top');
  assert.equal(f.length, 1);
  assert.equal(f[0]?.brand, 'whatsapp');
  assert.equal(f[0]?.weight, 25);
  assert.ok(['suspicious', 'dangerous'].includes(analyzeMessage('Kaspi: подробности тут https://kaspi-info.top').level));
});

test('official links and messages without a brand give nothing', () => {
  assert.deepEqual(findings('Вышло обновление WhatsApp, подробности на https://www.whatsapp.com/'), []);
  assert.deepEqual(findings('look at this https://example.org/page'), []);
  assert.deepEqual(findings('WhatsApp is down again'), []);
  // A brand and an ordinary link alone stay below suspicious.
  assert.ok(!['suspicious', 'dangerous'].includes(analyzeMessage('Telegram news: https://example.org/article').level));
});

test('bad input: empty, binary, huge', () => {
  for (const t of ['', '\u0000\u0001'.repeat(100), `whatsapp ${'https://a.top/ '.repeat(5000)}`]) assert.doesNotThrow(() => findings(t));
});
