/** Czech lure phrases (main patterns; THREAT.md lists Czech among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'podvod*|podvodnic*|policie|nikdy|nikomu|varuj*|pozor'), { gated: true });

// F, D, prize: follow-ups to a parent from a "new number", fake notices, prizes (THREAT.md F, D).
L('new-number', 'parent-new-number', near(8, 'mami|mamo|mama|maminko|tati|tato|babi|babicko|dedo', 'nove cislo|noveho cisla|moje nove|muj novy|novy telefon|rozbil*|ztratil* telefon|nove telefonni|spadl*|nefunguje'), { source: SRC.followup });
L('loan', 'send-money', seq(3, 'posli*|posles|poslat|prevest|preved*|pujc*|zaplat*|zaplatit|prevod*', 'penize|penez|\\d+|korun|kc|mi|fakturu|ucet'), { gated: true, source: SRC.followup });
L('card', 'to-account', seq(3, 'posli*|preved*|poslat|prevest', 'na ucet|na kartu|na tento ucet|na toto cislo'), { source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'prisel|prijde|dosel|dorazil|prisla'), seq(0, 'posli*|preposli*|rekni*|napis*|potrebuj*')), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'ucet|profil|whatsapp', 'bude|byl|je', 'zablokovan*|smazan*|pozastaven*|deaktivovan*|omezen*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'potvrd*|overte|over|overit', 'svuj|vas|ucet|cislo|identitu|telefonni'), { source: SRC.notice });
L('prize', 'won', seq(0, 'vyhral*|vyhra*|darek|zdarma|soutez*|slosovani|vyherce'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'rychle|hned|urgentne|nutne|specha|pak vysvetlim|nemuzu volat|nevolej'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'nove cislo|noveho cisla|nove telefonni|muj novy|moje nove|nove cisl*'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'posli*|posles|preposli*|prepos*|rekni*|napis*|napises|nadiktuj*|posli mi|potrebuju ho|potrebuju|vrat*')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'jsi to ty|to jsi ty|je to tvoje|tvoje fotk*|tvoje foto*|tvou fotk*|to jsi ty'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'overte|potvrdte|over|potvrd|podezrela aktivita|neobvykla aktivita'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'tvoj*|tvou|tve|tebe|ty|tvuj')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const CS_LURES = L.entries;
