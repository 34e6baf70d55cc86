/** Ukrainian lure phrases (main patterns; THREAT.md lists Ukrainian among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'шахра*|полици*|никому|николи|обережн*'));

export const UK_LURES = L.entries;
