import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerText, answerHappened, happenedButtons } from './respond.ts';
import { textCommand } from './dialogue.ts';
import { redact, redactRecipient } from './redact.ts';
import { RateLimiter } from './rate-limit.ts';
import { LANGUAGE_NAMES, TEXTS } from './texts.ts';
import { recoveryAdvice } from './recovery.ts';

test('every button title fits WhatsApp\'s 20-character limit in every language', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const t = TEXTS[lang];
    for (const title of [...Object.values(t.buttons), t.reportYes, t.reportNo, ...Object.values(LANGUAGE_NAMES)]) {
      assert.ok([...title].length <= 20, `${lang}: "${title}" is ${[...title].length} chars`);
    }
    assert.equal(happenedButtons(lang).length, 3);
  }
});

test('answers in the language of the text unless the person chose one', () => {
  const now = new Date();
  assert.equal(answerText('Привет! Это ты на фото? http://foto-album.top/view/1', {}, now).lang, 'ru');
  assert.equal(answerText('Привет! Это ты на фото? http://foto-album.top/view/1', { chosen: 'kk' }, now).lang, 'kk');
  assert.equal(answerText('hello', { app: 'en-US' }, now).lang, 'en');
  const safe = answerText('See you at 7 tonight?', { app: 'en' }, now);
  assert.equal(safe.replies.length, 1, 'no recovery buttons for an ordinary message');
});

test('the stored case summary is redacted', () => {
  const a = answerText('My number is +7 701 123 45 67, code 482-913, pairing K7PQ-9XZ2: http://x-verify.top/?p=77011234567', {}, new Date());
  const s = a.caseSummary!;
  assert.ok(!/701|482|913|K7PQ/.test(s.text ?? ''), s.text);
  assert.ok(!/77011234567/.test(s.url ?? ''), s.url);
  assert.equal(redactRecipient('77011234567'), '7********67');
  assert.equal(redact(''), '');
  assert.equal(redact('x'.repeat(10_000)).length, 4000);
});

test('recovery steps depend on what happened; Telegram lures get the sessions step', () => {
  assert.deepEqual(recoveryAdvice(['opened-link']), ['check-linked-devices', 'never-enter-number-or-code']);
  assert.ok(recoveryAdvice(['entered-code']).includes('reregister-with-sms'));
  const tg = recoveryAdvice(['entered-code'], 'telegram-session-theft');
  assert.ok(tg.includes('telegram-terminate-sessions') && !tg.includes('check-linked-devices'));
  assert.equal(answerHappened('entered-code', 'kk')[1]?.buttons?.length, 2);
});

test('text commands in kk, ru and en; ordinary text is not a command', () => {
  assert.deepEqual(textCommand('Помощь'), { command: 'help' });
  assert.deepEqual(textCommand('көмек'), { command: 'help' });
  assert.deepEqual(textCommand('/language kk'), { command: 'language', arg: 'kk' });
  assert.deepEqual(textCommand('Қазақша'), { command: 'language', arg: 'kk' });
  assert.equal(textCommand('help me, is this a scam? http://x.top'), undefined);
  assert.equal(textCommand(''), undefined);
});

test('rate limiter: burst, refill, one notice', () => {
  const r = new RateLimiter({ burst: 2, perMinute: 60 });
  assert.deepEqual([r.take('a', 0), r.take('a', 0), r.take('a', 0), r.take('a', 0)], ['allow', 'allow', 'deny-notify', 'deny-silent']);
  assert.equal(r.take('a', 1000), 'allow');
  assert.equal(r.take('b', 0), 'allow');
});
