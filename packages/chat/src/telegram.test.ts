import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversation } from './fixtures/conversation.ts';
import { expectedTime, telegramJson } from './fixtures/formats.ts';
import { TelegramParser } from './telegram.ts';
import type { ChatMessage, ParseIssue } from './types.ts';

function parse(text: string, chunk = Infinity): { msgs: ChatMessage[]; issues: ParseIssue[] } {
  const msgs: ChatMessage[] = [];
  const issues: ParseIssue[] = [];
  const p = new TelegramParser('fallback', { message: (m) => msgs.push(m), issue: (i) => issues.push(i) });
  for (let i = 0; i < text.length; i += Math.min(chunk, text.length)) p.push(text.slice(i, i + chunk));
  p.end();
  return { msgs, issues };
}

test('telegram single chat: text, media and service messages with time and sender; text_link hrefs', () => {
  const fixture = conversation({ lang: 'ru', withLures: true });
  const { msgs, issues } = parse(telegramJson([{ name: 'Семья', messages: fixture }], false));
  assert.deepEqual(issues, []);
  assert.equal(msgs.length, fixture.length);
  fixture.forEach((f, i) => {
    const m = msgs[i]!;
    assert.equal(m.chat, 'Семья');
    assert.equal(m.time, expectedTime(f.at));
    assert.equal(m.kind, f.kind === 'deleted' ? 'text' : (f.kind ?? 'text'));
  });
  const lure = msgs.find((m) => m.links && m.links.length > 0)!;
  assert.deepEqual(lure.links, ['https://photo-album-viewer.top/p/88412']);
  // The hidden link (behind the word "открыть") is appended so the engine sees it.
  assert.match(lure.text, /открыть\nhttps:\/\/photo-album-viewer\.top\/p\/88412$/);
});

test('telegram full export: chats.list, each message tagged with its chat; any chunking gives the same result', () => {
  const json = telegramJson([
    { name: 'Work', messages: conversation({ lang: 'en' }) },
    { name: 'Family "A"', messages: conversation({ lang: 'kk', withLures: true }) },
  ]);
  const whole = parse(json);
  assert.deepEqual(whole.issues, []);
  assert.deepEqual([...new Set(whole.msgs.map((m) => m.chat))], ['Work', 'Family "A"']);
  for (const chunk of [1, 13, 4096]) assert.deepEqual(parse(json, chunk), whole);
});

test('text as an array of strings and entities; link entities; escaped quotes and braces in text', () => {
  const json = JSON.stringify({
    name: 'x',
    type: 'personal_chat',
    messages: [
      { id: 1, type: 'message', date: '2026-03-01T10:00:00', from: 'Ерлан', text: ['Голосуй тут ', { type: 'link', text: 'https://vote-kids.top/v' }, ' "}{]['], text_entities: [{ type: 'plain', text: 'Голосуй тут ' }, { type: 'link', text: 'https://vote-kids.top/v' }] },
      { id: 2, type: 'message', date: 'bad date', from: 'A', text: 'plain \\ backslash' },
    ],
  });
  const { msgs, issues } = parse(json, 5);
  assert.deepEqual(issues, []);
  assert.equal(msgs[0]!.text, 'Голосуй тут https://vote-kids.top/v "}{][');
  assert.deepEqual(msgs[0]!.links, ['https://vote-kids.top/v']);
  assert.equal(msgs[1]!.time, '');
  assert.equal(msgs[1]!.text, 'plain \\ backslash');
});

test('a truncated export yields every complete message and says where it was cut', () => {
  const json = telegramJson([{ name: 'Семья', messages: conversation({ lang: 'ru', withLures: true }) }], false);
  const cut = json.slice(0, Math.floor(json.length * 0.6));
  const { msgs, issues } = parse(cut);
  assert.ok(msgs.length > 10 && msgs.length < conversation({ lang: 'ru', withLures: true }).length);
  assert.equal(issues.length, 1);
  assert.match(issues[0]!.reason, /ends early \(truncated at line \d+\)/);
});

test('not a Telegram export, a broken message object, hostile nesting', () => {
  assert.match(parse('{"hello": [1,2,3]}').issues[0]!.reason, /no "messages" list/);
  const broken = parse('{"name":"x","messages":[{"id":1,"type":"message","date":"2026-03-01T10:00:00","from":"A","text":"ok"}, {"id": 2, "text": tru}, 5]}');
  assert.equal(broken.msgs.length, 1);
  assert.ok(broken.issues.some((i) => /not valid JSON/.test(i.reason)));
  const deep = parse(`{"name":"x","messages":[${'['.repeat(100_000)}`);
  assert.equal(deep.msgs.length, 0);
  assert.ok(deep.issues.length >= 1);
});
