/** German lure phrases (main patterns; THREAT.md lists German among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'betrug*|betruger*|masche|polizei|niemals|warn*|achtung|vorsicht|bsi'));

export const DE_LURES = L.entries;
