/** Romanian lure phrases (main patterns; THREAT.md lists Romanian among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('ro', SRC.messages);

const PHOTO = 'poza*|poze|pozele|fotografi*|foto*|video*|imagin*';
const CODE = 'cod|codul|coduri|codurile|cod de verificare|pin';
const NOT = '(?<!nu |niciodata |nimanui )';

L('photo', 'found-your-photo', seq(3, 'am gasit|gasit|uite|vezi|uita te|am vazut|vazut', PHOTO), { source: SRC.photo });
L('photo', 'your-photo', seq(1, PHOTO, 'ta|tale|cu tine|de tine'), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'tu esti|esti tu|e cu tine', 'in|pe', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'voteaza*|votati|votezi|votez', 'pentru|pe', 'mea|meu|nepoat*|fiic*|fiul*|mine|noi|ea|el'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'te rog|va rog|ajuta*', 'voteaza*|votati|vot'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'din greseala|gresit|accidental'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'trimite*|' + NOT + 'trimiteti|' + NOT + 'spune*|' + NOT + 'spuneti|' + NOT + 'da mi|' + NOT + 'zi mi|' + NOT + 'dicteaza*', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'introdu|introduceti|scrie|tasteaza', CODE + '|l|acest', 'in|pe', 'whatsapp|aplicati*|dispozitive conectate'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'frauda*|inselaciun*|teap*|politia|niciodata|atentie'));

export const RO_LURES = L.entries;
