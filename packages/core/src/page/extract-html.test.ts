import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.ts';

test('extracts title, og meta, headings, visible vs hidden text, labels', () => {
  const ex = extractHtml(`<html lang="kk-KZ"><head><title>T</title><meta property="og:site_name" content="Site"><style>.x{}</style></head>
    <body><h1>Head</h1><p>Seen</p><div style="display:none">Unseen</div><script>var hidden=1</script>
    <label for="p">Телефон</label><input id="p" type="tel"><label>Code <input name="c" maxlength="6"></label></body></html>`, '');
  assert.equal(ex.title, 'T');
  assert.equal(ex.lang, 'kk');
  assert.equal(ex.meta['og:site_name'], 'Site');
  assert.deepEqual(ex.headings, ['Head']);
  assert.match(ex.text, /Seen/);
  assert.doesNotMatch(ex.text, /Unseen|hidden|\.x/);
  assert.match(ex.hiddenText, /Unseen/);
  assert.equal(ex.inputs[0]?.label, 'Телефон');
  assert.equal(ex.inputs[1]?.label, 'Code');
  assert.equal(ex.inputs[1]?.maxLength, 6);
});

test('8 one-character boxes form a run; alphabets and day pickers do not', () => {
  const boxes = extractHtml('<div><div>7</div><div>K</div><div>Q</div><div>2</div><div>M</div><div>9</div><div>X</div><div>D</div></div>', '');
  assert.deepEqual(boxes.boxRuns, ['7KQ2M9XD']);
  const inputs = extractHtml('<div>' + '<input maxlength="1">'.repeat(8) + '</div>', '');
  assert.deepEqual(inputs.boxRuns, ['________']);
  const days = extractHtml('<select>' + [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => `<option>${d}</option>`).join('') + '</select>', '');
  assert.deepEqual(days.boxRuns, []);
  const nine = extractHtml('<div>' + 'ABCDEFGHJ'.split('').map((c) => `<i>${c}</i>`).join('') + '</div>', '');
  assert.deepEqual(nine.boxRuns, []);
});

test('dial-code selects are counted', () => {
  const ex = extractHtml('<select><option>🇰🇿 +7</option><option>+49 Germany</option><option>+1</option><option>Other</option></select>', '');
  assert.equal(ex.inputs[0]?.dialCodeOptions, 3);
  assert.equal(ex.inputs[0]?.optionCount, 4);
});
