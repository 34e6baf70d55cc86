import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUrlSubject } from '../subjects/url-subject.ts';
import { pathWords } from './url-path-words.ts';

const words = (u: string) => pathWords(createUrlSubject(u));

test('pathWords: lower-case words of path, query and fragment; kit digits dropped', () => {
  assert.deepEqual(words('https://x.top/Home/Final2?id=83921#Vote'), ['home', 'final', 'id', '83921', 'vote']);
  assert.deepEqual(words('https://x.top/login/code2'), ['login', 'code']);
});

test('pathWords: percent-encoded and non-Latin words', () => {
  assert.deepEqual(words('https://x.kz/%D1%84%D0%BE%D1%82%D0%BE/view'), ['фото', 'view']);
  assert.deepEqual(words('https://x.kz/голосование'), ['голосование']);
});

test('pathWords: bad input stays bounded', () => {
  assert.deepEqual(words('https://x.top/'), []);
  assert.deepEqual(words('https://x.top/%E0%A4%A'), ['e', 'a', 'a']); // undecodable: kept as typed
  assert.ok(words(`https://x.top/${'a/'.repeat(5000)}`).length <= 48);
  assert.deepEqual(words(`https://x.top/${'b'.repeat(100)}`), []);
});

test('pathWords: the memo answers for the right subject when subjects interleave', () => {
  const a = createUrlSubject('https://x.top/vote');
  const b = createUrlSubject('https://y.top/photo');
  assert.deepEqual(pathWords(a), ['vote']);
  assert.deepEqual(pathWords(b), ['photo']);
  assert.deepEqual(pathWords(a), ['vote']);
});
