import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLinkedDevices, renderLinkedDevices, isLinkedDevicesScreen } from './linked-devices.ts';

const EN = `Linked devices\n\nLink a device\n\nDevice Status\nTap a device to log out.\n\nGoogle Chrome (Windows)\nLast active today at 14:05\n\nFirefox (Mac OS)\nLast active 12 March at 9:30\n\nChrome (Linux)\nActive now\n`;
const RU = `Связанные устройства\nПривязка устройства\nСтатус устройства\n\nSafari (Мас OS)\nБыл(а) активен вчера в 09:12\n\nChrome (Linux)\nАктивно сейчас\n`;
const KK = `Байланыстырылған құрылғылар\nҚұрылғыны байланыстыру\nҚұрылғы күйі\n\nWindows\nСоңғы белсенділік: бүгін 10:47\n\nGoogle Chrome (Ubuntu) Қазір белсенді\n`;

test('reads devices and last-active times in en, ru and kk', () => {
  const en = readLinkedDevices(EN);
  assert.equal(en?.screenLang, 'en');
  assert.deepEqual(en?.devices.map((d) => [d.name, d.lastActive.kind, d.lastActive.time]), [
    ['Google Chrome (Windows)', 'today', '14:05'],
    ['Firefox (Mac OS)', 'earlier', '9:30'],
    ['Chrome (Linux)', 'now', undefined],
  ]);
  const ru = readLinkedDevices(RU);
  assert.equal(ru?.screenLang, 'ru');
  assert.deepEqual(ru?.devices.map((d) => [d.name, d.lastActive.kind, d.lastActive.time]), [
    ['Safari (Mac OS)', 'yesterday', '09:12'],
    ['Chrome (Linux)', 'now', undefined],
  ]);
  const kk = readLinkedDevices(KK);
  assert.equal(kk?.screenLang, 'kk');
  assert.deepEqual(kk?.devices.map((d) => [d.name, d.lastActive.kind]), [['Windows', 'today'], ['Google Chrome (Ubuntu)', 'now']]);
});

test('flags server-like devices always, desktop ones when the person never uses WhatsApp Web', () => {
  const flags = (opts: { usesWhatsAppWeb?: boolean }) => readLinkedDevices(EN, opts)?.devices.map((d) => d.flag ?? '-');
  assert.deepEqual(flags({}), ['-', '-', 'server-like']);
  assert.deepEqual(flags({ usesWhatsAppWeb: false }), ['desktop-but-no-web-use', 'desktop-but-no-web-use', 'server-like']);
});

test('renders the list, the question and the logout steps in the person\'s language', () => {
  const ru = renderLinkedDevices(readLinkedDevices(RU)!, 'ru');
  assert.match(ru.text, /Chrome \(Linux\) — активно сейчас ⚠️/);
  assert.match(ru.text, /Какие из них вы узнаёте\?/);
  assert.match(ru.text, /Связанные устройства/);
  const kk = renderLinkedDevices(readLinkedDevices(KK)!, 'kk');
  assert.match(kk.text, /қайсысын танисыз/);
  const none = renderLinkedDevices({ screenLang: 'en', devices: [] }, 'xx');
  assert.match(none.text, /could not read any device/);
});

test('other texts are not a Linked devices screen', () => {
  for (const t of ['', 'Привет! Это ты на фото? https://x.top', 'Active now', '\u0000'.repeat(1000), 'linked '.repeat(100_000)]) {
    assert.equal(readLinkedDevices(t), undefined, t.slice(0, 30));
  }
  assert.ok(isLinkedDevicesScreen(EN));
  assert.ok(!isLinkedDevicesScreen('Last active today at 14:05'));
});
