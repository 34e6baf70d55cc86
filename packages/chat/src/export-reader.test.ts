import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { chatNameFrom, ExportReader } from './export-reader.ts';
import { conversation } from './fixtures/conversation.ts';
import { telegramJson, whatsappText, whatsappZip } from './fixtures/formats.ts';
import type { ChatMessage, ParseIssue } from './types.ts';

function read(bytes: Uint8Array, name?: string, chunk = 1 << 20) {
  const msgs: ChatMessage[] = [];
  const issues: ParseIssue[] = [];
  const r = new ExportReader({ message: (m) => msgs.push(m), issue: (i) => issues.push(i) }, name ? { name } : {});
  for (let i = 0; i < bytes.length; i += chunk) r.push(bytes.subarray(i, i + chunk));
  r.end();
  return { msgs, issues, format: r.format };
}

const fixture = conversation({ lang: 'ru', withLures: true });
const text = whatsappText('android-ru', fixture);

test('format detection: WhatsApp text, zip, Telegram JSON', () => {
  assert.equal(read(strToU8(text)).format, 'whatsapp-txt');
  assert.equal(read(whatsappZip(text)).format, 'whatsapp-zip');
  assert.equal(read(strToU8(telegramJson([{ name: 'x', messages: fixture }]))).format, 'telegram-json');
});

test('zip: only the chat text is read, chat name from the file name, any chunk size', () => {
  const zip = whatsappZip(text, 'WhatsApp Chat with Семья.txt');
  for (const chunk of [1, 100, 1 << 20]) {
    const r = read(zip, 'WhatsApp Chat - Семья.zip', chunk);
    assert.deepEqual(r.issues, []);
    assert.equal(r.msgs.length, fixture.length);
    assert.equal(r.msgs[0]!.chat, 'Семья');
  }
});

test('zip written as a stream (data descriptors, like Android) with _chat.txt (iOS name)', () => {
  const chunks: Uint8Array[] = [];
  const z = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const photo = new ZipDeflate('00000042-PHOTO-2026-03-01-10-00-00.jpg', { level: 1 });
  z.add(photo);
  photo.push(new Uint8Array(5000).fill(7), true);
  const chat = new ZipDeflate('_chat.txt', { level: 6 });
  z.add(chat);
  chat.push(strToU8(whatsappText('ios-ru', fixture)), true);
  z.end();
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    zip.set(c, off);
    off += c.length;
  }
  const r = read(zip, 'WhatsApp Chat - Мама.zip', 333);
  assert.deepEqual(r.issues, []);
  assert.equal(r.msgs.length, fixture.length);
  assert.equal(r.msgs[1]!.chat, 'Мама');
});

test('bad input: empty, binary, a zip without a chat, a truncated zip, UTF-16 with BOM, invalid UTF-8', () => {
  assert.match(read(new Uint8Array(0)).issues[0]!.reason, /empty/);
  const bin = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
  const b = read(bin);
  assert.equal(b.msgs.length, 0);
  assert.match(b.issues[0]!.reason, /binary file/);

  const noChat = read(zipWithout());
  assert.ok(noChat.issues.some((i) => /no chat text in the zip/.test(i.reason)));

  const zip = whatsappZip(text);
  const cut = read(zip.subarray(0, Math.floor(zip.length * 0.7)));
  assert.ok(cut.issues.length >= 1, 'a truncated zip is reported');

  const le = new Uint8Array(2 + text.length * 2);
  le[0] = 0xff;
  le[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    le[2 + i * 2] = text.charCodeAt(i) & 0xff;
    le[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  assert.equal(read(le).msgs.length, fixture.length);

  const bad = strToU8('01.03.2026, 10:00 - A: hello \u00ff\n');
  const withInvalid = new Uint8Array([...bad.subarray(0, bad.length - 3), 0xc3, 0x28, 0x0a]);
  const r = read(withInvalid);
  assert.equal(r.msgs.length, 1);
  assert.ok(r.issues.some((i) => /not valid text/.test(i.reason)));
});

function zipWithout(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const z = new Zip((_e, d) => chunks.push(d));
  const f = new ZipDeflate('photo.jpg');
  z.add(f);
  f.push(new Uint8Array(100), true);
  z.end();
  return new Uint8Array(chunks.flatMap((c) => [...c]));
}

test('chat names from export file names (en, ru, iOS zip)', () => {
  assert.equal(chatNameFrom('WhatsApp Chat with Mama.txt'), 'Mama');
  assert.equal(chatNameFrom('/tmp/Чат WhatsApp с Анна Сергеевна.txt'), 'Анна Сергеевна');
  assert.equal(chatNameFrom('WhatsApp Chat - Family.zip'), 'Family');
  assert.equal(chatNameFrom('_chat.txt'), '');
  assert.equal(chatNameFrom('result.json'), '');
});
