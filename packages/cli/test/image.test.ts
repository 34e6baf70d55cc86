import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { lureChatHtml, openRenderer, qrPhotoPng } from '@ghostguard/vision/testing';
import { startFakeTelegram } from '@ghostguard/tipline/testing';
import { runCheckImage } from '../src/commands/image.ts';
import { runTelegram } from '../src/commands/telegram.ts';
import { CliError, EXIT } from '../src/exit-codes.ts';

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'gg-image-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(file: string, opts: Parameters<typeof runCheckImage>[1] = {}): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCheckImage(file, opts, (s) => (out += s + '\n'));
  return { code, out };
}

async function cliError(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof CliError, String(err));
    return err.exitCode;
  }
  assert.fail('expected a CliError');
}

test('check --image: a device-linking QR photo is dangerous (exit 4) with the warning first', async () => {
  const file = join(dir, 'qr.png');
  writeFileSync(file, await qrPhotoPng([`2@${randomBytes(40).toString('base64')}`, ...[1, 2, 3].map(() => randomBytes(32).toString('base64'))].join(','), { width: 640, height: 480 }));
  const r = await run(file, { lang: 'ru', image: { recognise: async () => '' } });
  assert.equal(r.code, EXIT.dangerous);
  assert.match(r.out, /^Этот QR-код привязывает устройство/);
  const j = await run(file, { json: true, lang: 'en', image: { recognise: async () => '' } });
  const parsed = JSON.parse(j.out);
  assert.equal(parsed.image.kind, 'qr-device-link');
  assert.equal(parsed.verdict.rendered.lang, 'en');
});

test('check --image: a chat screenshot is read with OCR (real tesseract)', async () => {
  const renderer = await openRenderer();
  try {
    const file = join(dir, 'chat.png');
    writeFileSync(file, await renderer.render(lureChatHtml('en'), { width: 420, height: 240 }));
    const r = await run(file, { json: true });
    const parsed = JSON.parse(r.out);
    assert.equal(r.code, EXIT.dangerous, r.out);
    assert.match(parsed.text, /photo-share\.top/);
  } finally {
    await renderer.close();
  }
});

test('check --image: missing, corrupt, non-image and oversized files are input errors (65); no file is usage (64)', async () => {
  assert.equal(await cliError(run(join(dir, 'nope.png'))), EXIT.dataError);
  const junk = join(dir, 'junk.jpg');
  writeFileSync(junk, randomBytes(4000));
  assert.equal(await cliError(run(junk)), EXIT.dataError);
  const big = join(dir, 'big.png');
  writeFileSync(big, Buffer.alloc(16 * 1024 * 1024));
  assert.equal(await cliError(run(big)), EXIT.dataError);
  assert.equal(await cliError(run(dir)), EXIT.dataError);
  assert.equal(await cliError(runCheckImage(undefined, {}, () => undefined)), EXIT.usage);
});

test('telegram: refuses to start without a token; polls the configured API root and stops', async () => {
  assert.equal(await cliError(runTelegram({ env: {}, log: () => undefined })), EXIT.usage);
  const token = '123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs';
  const tg = await startFakeTelegram(token);
  try {
    let stop!: () => void;
    const logs: string[] = [];
    const running = runTelegram({ env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_URL: tg.url }, log: (s) => logs.push(s), until: new Promise((r) => (stop = r)) });
    tg.pushUpdate({ update_id: 1, message: { message_id: 1, date: 0, chat: { id: 5, type: 'private' }, from: { id: 5, is_bot: false, first_name: 'A', language_code: 'ru' }, text: 'Привет! Это ты на фото? http://foto-album.top/view/1' } });
    await tg.waitForSent(1);
    stop();
    await running;
    assert.match(String(tg.sent()[0]?.['text']), /Опасно/);
    assert.ok(logs.some((l) => l.includes('@ghostguard_test_bot')));
    assert.ok(!logs.join('\n').includes(token), 'the token is never logged');
  } finally {
    await tg.close();
  }
});
