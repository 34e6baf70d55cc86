/** French lure phrases (main patterns; THREAT.md lists French among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('fr', SRC.messages);

const PHOTO = 'photo*|image*|video*|selfie*';
const CODE = 'code|codes|code de verification|pin';
const NOT = '(?<!ne |pas |jamais |personne )';

L('photo', 'found-your-photo', seq(3, 'trouve|regarde|vu|decouvert|tombe sur', 'ta|tes|cette|une', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'c\'est toi|est ce toi|c est toi|c\'est vous', 'sur|dans', 'la|cette', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'vote*|votez', 'pour', 'ma|mon|ma niece|ma fille|mon fils|moi|nous'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'par erreur|par accident|par megarde'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'renvoie*|' + NOT + 'envoie*|' + NOT + 'donne*|' + NOT + 'dis moi|' + NOT + 'transfere*|' + NOT + 'communique*', CODE), { source: SRC.code });
L('warning', 'protective', seq(0, 'arnaque*|escroc*|fraude*|police|jamais|attention'));

export const FR_LURES = L.entries;
