/** Czech lure phrases (main patterns; THREAT.md lists Czech among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('cs', 'https://ct24.ceskatelevize.cz/clanek/domaci/ahoj-nasel-jsem-tvoji-fotku-whatsappem-se-siri-novy-podvod-368394');

const PHOTO = 'fotk*|foto*|obrazk*|obrazek|video*|snimek|snimk*|fotografi*';
const CODE = 'kod|kodu|kodem|kody|overovaci kod*|sms kod*';
const NOT = '(?<!ne |nikdy |nikomu )';

L('photo', 'found-your-photo', seq(3, 'nasel|nasla|nasli|videl*|podivej*|koukni*|mrkni*|koukej|hele', 'tvoj*|tvou|tve|tvuj|vasi|vase|vas', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'je to|jsi to|to jsi|jste to', 'ty|vy', 'na|v', PHOTO), { source: SRC.photo });
L('photo', 'look-this-photo', seq(1, 'podivej* se na|koukni* na|mrkni* na', 'tuhle|tuto|tohle|toto|ten', PHOTO), { source: SRC.photo, weight: 40 });
L('vote', 'vote-for', seq(2, 'hlasuj*|zahlasuj*|hlasujte|hlasovat', 'pro|za', 'moji|meho|mou|nasi|naseho|neter*|dcer*|syn*|vnuk*|vnuck*|me|nas'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'prosim|prosimte|pomoz*', 'hlasuj*|zahlasuj*|hlasujte|hlasovat'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'omylem|nedopatrenim|spatne|nechtene'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'posli*|' + NOT + 'poslete|' + NOT + 'preposli*|' + NOT + 'rekni*|' + NOT + 'reknete|' + NOT + 'nadiktuj*|' + NOT + 'napis*|' + NOT + 'napiste|' + NOT + 'sdel*', CODE), { source: SRC.code });
L('code-request', 'send-back', seq(4, CODE, 'posli* zpet|posli* mi|vrat*|poslat zpatky|poslat zpet'), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'zadej*|zadejte|napis*|vloz*|vlozte', CODE + '|ho|ten', 'do|v', 'whatsapp*|aplikac*|propojen*'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'podvod*|podvodnic*|policie|nikdy|nikomu|varuj*|pozor'));

export const CS_LURES = L.entries;
