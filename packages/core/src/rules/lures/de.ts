/** German lure phrases (main patterns; THREAT.md lists German among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('de', SRC.bsi);

const PHOTO = 'foto*|bild*|video*|selfie*|pic*';
const CODE = 'code|codes|bestatigungscode*|verifizierungscode*|sms code*|pin';
const NOT = '(?<!nicht |nie |niemals |keinen |niemandem )';

L('photo', 'found-your-photo', seq(3, 'gefunden|gesehen|schau*|guck*|sieh*|entdeckt', 'dein*|ihr*|dich|euch', PHOTO), { source: SRC.photo });
L('photo', 'your-photo-found', seq(3, 'dein*|ihr', PHOTO, 'gefunden|gesehen|entdeckt|im internet|online'), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'bist du|sind sie|das bist|bist du das', 'das|du|auf|im', PHOTO), { source: SRC.photo });
L('photo', 'look-this-photo', seq(1, 'schau* dir|guck* dir|sieh* dir|schau|guck', 'dieses|das|diese|mal das', PHOTO), { source: SRC.photo, weight: 40 });
L('vote', 'vote-for', seq(3, 'stimm*|abstimm*|vote*|voten|abstimmen', 'fur', 'mein*|unser*|nichte*|neffe*|tochter|sohn|enkel*|mich|uns'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'bitte|kurz|schnell|einmal|mal|hilf*', 'abstimm*|abstimmen|stimm ab|stimmt ab|stimme ab|voten|umfrage*'), { source: SRC.vote, weight: 40 });
L('vote', 'vote-contest', near(5, 'stimm*|abstimm*|voten|vote*', 'wettbewerb*|stipendium*|ballett*|tanz*|talent*|contest*|gewinnspiel*'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'versehentlich|aus versehen|falsch*|irrtumlich|ausversehen'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'schick*|' + NOT + 'send*|' + NOT + 'gib*|' + NOT + 'sag*|' + NOT + 'nenn*|' + NOT + 'weiterleit*|' + NOT + 'leite*|' + NOT + 'teil*|' + NOT + 'zuruckschick*|' + NOT + 'schreib*', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'gib*|eingeben|trag*|tipp*', CODE + '|ihn|diesen', 'in|bei', 'whatsapp*|der app|verknupft*'), { source: SRC.pairing });
L('account-notice', 'account-blocked', seq(3, 'konto|account|whatsapp', 'wird|ist|wurde', 'gesperrt|deaktiviert|geloscht|eingeschrankt'), { source: SRC.notice });
L('warning', 'protective', seq(0, 'betrug*|betruger*|masche|polizei|niemals|warn*|achtung|vorsicht|bsi'), { gated: true });

// F, D, E, prize: follow-ups to a parent from a "new number", fake notices, prizes (THREAT.md F, D, E).
L('vote', 'for-someone-vote', seq(3, 'fur', 'abstimm*|abstimmen|stimmen|voten|vote*'), { source: SRC.vote, weight: 40, linkWeight: 75 });
L('new-number', 'parent-new-number', near(8, 'mama|mami|papa|papi|mutti|oma|opa|mutter|vater', 'neue nummer|neues handy|handy ist kaputt|handy kaputt|handy verloren|telefon kaputt|meine neue|neues telefon'), { source: SRC.followup });
L('loan', 'pay-for-me', seq(3, 'bezahl*|uberweis*|leih*|zahl*|schick* mir|sende mir|vorstrecken|auslegen', 'rechnung|geld|\\d+|euro|mir|betrag|fur mich'), { gated: true, source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'gekommen|bekommen|erhalten|geschickt|kommt'), seq(0, 'schick*|sag*|gib*|brauch*|weiterleit*')), { source: SRC.code, weight: 75 });
L('code-request', 'need-code', seq(2, 'brauch*|benotige*', CODE), { source: SRC.code, weight: 75 });
L('account-notice', 'verify-account', seq(2, 'bestatig*|verifizier*', 'ihr*|dein*|konto|nummer|identitat|account'), { source: SRC.notice });
L('prize', 'won', seq(0, 'gewonnen|gewinner*|geschenk*|gratis|kostenlos|verlosung|gewinnspiel'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'schnell|dringend|sofort|heute noch|eilig|erklare spater|erklar dir spater|kann nicht telefonieren|ruf nicht an'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'neue nummer|neuen nummer|neues handy|meine neue'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'schick*|sag*|gib*|weiterleit*|leite*|send*|brauch*|schreib*')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'bist du das|bist das du|das bist du|dein foto|dein bild|deine fotos|deine bilder'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'bestatigen sie|verifizieren sie|bestatige|verifiziere|ungewohnliche aktivitat|verdachtige aktivitat'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'dir|dich|dein*|du|ihr|ihre|euch')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const DE_LURES = L.entries;
