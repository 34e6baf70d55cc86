import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStixBundle } from '@ghostguard/chat';
import { runChat } from '../src/commands/chat.ts';
import { EXIT } from '../src/exit-codes.ts';
import { LURES } from '../../chat/src/fixtures/conversation.ts';
import { whatsappText, whatsappZip, type WaLayout } from '../../chat/src/fixtures/formats.ts';
import { bigWhatsAppExport } from '../../chat/src/fixtures/big.ts';

const dir = mkdtempSync(join(tmpdir(), 'gg-chat-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** A Russian family chat: ordinary talk, then Ерлан's account sends a photo lure, a vote lure and, two hours later, a loan request. */
function russianExport(layout: WaLayout): string {
  const ru = LURES.ru;
  return whatsappText(layout, [
    { at: 0, sender: '', text: '', kind: 'system' },
    { at: 5, sender: 'Мама', text: 'Доброе утро! Кто сегодня забирает детей?' },
    { at: 9, sender: 'Ерлан', text: 'Мен аламын, жұмыстан ертерек шығамын' },
    { at: 15, sender: 'Мама', text: 'Хорошо, спасибо!\nИ купи хлеба' },
    { at: 20, sender: 'Ерлан', text: '', kind: 'media' },
    { at: 600, sender: 'Ерлан', text: ru.photo },
    { at: 603, sender: 'Мама', text: 'Что это за ссылка?' },
    { at: 610, sender: 'Ерлан', text: ru.vote },
    { at: 730, sender: 'Ерлан', text: ru.loan },
  ]);
}

interface JsonDoc {
  messages: { time: string; sender: string; text: string; level: string; findings: { rule: string; reason: string }[]; attack?: string }[];
  chats: { chat: string; messages: number }[];
  senders: { sender: string }[];
  signals: { kind: string; confidence: string }[];
}

async function scan(file: string, extra: { lang?: string } = {}) {
  const html = `${file}.html`;
  const json = `${file}.json`;
  const stix = `${file}.stix.json`;
  const lines: string[] = [];
  const code = await runChat(file, { html, json, stix, ...extra }, (s) => lines.push(s));
  return { code, out: lines.join('\n'), html: readFileSync(html, 'utf8'), json: JSON.parse(readFileSync(json, 'utf8')) as JsonDoc, stix: JSON.parse(readFileSync(stix, 'utf8')) as unknown };
}

for (const [layout, ext] of [['android-ru', 'txt'], ['ios-ru', 'txt'], ['android-ru', 'zip']] as const) {
  test(`done when: a Russian WhatsApp export (${layout}, .${ext}) with a photo lure, a vote lure and a loan request`, async () => {
    const file = join(dir, `WhatsApp Chat with Семья ${layout}.${ext}`);
    const text = russianExport(layout);
    writeFileSync(file, ext === 'zip' ? whatsappZip(text, '_chat.txt') : text);
    const r = await scan(file, { lang: 'ru' });
    assert.equal(r.code, EXIT.dangerous, r.out);

    // JSON: every message, each with time, sender, text, level and findings.
    assert.equal(r.json.messages.length, 9);
    for (const m of r.json.messages) for (const k of ['time', 'sender', 'text', 'level', 'findings']) assert.ok(k in m, k);
    const byText = (needle: string) => r.json.messages.find((m) => m.text.includes(needle))!;
    const photo = byText('фотографии');
    const vote = byText('проголосуйте');
    const loan = byText('выручи');
    assert.equal(photo.level, 'dangerous');
    assert.equal(photo.attack, 'ghostpairing');
    assert.equal(photo.time, '2026-02-28T18:00:00');
    assert.equal(photo.sender, 'Ерлан');
    assert.equal(vote.level, 'dangerous');
    assert.equal(vote.attack, 'ghostpairing');
    assert.ok(['suspicious', 'dangerous'].includes(loan.level));
    assert.equal(loan.attack, 'takeover-followup');
    for (const m of [photo, vote, loan]) assert.ok(m.findings.some((f) => /[а-яё]{4}/i.test(f.reason)), 'a reason in Russian');
    for (const m of r.json.messages.filter((x) => ![photo, vote, loan].includes(x))) assert.ok(['safe', 'unknown'].includes(m.level), m.text);
    // The takeover sign: a loan request two hours after the lure from the same sender.
    assert.ok(r.json.signals.some((s) => s.kind === 'money-after-lure' && s.confidence === 'high'), JSON.stringify(r.json.signals));
    assert.equal(r.json.chats[0]!.chat, `Семья ${layout}`);

    // Terminal summary in Russian.
    assert.match(r.out, /Найдено опасных сообщений: 2, подозрительных: 1|Найдено опасных сообщений: 3, подозрительных: 0/);
    assert.match(r.out, /Ерлан — Просьба о деньгах/);

    // HTML: self-contained — no loading attribute or tag, no <script>; the lure domains are shown as text.
    assert.doesNotMatch(r.html, /<script/i);
    assert.doesNotMatch(r.html, /\b(?:src|href|action|srcset)\s*=/i);
    assert.doesNotMatch(r.html, /url\(|@import/i);
    assert.match(r.html, /photo-album-viewer\.top/);
    assert.match(r.html, /Признаки того, что аккаунт захвачен/);

    // STIX validates and carries the two lure domains, and no phone numbers.
    assert.deepEqual(validateStixBundle(r.stix), []);
    const patterns = (r.stix as { objects: { pattern?: string }[] }).objects.map((o) => o.pattern).filter(Boolean);
    assert.ok(patterns.includes("[domain-name:value = 'photo-album-viewer.top']"), patterns.join());
    assert.ok(patterns.includes("[domain-name:value = 'kids-dance-vote.xyz']"));
  });
}

test('a chat with nothing suspicious exits 0; bad files exit 65 with a reason', async () => {
  const ok = join(dir, 'ok.txt');
  writeFileSync(ok, '01.03.2026, 10:00 - Мама: Доброе утро!\n01.03.2026, 10:05 - Папа: Привет\n');
  const lines: string[] = [];
  assert.equal(await runChat(ok, { lang: 'en' }, (s) => lines.push(s)), EXIT.ok);
  assert.match(lines.join('\n'), /No dangerous or suspicious messages/);

  assert.equal(await runChat(join(dir, 'missing.txt'), {}, () => {}), EXIT.dataError);
  const bin = join(dir, 'photo.jpg');
  writeFileSync(bin, new Uint8Array(50_000).map((_, i) => (i * 31) % 256));
  const out: string[] = [];
  assert.equal(await runChat(bin, {}, (s) => out.push(s)), EXIT.dataError);
  assert.match(out.join('\n'), /binary file/);
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  assert.equal(await runChat(empty, {}, () => {}), EXIT.dataError);
  await assert.rejects(runChat(ok, { lang: 'xx' }, () => {}), /unsupported --lang/);
  await assert.rejects(runChat(ok, { tlp: 'purple' }, () => {}), /unsupported --tlp/);
});

test('a 20 MB export through the real engine: JSON streamed to disk, one valid document, bounded RSS', async () => {
  const file = join(dir, 'big.txt');
  const ws = createWriteStream(file);
  for (const s of bigWhatsAppExport(20 * 1024 * 1024)) if (!ws.write(s)) await once(ws, 'drain');
  ws.end();
  await once(ws, 'finish');
  // A child process, so that its peak RSS is its own.
  const script = `import { runChat } from ${JSON.stringify(new URL('../src/commands/chat.ts', import.meta.url).pathname)};
const code = await runChat(${JSON.stringify(file)}, { json: ${JSON.stringify(`${file}.json`)}, lang: 'ru' }, () => {});
process.stdout.write(JSON.stringify({ code, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const res = JSON.parse(r.stdout) as { code: number; rssMB: number };
  assert.equal(res.code, EXIT.dangerous);
  process.stderr.write(`20 MB through the real engine: peak RSS ${res.rssMB} MB\n`);
  assert.ok(res.rssMB < 400, `peak RSS ${res.rssMB} MB`);
  const doc = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as JsonDoc;
  assert.ok(doc.messages.length > 190_000);
  assert.ok(doc.messages.some((m) => m.level === 'dangerous'));
});
