/** Polish lure phrases (main patterns; THREAT.md lists Polish among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('pl', SRC.messages);

const PHOTO = 'zdjeci*|zdjecie|fotk*|foto*|wideo|filmik*|obrazek';
const CODE = 'kod|kodu|kodem|kody|kod weryfikacyjny|pin|blik*';
const NOT = '(?<!nie |nigdy |nikomu )';

L('photo', 'found-your-photo', seq(3, 'znalazl*|widzial*|zobacz*|patrz|sprawdz|spojrz', 'twoj*|twoje|twoja|twoich|ciebie|cie', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'czy to ty|to ty|czy to pan|czy to pani', 'na|w', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'zaglosuj*|glosuj*|oddaj glos|oddajcie glos', 'na|za', 'moja|moje|mojego|moj|moja|siostrzenic*|bratanic*|corke|corka|syn*|wnucz*|mnie|nas'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'prosze|prosimy|pomoz*', 'zaglosuj*|glosuj*|glosowanie'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'przez pomylke|omylkowo|przypadkiem|przez przypadek'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'wyslij*|' + NOT + 'przeslij*|' + NOT + 'podaj*|' + NOT + 'powiedz*|' + NOT + 'daj*|' + NOT + 'przekaz*|' + NOT + 'napisz*|' + NOT + 'odeslij*', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'wpisz|wprowadz|wklej', CODE + '|go|ten', 'w|do|na', 'whatsapp*|aplikacj*|polaczone urzadzenia'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'oszust*|oszustw*|policj*|nigdy|uwaga|ostrzeg*'));

export const PL_LURES = L.entries;
