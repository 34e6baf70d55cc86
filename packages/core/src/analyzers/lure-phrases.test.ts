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

// Our own phrasings (not the eval corpus) of the photo, notice and prize lures, per language.
const MORE_LURES: Readonly<Record<string, readonly string[]>> = {
  'photo en': [
    'Omg your photo is on some weird site, have you seen it?' + LINK, 'someone is sharing your pictures in a group, look' + LINK,
    'Hey, someone made a fake profile with your pics, look' + LINK, 'Is this your photo? Someone sent it to me' + LINK,
    'I think this is you in this video 😳' + LINK, 'Bro your pic is all over the group 😂',
  ],
  'photo ru': [
    'Слушай, тут тебя сфоткали, глянь' + LINK, 'Твоя фотка в общем чате, ты видел?', 'Зацени, ты попала в новости' + LINK,
    'Кто-то создал фейковую страницу с твоими фото' + LINK, 'Привет, узнаешь себя на этом фото?' + LINK, 'Там твои фотографии кто-то выложил без спроса',
  ],
  'photo kk': [
    'Саған қатысты видео шығыпты, көрші' + LINK, 'Сені біреу видеоға түсіріп, интернетке салыпты', 'Мына фотодағы сен бе?' + LINK,
    'Бауырым, сен жаңалықтарда шығыпсың, қара' + LINK, 'Сенің фотоң топта жүр, көрдің бе?' + LINK, 'Мынау сенсің бе? Қарашы' + LINK,
  ],
  'notice en': [
    'Your Telegram account has been scheduled for deletion. Cancel here: https://tg-cancel.top',
    'Final warning: your WhatsApp will expire today. Renew now https://wa-renew.top',
    'Instagram: your account will be permanently disabled unless you confirm it within 24 hours',
    'Security alert: someone tried to log into your WhatsApp. Secure your account now',
  ],
  'notice ru': [
    'WhatsApp: срок действия вашего аккаунта истекает. Продлите подписку https://wa-prodl.top',
    'Обнаружена попытка взлома вашего аккаунта. Срочно пройдите верификацию https://verif.top',
    'Ваш аккаунт WhatsApp взломан. Срочно подтвердите номер по ссылке https://wa-zashita.top',
    'Ваш Telegram будет удалён через 24 часа. Чтобы отменить удаление, войдите https://tg-otmena.top',
  ],
  'notice kk': [
    'WhatsApp: аккаунтыңыздың мерзімі бітеді. Ұзарту үшін өтіңіз https://wa-uzartu.top',
    'Сіздің WhatsApp нөміріңіз ережені бұзды. Бұғаттаудан сақтану үшін растаңыз https://wa-kz.top',
    'Аккаунтыңызды 12 сағат ішінде растамасаңыз, ол тоқтатылады',
    'Telegram аккаунтыңыз 24 сағаттан кейін жойылады. Болдырмау үшін кіріңіз https://tg-kz.top',
  ],
  'prize en/ru/kk': [
    'You have won 100000 tenge in the Kaspi lottery! Collect your prize: https://kaspi-prize.top',
    'Free 50 GB for all WhatsApp users, activate here https://wa-gb-free.live',
    'Вам начислена компенсация 45 000 тг, получите на сайте https://komp.top',
    'Поздравляю, ты выиграл в лотерее! Забирай приз тут https://lot.top',
    'Мемлекеттік төлем: сізге 42 500 теңге тиесілі. Рәсімдеу: https://gov-kz.top',
    'Сіз Kaspi акциясының жеңімпазы болдыңыз! Сыйлықты алыңыз https://kaspi-s.top',
  ],
};

for (const [group, list] of Object.entries(MORE_LURES)) {
  test(`more lures are flagged (${group})`, () => {
    for (const t of list) assert.ok(flagged(t), t);
  });
}

test('polls, photo chat, app talk and warnings stay unflagged', () => {
  for (const t of [
    'I made a poll in the chat, please vote by Friday so we can book the restaurant', 'Проголосуй за меня завтра на выборах старосты 😄',
    'Сауалнама жасадым, жұма күнге дейін дауыс беріңдер', "Guruhdagi so'rovnomada ovoz beringlar", 'Look at this pic of the kids at the park today',
    'Lol this photo of you and the cat is my new favourite', 'Telegram Premium is worth it just for voice-to-text, I bought it in the app',
    'Екі сатылы растауды қосыңыз: Параметрлер → Аккаунт → Екі сатылы растау', 'Промокод жұмыс істемейді, кеше мерзімі бітіпті',
    'If a friend asks you to vote for their niece and the site asks for your phone number, don\'t do it, their account is probably hacked',
    'Друзья, мой ватсап взломали через фейковое голосование. Если я прошу проголосовать или скинуть код — это не я!',
  ]) assert.ok(!flagged(t), t);
});

test('common words of one language do not fire on another (gated entries)', () => {
  // "pix" is Portuguese for an instant payment and English slang for pictures; "premiu" is Romanian.
  assert.ok(!flagged('Good. do you think you could send me some pix? I would love to see them'));
  assert.ok(!rules('Telegram Premium is nice').includes('lure-phrases/prize'));
  assert.ok(flagged('Mãe, esse é meu número novo, meu celular quebrou. Pode fazer um Pix pra mim?'));
});

test('lure phrases on bad input: empty, binary, huge, hostile repetition', () => {
  for (const t of ['', '\u0000\uFFFD'.repeat(50), 'фото ты '.repeat(8000), 'your photo '.repeat(6000)]) {
    const t0 = Date.now();
    const v = analyzeMessage(t);
    assert.ok(Date.now() - t0 < 2000 && typeof v.score === 'number');
  }
});
