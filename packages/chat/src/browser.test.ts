/**
 * The in-browser scan in real Chromium: bundle browser.ts for the browser (failing on any Node
 * built-in), serve it from a loopback server, choose a chat export in an <input type=file>, scan,
 * and prove from the browser's own request log that the file never left the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { builtinModules } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type Request } from 'playwright-core';
import { LURES } from './fixtures/conversation.ts';
import { whatsappText } from './fixtures/formats.ts';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const refuseNode: Plugin = {
  name: 'refuse-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.path.startsWith('node:') || NODE_BUILTINS.has(args.path) ? { errors: [{ text: `Node built-in "${args.path}" imported from ${args.importer}` }] } : undefined,
    );
  },
};

async function bundle(): Promise<string> {
  const r = await build({
    entryPoints: [new URL('./browser.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'GGChat',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [refuseNode],
  });
  return r.outputFiles[0]!.text;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><script src="/bundle.js"></script></head><body>
<input type="file" id="file"><progress id="p" max="1" value="0"></progress><pre id="out"></pre><iframe id="report"></iframe>
<script>
document.getElementById('file').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  const r = await GGChat.scanChatFile(f, { lang: 'ru', name: f.name, chunkBytes: 4096, onProgress: (d, t) => { document.getElementById('p').value = d / t; } });
  document.getElementById('report').srcdoc = r.html;
  document.getElementById('out').textContent = JSON.stringify({ levels: r.report.totals.levels, attacks: r.report.flagged.map((m) => m.attack), signals: r.report.signals.map((s) => s.kind), htmlHasFindings: r.html.includes('photo-album-viewer.top') });
});
</script></body></html>`;

test('the bundle has no Node built-in (the check itself can fail)', async () => {
  assert.ok((await bundle()).length > 10_000);
  await assert.rejects(build({ stdin: { contents: 'import "node:fs"', resolveDir: '.' }, bundle: true, write: false, logLevel: 'silent', plugins: [refuseNode] }), /Node built-in/);
});

test('real browser: a chat export is scanned in the page and never uploaded', async (t) => {
  const js = await bundle();
  const server: Server = createServer((req, res) => {
    if (req.url === '/bundle.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'gg-chat-browser-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(async () => {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const marker = 'уникальная-метка-7f3a';
  const text = whatsappText('android-ru', [
    { at: 0, sender: 'Мама', text: `Доброе утро! ${marker}` },
    { at: 600, sender: 'Ерлан', text: LURES.ru.photo },
    { at: 610, sender: 'Ерлан', text: LURES.ru.vote },
    { at: 700, sender: 'Ерлан', text: LURES.ru.loan },
  ]);
  const file = join(dir, 'WhatsApp Chat with Семья.txt');
  writeFileSync(file, text);

  const page = await browser.newPage();
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.getElementById('out')!.textContent !== '', null, { timeout: 30_000 });
  const out = JSON.parse((await page.textContent('#out'))!) as { levels: Record<string, number>; attacks: string[]; signals: string[]; htmlHasFindings: boolean };
  assert.deepEqual(out.attacks, ['ghostpairing', 'ghostpairing', 'takeover-followup']);
  assert.ok((out.levels['dangerous'] ?? 0) >= 2, JSON.stringify(out.levels));
  assert.ok(out.signals.includes('money-after-lure'));
  assert.equal(out.htmlHasFindings, true);
  // The report iframe (srcdoc) rendered and loaded nothing.
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.match((await frame!.textContent('h1'))!, /Проверка экспорта чата/);

  // Nothing carried the file: only GETs of the page and the bundle, no body anywhere.
  const seen = requests.map((r) => `${r.method()} ${new URL(r.url()).pathname}`).filter((x) => x !== 'GET /favicon.ico');
  assert.deepEqual(seen.sort(), ['GET /', 'GET /bundle.js']);
  for (const r of requests) {
    const body = r.postData() ?? '';
    assert.ok(!body.includes(marker) && !body.includes('Ерлан'), 'no request body with the chat');
    assert.ok(!decodeURIComponent(r.url()).includes(marker), 'no URL with the chat');
  }
});
