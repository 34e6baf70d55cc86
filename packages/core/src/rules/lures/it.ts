/** Italian lure phrases (main patterns; THREAT.md lists Italian among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('it', 'https://mavaservice.it/?p=250');

const PHOTO = 'foto*|immagin*|video*|selfie*';
const CODE = 'codice|codici|codice di verifica|pin';
const NOT = '(?<!non |mai |nessuno )';

L('photo', 'found-your-photo', seq(3, 'guarda|ho trovato|trovato|visto|vedi|ecco', 'tua|tue|questa|la tua|le tue', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'sei tu|e lei|sei', 'nella|in questa|in|sulla', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'vota*|votare|votate|votami', 'per', 'mia|mio|nipote|figli*|lei|lui|me|noi'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'per favore|perfavore|aiutami|aiutaci', 'vota*|votare|votami'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'per sbaglio|per errore|erroneamente|sbagliato'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'rimand*|' + NOT + 'invia*|' + NOT + 'inviami|' + NOT + 'mandami|' + NOT + 'manda*|' + NOT + 'dimmi|' + NOT + 'girami|' + NOT + 'inoltra*|' + NOT + 'passami|' + NOT + 'dammi|' + NOT + 'dettami', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'inserisci|digita|scrivi|immetti', CODE + '|lo|questo', 'in|su|nel', 'whatsapp|app|dispositivi collegati'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'truffa*|truffator*|polizia|mai|attenzione|allerta'));

export const IT_LURES = L.entries;
