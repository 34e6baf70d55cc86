/** Italian lure phrases (main patterns; THREAT.md lists Italian among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'truffa*|truffator*|polizia|mai|attenzione|allerta'), { gated: true });

// F, D, prize, service codes: "new number" follow-ups, fake notices, prizes (THREAT.md C, D, F).
L('code-request', 'need-code', seq(2, 'mi serve|serve|ho bisogno del|ho bisogno|mi servirebbe|mi occorre|servirebbe', CODE), { source: SRC.code, weight: 75 });
L('code-request', 'code-came', both(seq(3, CODE, 'arrivato|ricevuto|arrivera|arriva|ti e arrivato'), seq(0, 'dimmi|mandami|girami|inoltra*|passami|dammi|serve|leggimi')), { source: SRC.code, weight: 75 });
L('new-number', 'parent-new-number', near(8, 'mamma|papa|nonna|nonno|madre|padre', 'nuovo numero|numero nuovo|telefono rotto|si e rotto|perso il telefono|cellulare rotto|telefono nuovo'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'bonifico|soldi|prestito|prestami|pagare una|pagami|ricaricami|satispay|mandami dei soldi'), { gated: true, source: SRC.followup });
L('account-notice', 'account-blocked', seq(4, 'account|whatsapp|profilo', 'sara|e stato|verra|e', 'sospes*|bloccat*|eliminat*|disattivat*|limitat*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'conferma*|verifica*', 'il tuo|tuo|account|numero|identita'), { source: SRC.notice });
L('prize', 'won', seq(0, 'vinto|vincitore|vincitrice|premio|regalo|gratis|omaggio|estrazione'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'urgente|subito|presto|oggi stesso|ti spiego dopo|non posso parlare|non chiamarmi'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'nuovo numero|numero nuovo|cambiato numero|il mio nuovo'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'mandami|mandamelo|dimmelo|dimmi|girami|giramelo|inoltra*|passami|passamelo|dammi|leggimi|mi serve|serve')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'sei tu|tua foto|tue foto|foto tua|foto di te'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'verifica|conferma|verificare|confermare|attivita sospetta|attivita insolita'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'tua|tue|tuo|te|ti|sei')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const IT_LURES = L.entries;
