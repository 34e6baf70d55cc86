import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairOcrText } from './ocr-text.ts';

test('joins links that OCR split around dots and schemes', () => {
  assert.equal(repairOcrText('go to whatsapp-verify . top now'), 'go to whatsapp-verify.top now');
  assert.equal(repairOcrText('open foto-album .pro/view'), 'open foto-album.pro/view');
  assert.equal(repairOcrText('whatsapp-verify. top'), 'whatsapp-verify.top');
  assert.equal(repairOcrText('photos. top/a1'), 'photos.top/a1');
  assert.equal(repairOcrText('https: //vote-kids.live /vote/2'), 'https://vote-kids.live/vote/2');
  assert.equal(repairOcrText('see https://photo-share.top/al-\nbum/2210 please'), 'see https://photo-share.top/al-bum/2210\nplease');
});

test('leaves prose alone', () => {
  const prose = ['I was at the top. Top marks!', 'Me too. me', 'Это ты? Ком . ру', 'Price: 3 . 50', 'end of line /\nnext'];
  for (const p of prose) assert.equal(repairOcrText(p), p);
});

test('bad input: empty, huge, binary', () => {
  assert.equal(repairOcrText(''), '');
  assert.ok(repairOcrText('a . top '.repeat(50_000)).length <= 65_536);
  assert.equal(typeof repairOcrText('\u0000\uffff\ud800'), 'string');
});
