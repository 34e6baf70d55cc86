/** Romanian lure phrases (main patterns; THREAT.md lists Romanian among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'frauda*|inselaciun*|teap*|politia|niciodata|atentie'), { gated: true });

// F, D, E, prize: "new number" follow-ups, fake notices, prizes (THREAT.md D, E, F).
L('vote', 'can-vote', near(3, 'vota|voteaza*|votati|votezi|votez', 'pentru|pe|concurs*|finala'), { source: SRC.vote, weight: 40, linkWeight: 75 });
L('new-number', 'parent-new-number', near(8, 'mama|mamă|tata|bunica|bunicul|mami|tati', 'numarul meu nou|numar nou|noul meu numar|s a stricat|telefonul stricat|am pierdut telefonul|telefon nou'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'bani|banii|transfer*|imprumut*|plateste|plati|trimite mi|trimite-mi|virament|lei|am nevoie de'), { gated: true, source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'venit|primit|vine|ajuns'), seq(0, 'trimite*|spune*|da mi|zi mi|am nevoie')), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'contul|cont|whatsapp|profilul', 'va fi|a fost|este|vor fi', 'blocat*|suspendat*|sters*|dezactivat*|restrictionat*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'confirma*|verifica*', 'contul|numarul|identitatea|dvs|tau'), { source: SRC.notice });
L('prize', 'won', seq(0, 'castigat|castigator*|premiu*|cadou*|gratuit*|tombola|extragere'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'urgent|repede|acum|imediat|iti explic|nu pot vorbi|nu ma suna'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'numar nou|numarul meu nou|noul meu numar|am numar nou|schimbat numarul|am schimbat numarul'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'trimite*|trimiti|spune*|spune mi|da mi|zi mi|am nevoie')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'tu esti|esti tu|poza ta|poza cu tine|pozele tale|poze cu tine'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'verificati|confirmati|verifica|confirma|activitate suspecta|activitate neobisnuita'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'ta|tale|tine|tu|esti')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const RO_LURES = L.entries;
