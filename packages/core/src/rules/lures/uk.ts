/** Ukrainian lure phrases (main patterns; THREAT.md lists Ukrainian among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('uk', SRC.messages);

const PHOTO = 'фот*|фотк*|свитлин*|знимок|знимк*|видео*|видос*';
const CODE = 'код|коду|кодом|коди|кодик*|пароль';
const NOT = '(?<!не |ни |никому )';

L('photo', 'found-your-photo', seq(3, 'знайшов|знайшла|знайшли|подивись|глянь*|побачив|побачила|бачив', 'твое|твои|твою|твоя|ваше|ваши|тебе|тебе|вас', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'це', 'ти|ви', 'на|у|в', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(1, 'проголосуй*|голосуй*|виддай* голос', 'за', 'мене|мою|мого|нас|племинниц*|доньк*|сина|онук*'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'помилково|випадково|по помилци'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'надишли*|' + NOT + 'скинь*|' + NOT + 'перешли*|' + NOT + 'скажи*|' + NOT + 'продиктуй*|' + NOT + 'назви*|' + NOT + 'повидом*', CODE), { source: SRC.code });
L('warning', 'protective', seq(0, 'шахра*|полици*|никому|николи|обережн*'), { gated: true });

// F, D, E, prize: "new number" follow-ups, fake notices, prizes (THREAT.md D, E, F).
L('vote', 'vote-relative', near(5, 'проголосуй*|голосуй*|виддай* голос|проголосувати|проголосуйте', 'племинниц*|племинник*|доньк*|сина|онук*|онучк*|мою|мого|нас|мене|конкурс*|финал*'), { source: SRC.vote });
L('vote', 'please-vote', near(3, 'будь ласка|прошу|допоможи*', 'проголосуй*|голосуй*|проголосувати|проголосуйте'), { source: SRC.vote, weight: 40 });
L('new-number', 'parent-new-number', near(8, 'мамо|мама|тато|тату|татку|бабусю|бабуся|мамусю|мамочко', 'мий новий номер|новий номер|телефон зламався|зламався телефон|загубив* телефон|новий телефон|розбив* телефон'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'грош*|переказ*|позич*|скинути|перевести|на картку|гривень|грн'), { gated: true, source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'прийшов|прийде|надийшов|надийде'), seq(0, 'надишли*|скинь*|перешли*|скажи*|продиктуй*|назви*|потрибен')), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'акаунт*|обликов*|whatsapp|профиль', 'буде|було|був|була', 'заблоковано|заблокован*|видалено|видален*|призупинено|обмежено'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'пидтверд*|верифик*', 'акаунт*|номер*|особ*|свий|ваш'), { source: SRC.notice });
L('prize', 'won', seq(0, 'виграли|виграв|виграш*|приз|подарунок|подарували|безкоштовн*|розигрыш*|розыгрыш*'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'терминово|швидко|зараз|негайно|потим поясню|не можу говорити|не дзвони'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'новий номер|мий новий|нового номера|змин* номер'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'надишли*|скинь*|перешли*|скажи*|продиктуй*|назви*|напиши*|потрибен|поверни*')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'це ти|твое фото|це твое|твои фото|твоя фотк*|ти на фото'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'пидтвердить|пидтверди|пидозила активнисть|незвична активнисть'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'твое|твои|тебе|ти|тебе|вас|ваше')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const UK_LURES = L.entries;
