import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';

test('instructions to enter a code into WhatsApp or link by number are dangerous', () => {
  for (const t of [
    'Enter this code in WhatsApp: K7PQ-2M9X', 'Tap "Link with phone number instead" and enter the code', 'Введите этот код в WhatsApp: K7PQ-2M9X',
    'Кодты WhatsApp-қа енгізіңіз', 'Inserisci il codice in WhatsApp', 'Gib den Code in WhatsApp ein',
  ]) {
    const v = analyzeMessage(t);
    assert.equal(v.level, 'dangerous', t);
    assert.equal(v.attack, 'ghostpairing', t);
  }
});

test('scan a QR to verify or vote is QR linking', () => {
  for (const t of ['Scan the QR code to vote for Amina', 'Отсканируй QR код чтобы проголосовать']) {
    const v = analyzeMessage(t);
    assert.equal(v.level, 'dangerous', t);
    assert.equal(v.attack, 'qr-linking', t);
  }
});

test('a pairing code next to WhatsApp is suspicious on its own', () => {
  const v = analyzeMessage('WhatsApp K7PQ-2M9X');
  assert.equal(v.level, 'suspicious');
  assert.deepEqual(v.indicators.codes, ['XXXX-XXXX']);
});

test('protective advice about Linked devices is not an instruction', () => {
  for (const t of [
    'Откройте WhatsApp → Настройки → Связанные устройства и выйдите со всех незнакомых устройств',
    'Go to Settings > Linked devices and log out of any device you do not recognise',
    'Мошенники просят ввести код в WhatsApp. Никогда этого не делайте!',
  ]) assert.ok(!['suspicious', 'dangerous'].includes(analyzeMessage(t).level), t);
});

test('WhatsApp Web help with the official link and own-code SMS notices are not scam instructions', () => {
  for (const t of [
    'To use WhatsApp on your laptop, open web.whatsapp.com and scan the QR code with your phone to log in',
    'Как открыть ватсап на ноутбуке? Зайди на web.whatsapp.com и отсканируй QR телефоном',
    'Your WhatsApp code: 482-913. Enter it in WhatsApp to verify your number. Don\'t share this code',
  ]) assert.ok(!['suspicious', 'dangerous'].includes(analyzeMessage(t).level), t);
  // The same steps towards a foreign site, or to Linked devices with a site's code, stay dangerous.
  assert.equal(analyzeMessage('Open WhatsApp, tap Link with phone number and enter the 8 characters from the site').level, 'dangerous');
});
