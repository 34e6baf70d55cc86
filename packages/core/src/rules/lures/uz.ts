/** Uzbek lure phrases (main patterns; THREAT.md lists Uzbek among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('uz', SRC.messages);

const PHOTO = 'rasm*|surat*|foto*|video*';
const CODE = 'kod|kodni|kodi|kodingizni|sms kod*';

L('photo', 'found-your-photo', seq(2, PHOTO, 'topdim|ko\'?rdim|korib chiq*|qara*|ko\'?ring'), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'bu', 'sizmi|senmi|sizning|sening', PHOTO + '|rasmda|suratda'), { source: SRC.photo });
L('vote', 'vote-request', seq(1, 'ovoz', 'bering*|ber|berib*|bersangiz|beringlar'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'adashib|xato|tasodifan|bilmasdan'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, 'yuboring*|yubor|yuborib*|ayting*|aytib*|ayt|jonating', CODE), { source: SRC.code });
L('warning', 'protective', seq(0, 'firibgar*|militsiya|hech kimga|hech qachon|ehtiyot*'));

export const UZ_LURES = L.entries;
