import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuoteType } from 'htmlparser2';
import { decodeAttributeValue, emitDecodedText } from './html-decode.ts';
import { scanHtml } from './html-events.ts';

function pieces(segment: string, mode: 'text' | 'title' | 'textarea'): string[] {
  const out: string[] = [];
  emitDecodedText(segment, mode, (s) => out.push(s));
  return out;
}

function scan(html: string): { texts: string[]; attrs: Record<string, string>[] } {
  const texts: string[] = [];
  const attrs: Record<string, string>[] = [];
  scanHtml(html, { open: (_n, a) => attrs.push({ ...a }), close: () => undefined, text: (t) => texts.push(t) });
  return { texts, attrs };
}

test('text entities come in the pieces the decoding tokenizer cuts (common fast path and replay)', () => {
  assert.deepEqual(pieces('a&amp;b&nbsp;', 'text'), ['a', '&', 'b', '\u00a0']);
  assert.deepEqual(pieces('x &copy y &#65;', 'text'), ['x ', '©', ' y ', 'A']);
  assert.deepEqual(pieces('&notit; &', 'title'), ['¬', 'it; &']);
});

test('attribute values decode with attribute rules (legacy `&amp=` stays as written)', () => {
  assert.equal(decodeAttributeValue('/a?x=1&amp;y=2', QuoteType.Double), '/a?x=1&y=2');
  assert.equal(decodeAttributeValue('/a?x=1&amp=2&lt;', QuoteType.Single), '/a?x=1&amp=2<');
  assert.equal(decodeAttributeValue('a&#x41;b', QuoteType.Unquoted), 'aAb');
});

test('scanHtml decodes text and RCDATA but never script bodies', () => {
  const { texts, attrs } = scan('<title>A &amp; B</title><p title="x&quot;y">c&lt;d</p><script>if (a &amp;&amp; b) {}</script>');
  assert.equal(texts.join(''), 'A & Bc<dif (a &amp;&amp; b) {}');
  assert.equal(attrs[1]?.['title'], 'x"y');
});

test('hostile and empty input: unterminated entities, stray ampersands, binary', () => {
  assert.deepEqual(pieces('', 'text'), []);
  assert.equal(scan('&&&#;&#x;&#99999999;&').texts.join(''), '&&&#;&#x;\ufffd&');
  assert.equal(scan('<a href="&amp').attrs.length, 0);
  const bin = String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 37) % 256)) + '&amp;';
  assert.ok(scan(bin).texts.join('').endsWith('&'));
  const huge = '&amp;x'.repeat(100_000);
  assert.equal(scan(`<p>${huge}</p>`).texts.join('').length, 200_000);
});

test('kept attributes are found whatever their case; others, long or odd, are skipped', () => {
  const keep = new Set(['class', 'title', 'onkeydown']);
  const got: Record<string, string>[] = [];
  scanHtml('<p CLASS="a" Title=b OnKeyDown="c" data-very-long-attribute-name="d" d="e" \u212Aclass="f" cla\u212Ass="g">', {
    attributes: keep, open: (_n, a) => got.push({ ...a }), close: () => undefined, text: () => undefined,
  });
  assert.deepEqual(got[0], { class: 'a', title: 'b', onkeydown: 'c' });
});
