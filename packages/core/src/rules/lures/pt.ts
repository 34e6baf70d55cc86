/** Portuguese lure phrases (main patterns; THREAT.md lists Portuguese among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('pt', 'https://www.dnoticias.pt/2025/11/10/469970-whatsapp-como-se-defender-da-fraude-vote-no-meu-filho/');

const PHOTO = 'foto*|imagem|imagens|video*|selfie*';
const CODE = 'codigo|codigos|codigo de verificacao|pin|senha';
const NOT = '(?<!nao |nunca |ninguem )';

L('photo', 'look-your-photo', seq(3, 'olha|olhe|veja|vi|achei|encontrei|ve', 'essa|esta|sua|tua|teu|seu|uma', PHOTO), { source: SRC.photo });
L('photo', 'photo-of-you', seq(1, PHOTO, 'sua|tua|de voce|de ti|contigo'), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'e voce|es tu|e tu|voce esta', 'na|nesta|nessa|em', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(1, 'vote*|vota*|votar', 'no|na|em|para|pelo|pela|por', 'meu|minha|filh*|sobrinh*|net[oa]*|mim|nos'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'por favor|pf|ajuda*', 'vote*|vota*|votar'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'por engano|sem querer|errado|por erro|por acidente'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'envia*|' + NOT + 'envie*|' + NOT + 'manda*|' + NOT + 'mande*|' + NOT + 'reenvia*|' + NOT + 'repassa*|' + NOT + 'diz*|' + NOT + 'fala*|' + NOT + 'passa*|' + NOT + 'devolve*', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'insira|digite|coloque|introduza|escreva', CODE + '|o|este', 'no|na|em', 'whatsapp|app|aplicativo|dispositivos conectados'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'golpe*|burla*|fraude*|policia|nunca|cuidado|alerta'));

export const PT_LURES = L.entries;
