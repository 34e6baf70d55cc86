import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';

const flagged = (t: string, senderKnown?: boolean) =>
  ['suspicious', 'dangerous'].includes(analyzeMessage(t, senderKnown === undefined ? {} : { senderKnown }).level);

test('urgent money requests and card transfers from hijacked accounts are suspicious', () => {
  for (const t of [
    'Срочно одолжи 20000, скинь на карту каспи, завтра верну', 'Urgent! can you lend me 200 till tomorrow? send to my card',
    'Шұғыл қарызға 10000 бере тұршы, каспиге салшы', 'Mum, this is my new number, my phone broke', 'мама это мой новый номер, телефон сломался',
    'скиньте номер карты и три цифры на обороте',
  ]) assert.ok(flagged(t), t);
  const v = analyzeMessage('Срочно одолжи 20000, скинь на карту');
  assert.equal(v.attack, 'takeover-followup');
  assert.ok(v.advice.includes('verify-sender-other-channel'));
});

test('a single ordinary money request is not flagged, but a known sender raises it', () => {
  assert.ok(!flagged('одолжи 5000 до пятницы'));
  assert.ok(!flagged('can you lend me your charger'));
  assert.ok(!flagged('Not tonight. This is my new number by the way.'));
  const base = analyzeMessage('одолжи 5000, срочно').score;
  const known = analyzeMessage('одолжи 5000, срочно', { senderKnown: true }).score;
  assert.ok(known > base, `${known} > ${base}`);
});
