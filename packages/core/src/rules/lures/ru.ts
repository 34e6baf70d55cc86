/**
 * Russian lure phrases over the folded text (ё→е, lower case). Slots generalise the reported
 * lures (Kazakhstan Prosecutor General's Centre, MIA warnings; komiinform vote lure).
 * Transliterated Russian ("progolosuy za menya") is matched through the translit form.
 */
import { any, both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('ru', SRC.kzProsecutor);

const POSS = 'твое|твои|твоя|твоих|твой|твою|твоей|твоим|ваше|ваши|ваш|вашей|вашу|вашим|ваших|тебя|тебе|ты|вас|вы|тобой|вами';
const PHOTO = 'фот*|фотк*|снимк*|снимок|видео*|видос*|картинк*|селфи|фоте|фотографи*';
// "Посмотрите это видео" is every news channel's line: the look-at-this lure is about photos.
const PHOTO_ONLY = 'фот*|фотк*|снимк*|снимок|селфи|фоте|фотографи*';
const FOUND = 'нашел|нашла|нашли|нашлись|наш[её]л|найди|увидел*|видел*|видела|посмотри*|глянь*|гляди|смотри*|зацени|взгляни*|наткнул*|выложил*|выложили|опубликовал*|слили|слил|разместил*|попал*|попала';
const CODE = 'код|кода|коду|кодом|коде|коды|кодов|кодик*|кодов[ао]е|пароль|пароля|смс код*|sms код*|code';
// «не сообщайте», «никому не говорите»: protective, not a request.
const NOT = '(?<!не |ни |нельзя |никому )';
const REQ = [
  'скинь*', 'скиньте', 'отправь*', 'отправьте', 'перешли*', 'перешлите', 'продиктуй*', 'назови*', 'назовите', 'скажи*',
  'скажите', 'сообщи*', 'сообщите', 'напиши*', 'напишите', 'дай*', 'дайте', 'подскажи*', 'подскажите', 'скинуть', 'отправить',
  'переслать', 'сказать', 'сообщить', 'продиктовать', 'назвать', 'написать', 'вышли*', 'вышлите', 'кинь*', 'киньте', 'верни*', 'верните',
].map((w) => NOT + w).join('|');
const MISTAKE = 'по ошибке|случайно|ошибочно|не туда|не на тот|не тому|перепутал*|ошибся|ошиблась';
const VOTE_REQ = 'проголосуй*|голосуй*|голосни*|проголосуешь|проголосуете|проголосовать|отдай* голос|отдать голос|отдайте свой голос|поставь* лайк|лайкни*';
const REL = 'племянниц*|племянник*|дочк*|дочь|дочери|дочур*|сын|сына|сыну|сыночк*|внучк*|внук*|внуч*|ребенк*|ребенок|детей|деток|крестниц*|крестник*|сестр*|сестренк*|брат*|братишк*|малыш*|дочер*';
const CONTEST = 'конкурс*|соревнован*|стипенди*|балет*|танц*|олимпиад*|рейтинг*|номинаци*|голосовани*|финал*|грант*';
const ME = 'меня|нас|мою|моего|мой|моих|мои|нее|него|ее|нашу|нашего|наших';

// A: photo of you
L('photo', 'found-your-photo', seq(3, FOUND, POSS, PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'это|eto|вот', 'ты|вы|тебя|вас', 'на|в', PHOTO), { source: SRC.photo });
L('photo', 'you-in-photo', seq(0, 'ты|вы|тебя|вас', 'на|в', 'фото|фотке|фоточке|видео|снимке|фотографии|картинке'), { source: SRC.photo, weight: 40 });
L('photo', 'photo-with-you', seq(4, FOUND + '|это', PHOTO, 'с тобой|с вами|тебя|вас'), { source: SRC.photo });
L('photo', 'look-this-photo', seq(1, 'посмотри*|глянь*|зацени|взгляни*|открой*|смотри', 'это|эту|этот|эти|какое|какую|какие|что за', PHOTO_ONLY), { source: SRC.photo, weight: 40 });
L('photo', 'your-photo-posted', seq(4, POSS, PHOTO, 'выложил*|выложили|опубликовал*|слили|везде|в интернете|в сети|разослал*|гуляют|гуляет'), { source: SRC.photo });

// E: vote for a child / contest
L('vote', 'vote-for-me', seq(1, VOTE_REQ, 'за', ME + '|' + REL), { source: SRC.vote });
L('vote', 'vote-relative', near(5, VOTE_REQ, REL), { source: SRC.vote });
L('vote', 'vote-contest', near(5, VOTE_REQ, CONTEST), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'пожалуйста|пжл|плиз|пж|очень прошу|прошу|помоги*', VOTE_REQ), { source: SRC.vote });
L('vote', 'need-votes', seq(2, 'нужны|нужен|не хватает|наберем|набрать|собрать|собираем', 'голос|голоса|голосов|лайки|лайков'), { source: SRC.vote, weight: 40 });
L('vote', 'help-win', seq(3, 'помоги*|помогите', REL + '|ей|ему|нам|мне', 'победить|выиграть|пройти в финал'), { source: SRC.vote });

// C: code sent by mistake / tell me the code
L('code-mistake', 'code-by-mistake', near(6, CODE, MISTAKE), { source: SRC.code });
L('code-request', 'send-the-code', near(4, REQ, CODE), { source: SRC.code });
L('code-request', 'which-code-came', seq(1, 'какой|какие|что за|какой там', CODE, 'пришел|пришли|пришло|прийдет|придет|тебе|вам|высветился|высветится'), { source: SRC.code, weight: 75 });
L('code-request', 'code-came-send', both(seq(3, CODE, 'пришел|пришло|прийдет|придет|отправлен|отправили|выслали|высветится'), seq(3, REQ, 'его|мне|нам|код|цифры')), { source: SRC.code });
L('code-request', 'digits-from-sms', seq(3, REQ, 'цифры|цифр', 'из смс|из sms|из сообщения|которые пришли'), { source: SRC.code });

// D: fake account notice
L('account-notice', 'verify-account', seq(2, 'подтверди*|верифицир*|восстанови*|разблокир*|активир*|обнови*|подтвердить|пройдите', 'свой|ваш|твой|свою|вашу|учетн*|верификаци*', 'аккаунт*|учетн*|профил*|номер*|запис*|личност*|whatsapp|ватсап*'), { source: SRC.notice });
L('account-notice', 'account-blocked', seq(4, 'аккаунт*|учетн*|профил*|whatsapp|ватсап*|номер', 'будет|будут|был|была|может быть|временно', 'заблокирован*|удален*|отключен*|приостановлен*|деактивирован*|ограничен*'), { source: SRC.notice });
L('account-notice', 'restore-access', seq(2, 'восстановить|восстановите|восстанови|вернуть|верните', 'доступ'), { source: SRC.notice });

// Prize, gift, Telegram Premium
L('prize', 'you-won', seq(2, 'вы|ты', 'выиграли|выиграл|выиграла|стали победител*|стал победител*|получили приз|получаете'), { source: SRC.messages });
L('prize', 'claim-prize', seq(2, 'получите|заберите|забери|получи|активируй*|активируйте', 'свой|ваш|бесплатн*|подарок|приз|бонус'), { source: SRC.messages });
L('telegram-gift', 'telegram-premium', seq(3, 'телеграм*|telegram|тг', 'премиум|premium|звезд*|stars'), { source: SRC.telegram });

// A/B: instructions only a scam gives
L('instruction', 'enter-code-in-app', seq(4, 'введи*|введите|вбей*|вбейте|вставь*|вставьте|набери*|наберите|ввести|впиши*|впишите', CODE + '|его|этот', 'в|во', 'whatsapp|ватсап*|вотсап*|вацап*|приложени*|связанн*|телеграм*|telegram'), { source: SRC.pairing });
L('instruction', 'link-by-number', seq(2, 'связать*|привязать*|привяжи*|привяжите|привязка|войти|вход', 'по номеру|с номером|через номер|по номеру телефона'), { source: SRC.pairing });
L('instruction', 'linked-devices-enter', both(seq(3, 'перейди*|перейдите|зайди*|зайдите|открой*|откройте|нажми*|нажмите|выбери*|выберите', 'связанн*|привязанн*'), seq(6, 'введи*|введите|вбей*|ввести', CODE + '|его')), { source: SRC.pairing });
L('qr-instruction', 'scan-qr-to-verify', both(seq(3, 'отсканир*|сканир*|наведи*', 'qr*|куар*|код*|камер*'), seq(0, 'подтвер*|голос*|проголос*|верифик*|вход*|войти|фото|приз*|доступ*|авториз*')), { source: SRC.qr });

// F: follow-ups from hijacked accounts
L('loan', 'lend-me', seq(0, 'одолжи*|одолжите|займи|займите|дай* в долг|дай* взаймы|в долг|взаймы|выручи*|выручите|выручай*'), { source: SRC.followup });
L('loan', 'need-money', seq(2, 'нужны|нужно|надо|срочно нужны|скинь*', 'деньги|денег|тыс*|\\d+'), { source: SRC.followup, weight: 20 });
L('card', 'send-to-card', seq(3, 'скинь*|скиньте|переведи*|переведите|кинь*|киньте|отправь*|перекинь*|закинь*|пополни*', 'на карту|на каспи|на kaspi|на номер|на карточку|на счет|по номеру'), { source: SRC.followup });
L('card-details', 'card-details', seq(3, 'скинь*|отправь*|напиши*|назови*|продиктуй*|сообщи*|какой|дай*|введите', 'номер карты|данные карты|cvv|cvc|срок действия|три цифры|три цифры на обороте'), { source: SRC.followup });
L('new-number', 'my-new-number', seq(2, 'это мой|мой|запиши*|сохрани*', 'новый номер|новый телефон'), { source: SRC.followup, weight: 20 });
L('new-number', 'parent-new-number', any(near(8, 'мама|мам|мамочка|папа|пап|мамуль*', 'новый номер|сменил* номер|телефон сломал*|потерял* телефон|сломался телефон|разбил* телефон')), { source: SRC.followup });
L('payment-qr', 'pay-by-qr', seq(3, 'оплати*|оплатите|переведи*|заплати*|отсканируй*', 'по qr|через qr|по куар*|qr*|куар*'), { source: SRC.followup });

// Modifiers
L('urgency', 'urgent', seq(0, 'срочно|срочная|срочный|срочное|быстро|быстрее|побыстрее|прямо сейчас|сегодня же|немедленно|как можно скорее|очень нужно|очень надо|выручай*|горит'));
L('warning', 'protective', seq(0, 'мошенник*|мошенничеств*|злоумышленник*|аферист*|никогда|не сообщайте|не говорите|не вводите|не переходите|выйдите|выйти из|полици*|мвд|прокуратур*|предупрежда*|будьте осторожн*|схем*|обман*|киберпреступ*'));

export const RU_LURES = L.entries;
