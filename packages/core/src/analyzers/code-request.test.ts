import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';

const REQUESTS = [
  'Sorry, I sent a 6-digit code to your number by mistake, can you forward it to me?', 'hi, you got a code from me accidentally, pls send it back',
  'Tell me the code that came to you', 'Please share the verification code you received', 'this is the courier, please dictate the code from the SMS',
  'Ой, я тебе случайно код отправила, скинь его мне пожалуйста', 'Вам пришёл код, продиктуйте его', 'Назовите код из СМС', 'скажи какой код пришел',
  'Здравствуйте, это служба доставки, сообщите код из смс', 'ya tebe kod sluchayno otpravil, skin ego', 'кoд пришел? скинь мне его',
  'Қателесіп саған код жіберіп қойдым, қайтарып жіберші', 'Телефоныңызға келген кодты айтыңыз', 'кодты айтшы тез', 'sizge kod keldi, aityp jiberinizshi',
  'Ti ho mandato un codice per errore, me lo rimandi?', 'Te envié un código por error, ¿me lo puedes reenviar?', 'Hast du versehentlich meinen Code bekommen? Schick ihn mir',
];

test('any request to share a code is dangerous code theft', () => {
  for (const t of REQUESTS) {
    const v = analyzeMessage(t);
    assert.equal(v.level, 'dangerous', t);
    assert.ok(v.attack === 'code-theft' || v.attack === 'telegram-session-theft', t);
    assert.ok(v.advice.includes('never-share-code'), t);
  }
});

test('a service notice that contains the user’s own code is not a request', () => {
  for (const t of [
    'Your WhatsApp code: 123-456. Don’t share this code with others', 'Your code is 123456. Do not share it with anyone.',
    'Код подтверждения: 4821. Никому не сообщайте этот код.', 'Никогда не говорите код из SMS, даже сотрудникам банка', 'Растау коды: 123456. Кодты ешкімге айтпаңыз.',
    'G-123456 is your Google verification code.', 'Use code 654321 to log in. We will never ask you for this code.',
  ]) {
    const v = analyzeMessage(t);
    assert.notEqual(v.level, 'dangerous', t);
    assert.ok(!v.findings.some((f) => f.analyzer === 'code-request' && f.weight >= 35), t);
  }
});

test('evidence never shows the code or phone number itself', () => {
  const v = analyzeMessage('Я случайно отправил тебе код 123-456 на +7 701 123 45 67, скинь его');
  assert.equal(v.level, 'dangerous');
  const shown = JSON.stringify(v.findings.map((f) => f.evidence)) + JSON.stringify(v.indicators);
  assert.ok(!shown.includes('123-456') && !shown.includes('45 67'), shown);
  assert.deepEqual(v.indicators.codes, ['###-###']);
});

test('a code request that mentions Telegram is Telegram session theft', () => {
  assert.equal(analyzeMessage('Скинь код из телеграма, который сейчас пришёл').attack, 'telegram-session-theft');
});
