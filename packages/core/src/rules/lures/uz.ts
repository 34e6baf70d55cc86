/** Uzbek lure phrases (main patterns; THREAT.md lists Uzbek among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('uz', SRC.messages);

const PHOTO = 'rasm*|surat*|foto*|video*';
const CODE = 'kod|kodni|kodi|kodingizni|sms kod*';

L('photo', 'found-your-photo', seq(2, PHOTO, 'topdim|ko\'?rdim|korib chiq*|qara*|ko\'?ring'), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'bu', 'sizmi|senmi|sizning|sening', PHOTO + '|rasmda|suratda'), { source: SRC.photo });
L('vote', 'vote-request', seq(1, 'ovoz', 'bering*|ber|berib*|bersangiz|beringlar|berasizmi|berasanmi|berasiz|berolasizmi'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'adashib|xato|tasodifan|bilmasdan'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, 'yuboring*|yubor|yuborib*|ayting*|aytib*|ayt|jonating', CODE), { source: SRC.code });
L('warning', 'protective', seq(0, 'firibgar*|militsiya|hech kimga|hech qachon|ehtiyot*'), { gated: true });

// Uzbek in Cyrillic script too (both are in use); F, D, prize patterns (THREAT.md D, E, F).
L('photo', 'found-photo-latin', seq(2, 'rasm*|surat*|foto*|video*', 'topib*|topdim|ko\'rib*|korib*'), { source: SRC.photo });
L('photo', 'found-photo-cyr', seq(2, 'расм*|сурат*|фото*|видео*', 'топдим|топиб*|кордим|кориб*|каранг'), { source: SRC.photo });
L('vote', 'vote-cyr', seq(1, 'овоз', 'бериб*|беринг*|бер|берсангиз|берворинг'), { source: SRC.vote });
L('code-request', 'code-anywhere', both(seq(0, CODE + '|код|кодни|смс'), seq(0, 'yuborib yuboring|yuboring*|yubor|ayting*|aytib*|юбориб*|юборинг*|айтинг*|айтиб*')), { source: SRC.code, weight: 75 });
L('code-request', 'code-came', seq(2, CODE + '|код|кодни', 'keldimi|keldi|keladi|келдими|келди|келади'), { source: SRC.code, weight: 40 });
L('new-number', 'parent-new-number', near(8, 'ona|onajon|ota|dada|buvi|oyi|ойи|она|онажон|ота|дада', 'yangi raqam*|raqamim|telefonim buzil*|telefonim sin*|янги рақам*|янги ракам*|yangi nomer*|янги номер*|телефоним бузил*'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'pul|pulni|qarz*|o\'tkaz*|otkaz*|пул|пулни|карз*'), { gated: true, source: SRC.followup });
L('account-notice', 'account-blocked', seq(3, 'akkaunt*|hisob*|аккаунт*|хисоб*', 'bloklan*|o\'chiril*|ochiril*|to\'xtatil*|блоклан*|очирил*'), { source: SRC.notice });
L('prize', 'won', seq(0, 'yutdingiz|yutib*|sovg\'a*|sovga*|bepul|совга*|ютдингиз|ютиб*|бепул'), { gated: true, source: SRC.messages, weight: 25 });
L('poll', 'poll', seq(0, 'so\'rovnoma*|sorovnoma*|сўровнома*|соровнома*|saylov*|сайлов*'));
L('urgency', 'urgent', seq(0, 'tez|tezda|shoshilinch|hozir|srochno|тез|тезда|шошилинч|хозир|срочно'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'yangi raqam*|yangi nomer*|янги рақам*|янги ракам*|янги номер*'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'yuborib yuboring|yuboring*|yubor|ayting*|aytib*|qaytarib*|юбориб*|юборинг*|айтинг*|айтиб*|кайтариб*')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'sizmisiz|senmisan|bormisan|bormisiz|sen bormisan|сен бормисан|бормисиз|rasmda siz*|suratda siz*|sizning rasm*|sening rasm*|сизмисиз|сенмисан'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'tasdiqlang|tasdiqla|тасдикланг|тасдикла|shubhali faollik'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'sening|sizning|siz|sen|сизнинг|сенинг|сиз|сен|seni|sizni')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const UZ_LURES = L.entries;
