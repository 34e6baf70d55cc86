import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePage } from '../analyze-page.ts';
import type { Verdict } from '../types.ts';

// Inert pages written for these tests from the patterns in THREAT.md (variants A, B, C, E).
// Codes are made up, numbers are placeholders; no real kit was copied.
const page = (title: string, body: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const rules = (v: Verdict): string[] => v.findings.map((f) => f.rule);
const flagged = (v: Verdict): boolean => v.level === 'dangerous' || v.level === 'suspicious';
const b64 = (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const hex = (s: string): string => [...new TextEncoder().encode(s)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
const codes = (s: string): string => [...s].map((c) => c.charCodeAt(0)).join(',');
/** A fake event emitter shaped like a socket client, as kits stub them; never opens anything. */
const STUB = `function link(u){var h={};return{on:function(e,f){h[e]=f},emit:function(e,d){}}}`;

test('obfuscated kit pages whose copy is decoded at runtime are still GhostPairing (en/ru/kk)', () => {
  const en = page('\u200b', `<div id="a"></div><input type="tel" id="p"><div id="b" class="hidden"></div><script>
    var q=['${b64('Check your WhatsApp account')}','${b64('Type your phone number below')}','${b64('Now put this code into WhatsApp > Linked devices > Link with phone number')}'];
    function t(i){return decodeURIComponent(escape(atob(q[i])))} ${STUB}
    var s=link(t(9));s.on('pairing_code',function(c){});document.getElementById('p').onchange=function(){s.emit('send_phone',{})};</script>`);
  const ru = page('Голосование', `<main id="m"></main><script>var L=['${hex('Чтобы голос засчитали, войдите через WhatsApp')}','${hex('Введите этот код в WhatsApp: Связанные устройства')}'];
    function d(x){return decodeURIComponent(escape(x))}
    document.getElementById('m').innerHTML='<h1>'+d(L[0])+'</h1><input type="tel" name="ph"><p>'+d(L[1])+'</p>';</script>`, 'ru');
  const kk = page('Байқау', `<div id="r"></div><script>
    var w=String.fromCharCode(${codes('Телефон нөміріңізді енгізіңіз, содан кейін кодты WhatsApp-қа енгізіңіз')});
    document.getElementById('r').innerHTML='<p>'+w+'</p><input inputmode="tel" name="n">';</script>`, 'kk');
  for (const [html, host] of [[en, 'https://verify-7731.pages.dev/v'], [ru, 'https://golos-deti.top/final'], [kk, 'https://bayqau-2026.live/']] as const) {
    const v = analyzePage(html, host);
    assert.equal(v.level, 'dangerous', `${host}: ${rules(v).join()}`);
    assert.equal(v.attack, 'ghostpairing', host);
    assert.equal(v.brand, 'whatsapp', host);
    assert.ok(rules(v).includes('page-kit/encoded-flow-text'), `${host}: ${rules(v).join()}`);
  }
});

test('QR "verification" pages on foreign domains are QR linking (en/ru/kk), even without a brand claim', () => {
  const qr = (attrs: string): string => `<div ${attrs}><svg viewBox="0 0 21 21">${'<rect width="1" height="1"/>'.repeat(120)}</svg></div>`;
  const cases = [
    page('Security check', `<h2>Prove you are human</h2><p>Open WhatsApp, go to Linked devices and scan this QR code to verify your account.</p>${qr('class="holder"')}`),
    page('Голосование', `<h2>Финал конкурса</h2><p>Чтобы голос засчитали, наведите камеру: QR-код ниже нужно отсканировать в WhatsApp.</p>${qr('aria-label="QR"')}`, 'ru'),
    page('Дауыс беру', `<h2>Дауыс беріңіз</h2><p>Төмендегі QR-кодты WhatsApp қосымшасы арқылы сканерлеңіз, сонда дауысыңыз есептеледі.</p>${qr('data-ref="2@Zk3Qm9Xw1Lp7Hs"')}`, 'kk'),
  ];
  for (const html of cases) {
    const v = analyzePage(html, 'https://human-check.live/qr');
    assert.equal(v.level, 'dangerous', rules(v).join());
    assert.equal(v.attack, 'qr-linking');
    assert.equal(v.brand, 'whatsapp');
  }
  const unnamed = analyzePage(page('Verify', `<p>Scan the QR code with your phone to confirm you are not a robot.</p><canvas></canvas>`), 'https://check-now.top/');
  assert.equal(unnamed.level, 'suspicious', rules(unnamed).join());
  assert.equal(unnamed.attack, 'qr-linking');
});

test('QR negatives: a shop QR to chat on WhatsApp, an article about QR scams, WhatsApp Web itself', () => {
  const shop = analyzePage(page('Candles', `<p>Scan the QR code to chat with us on WhatsApp</p><img src="/img/qr-whatsapp.png" alt="QR">`), 'https://candles-shop.example/');
  assert.ok(!flagged(shop), rules(shop).join());
  const article = analyzePage(page('Police: beware of fake QR checks', `<h1>Police warning</h1><p>Scammers ask you to scan the QR code to verify your account. Never scan such codes; this is fraud. Police advise to stay safe.</p><img src="qr-example.png">`), 'https://news.example/qr');
  assert.ok(!flagged(article), rules(article).join());
  const official = analyzePage(page('WhatsApp Web', `<p>Use WhatsApp on your computer. Scan the QR code. Linked devices.</p><canvas></canvas>`), 'https://web.whatsapp.com/');
  assert.equal(official.level, 'safe');
});

test('6-digit SMS code theft behind a WhatsApp-named lure (kk/ru/en) → code-theft, brand whatsapp', () => {
  const six = '<div class="otp">' + '<input maxlength="1" inputmode="numeric">'.repeat(6) + '</div>';
  const cases = [
    page('Дауыс', `<p>WhatsApp</p><h2>Дауысыңызды растаңыз</h2><p>Нөміріңізге SMS арқылы 6 таңбалы код жіберілді, дауыс есептелу үшін енгізіңіз.</p>${six}`, 'kk'),
    page('Конкурс', `<b>WhatsApp</b><h2>Подтвердите голос</h2><p>Мы отправили вам 6-значный код по SMS. Введите его, чтобы голос засчитали.</p><input name="otp" maxlength="6" autocomplete="one-time-code">`, 'ru'),
    page('Photo contest', `<span>WhatsApp</span><h2>Confirm your vote</h2><p>We have sent a 6-digit code to your phone. Type it below so your vote counts.</p>${six}`),
  ];
  for (const html of cases) {
    const v = analyzePage(html, 'https://dauys-beru.xyz/code');
    assert.ok(flagged(v), rules(v).join());
    assert.equal(v.attack, 'code-theft', rules(v).join());
    assert.equal(v.brand, 'whatsapp');
    assert.ok(v.advice.includes('never-share-code'));
  }
});

test('an ordinary OTP login that delivers its code over WhatsApp is not code theft', () => {
  const html = page('Sign in — Bookshop', `<h1>Sign in</h1><p>We sent a 6-digit code to your WhatsApp. Enter it to sign in to your bookshop account.</p><input name="otp" maxlength="6" autocomplete="one-time-code">`);
  const v = analyzePage(html, 'https://bookshop.example/login');
  assert.ok(!flagged(v), rules(v).join());
});

test('brand convention: the imitated brand, else the attacked account', () => {
  const fb = page('Facebook', `<h1>Facebook</h1><p>To view the photo, verify your account.</p><input type="tel" name="phone">
    <p>Enter this code in WhatsApp: Linked devices</p><div class="code"><i>4</i><i>K</i><i>7</i><i>W</i><i>M</i><i>3</i><i>Q</i><i>P</i></div>`);
  assert.equal(analyzePage(fb, 'https://fb-photo.top/p').brand, 'facebook');
  const meta = page('Meta Verification', `<h1>Meta Verification</h1><p>Enter your WhatsApp number</p><input type="tel"><p>Then enter this code in WhatsApp → Linked devices</p><b>7KQ2-M9XD</b>`);
  const vm = analyzePage(meta, 'https://meta-verify.top/');
  assert.equal(vm.level, 'dangerous');
  assert.equal(vm.brand, 'whatsapp');
  const tg = page('Конкурс', `<h1>Голосование</h1><button>Голосовать</button><button>Голосовать</button><p>Авторизуйтесь через Telegram, чтобы проголосовать</p><input type="tel">`, 'ru');
  assert.equal(analyzePage(tg, 'https://golos.top/').brand, 'telegram');
});
