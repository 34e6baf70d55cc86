import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';
import { createMessageSubject } from '../subjects/message-subject.ts';
import { lurePhrases } from './lure-phrases.ts';

const LINK = ' http://album-view.top/p/1';
const flagged = (t: string) => ['suspicious', 'dangerous'].includes(analyzeMessage(t).level);
const rules = (t: string) => lurePhrases.analyze(createMessageSubject(t), {}).map((f) => f.rule);

// Our own phrasings of THREAT.md's patterns (not the dev-set strings), per slot and language.
const PHOTO = [
  'found ur pic lol', 'OMG is that you in this picture??', 'someone posted your photo online', 'I saw your photos, they are everywhere',
  'смотри я нашёл твои фотки', 'прикинь, видела тебя на фото', 'Это вы на снимке?', 'твои фото слили в интернет',
  'Сенің суретіңді таптым', 'фотода сен бе?', 'Мына суретті қарашы',
  'Hallo, ich habe dein Foto gefunden', 'Olha essa foto sua', 'Czy to ty na tym zdjęciu?', 'Bu sizmi rasmda?', 'Це ти на фото?',
];
const VOTE = [
  'pls vote 4 my little nephew', 'Could you vote for my son in the scholarship competition?', 'help my granddaughter win the ballet contest',
  'Проголосуйте, пожалуйста, за нашу дочку', 'нужны голоса, поддержите сестрёнку в конкурсе', 'Pozhaluysta, progolosuyte za moyu doch',
  'Жиенім байқауға қатысып жатыр, дауыс беріңізші', 'Маған дауыс берші', 'dauys berinizshi kyzyma',
  'Zagłosuj na moją córkę proszę', 'Votează pentru nepoata mea te rog', 'Vota per mia nipote per favore',
];

test('photo lures in many phrasings and languages are flagged', () => {
  for (const t of PHOTO) assert.ok(flagged(t), t);
});

test('vote lures in many phrasings and languages are flagged', () => {
  for (const t of VOTE) assert.ok(flagged(t), t);
});

test('a photo or vote lure with a link is dangerous', () => {
  for (const t of [PHOTO[0], PHOTO[4], PHOTO[8], VOTE[0], VOTE[3], VOTE[6], 'Is this you?']) {
    const v = analyzeMessage(`${t}${LINK}`);
    assert.equal(v.level, 'dangerous', t);
    assert.equal(v.attack, 'ghostpairing', t);
  }
  assert.deepEqual(rules(`Это ты на фото?${LINK}`), ['lure-phrases/photo-link']);
  assert.deepEqual(rules('Это ты на фото?'), ['lure-phrases/photo']);
});

test('obfuscated lures: mixed scripts, leetspeak, zero-width characters', () => {
  for (const t of ['Эт0 ты нa фoтo?', 'I found your ph0t0', 'нашла тв\u200bои фот\u200bки']) assert.ok(flagged(t), t);
});

test('ordinary chat about photos and votes is not flagged', () => {
  for (const t of [
    'I look at your picture every night', 'I will vote for wherever my heart guides me', 'посмотрите это видео, там всё объясняют',
    'Завтра голосование в совете депутатов', 'скинь фотки с выпускного', 'Is that you prevent dehydration?', 'Бүгін дауыс беру учаскелері ашылды',
    'Депутаты проголосовали за законопроект', 'фото отправил на почту',
  ]) assert.ok(!flagged(t), t);
});

test('warnings that quote a lure are not themselves lures', () => {
  assert.ok(!flagged('Мошенники пишут «это ты на фото?» — не переходите по ссылкам'));
  assert.ok(!flagged('Police warn: scammers send "I found your photo" messages'));
});

test('fake account notices, prizes, Telegram gifts', () => {
  assert.equal(analyzeMessage(`WhatsApp: your account will be suspended, verify your account${LINK}`).level, 'dangerous');
  assert.ok(flagged('Ваш аккаунт будет заблокирован, подтвердите свой номер'));
  const tg = analyzeMessage(`Тебе подарок: Telegram Premium на год!${LINK}`);
  assert.equal(tg.level, 'dangerous');
  assert.equal(tg.attack, 'telegram-session-theft');
});
