import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeScriptStrings, scriptMarkup } from './script-strings.ts';
import type { PageScript } from '../subjects/page-types.ts';

const inline = (text: string): PageScript => ({ src: '', inline: true, text, sha256: '' });
/** UTF-8 bytes of `s` as a base64 literal, the way kits prepare their copy. */
const b64 = (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const hex = (s: string): string => [...new TextEncoder().encode(s)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');

test('base64 literals handed to atob are decoded (UTF-8 too)', () => {
  const js = `var m=['${b64('Нөміріңізді жазыңыз')}','${b64('Type the code into WhatsApp')}'];el.textContent=decodeURIComponent(escape(atob(m[0])));`;
  const out = decodeScriptStrings([inline(js)]);
  assert.ok(out.includes('Нөміріңізді жазыңыз'), out.join('|'));
  assert.ok(out.includes('Type the code into WhatsApp'));
});

test('hex-escaped UTF-8 bytes, \\u escapes, fromCharCode lists and percent-encoding are decoded', () => {
  const js = [
    `var a='${hex('Код из SMS отправьте нам')}';`,
    `var b="\\u0412\\u0432\\u0435\\u0434\\u0438\\u0442\\u0435 \\u043d\\u043e\\u043c\\u0435\\u0440";`,
    `var c=String.fromCharCode(${[...'Scan me now'].map((ch) => ch.charCodeAt(0)).join(',')});`,
    `var d=[${[...'Link device'].map((ch) => ch.charCodeAt(0)).join(', ')}].map(function(x){return String.fromCharCode(x)});`,
    `var e=decodeURIComponent('${encodeURIComponent('Растаңыз, өтінеміз')}');`,
  ].join('\n');
  const out = decodeScriptStrings([inline(js)]);
  for (const want of ['Код из SMS отправьте нам', 'Введите номер', 'Scan me now', 'Link device', 'Растаңыз, өтінеміз']) {
    assert.ok(out.includes(want), `${want} not in ${out.join('|')}`);
  }
});

test('ordinary scripts give nothing: identifiers, hashes, minified code, binary blobs', () => {
  const js = `var token='AbCdEfGhIjKlMnOp1234';var img='iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    function atobPolyfill(x){return x}; var s="\\x00\\x01\\x02\\x03\\x04"; var list=[1,2,3,4,5,6,7]; String.fromCharCode(0,1,2,3,4);`;
  assert.deepEqual(decodeScriptStrings([inline(js)]), []);
  assert.deepEqual(decodeScriptStrings([]), []);
  assert.deepEqual(decodeScriptStrings([inline('')]), []);
});

test('hostile scripts stay bounded: huge and unterminated literals, invalid escapes, broken base64', () => {
  const huge = `atob('${'QUJD'.repeat(200_000)}'); var x='\\x${'zz'.repeat(1000)}; decodeURIComponent('%E0%A4%A'); atob('@@@@')`;
  const t0 = performance.now();
  const out = decodeScriptStrings([inline(huge), inline(`'\\u{110000}\\u{41}\\x41\\x42\\x43'`)]);
  assert.ok(performance.now() - t0 < 1500, 'decoding must stay fast');
  assert.ok(out.join('').length <= 20_000);
  const many = Array.from({ length: 2000 }, (_, i) => `'${b64(`Hello there number ${i}`)}'`).join(',');
  const capped = decodeScriptStrings([inline(`atob(x);[${many}]`)]);
  assert.ok(capped.length <= 300 && capped.length > 100, String(capped.length));
});

test('form fields written by scripts are recovered as markup', () => {
  const js = `app.innerHTML='<h2>'+t+'</h2><input type=\\"tel\\" id=\\"n\\"><button>OK</button>';`;
  assert.match(scriptMarkup([inline(js)], []), /<input type="tel" id="n">/);
  assert.equal(scriptMarkup([inline('if (a < b && c > d) go();')], []), '');
});
