/** Spanish lure phrases (main patterns; THREAT.md lists Spanish among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('es', 'https://carlosverano.com/blog/?p=77');

const PHOTO = 'foto*|imagen*|video*|selfie*';
const CODE = 'codigo|codigos|codigo de verificacion|pin|clave';
const NOT = '(?<!no |nunca |nadie )';

L('photo', 'look-your-photo', seq(3, 'mira|mire|miren|encontre|vi|viste|he visto|ve|checa|chequea', 'esta|esa|tu|tus|la|las|una', PHOTO), { source: SRC.photo });
L('photo', 'photo-of-you', seq(1, PHOTO, 'tuya|tuyas|tuyo|de ti|suya|contigo'), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'eres tu|eres|es usted|estas', 'en|tu', 'la|esta|esa', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'vota*|votar*|votes|votame|votenos', 'por', 'mi|mis|nuestra|nuestro|ella|el|sobrin*|hij*|niet*|nosotros'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'por favor|porfa|ayudame|ayudanos', 'vota*|votar*|votame'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'por error|por equivocacion|sin querer|equivocad*|por accidente'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'envia*|' + NOT + 'enviame|' + NOT + 'mandame|' + NOT + 'manda*|' + NOT + 'reenvia*|' + NOT + 'dime|' + NOT + 'pasame|' + NOT + 'dame|' + NOT + 'dicta*|' + NOT + 'comparte*|' + NOT + 'devuelve*', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'introduce*|ingresa*|escribe*|pon|pega*', CODE + '|lo|este', 'en', 'whatsapp|la app|la aplicacion|dispositivos vinculados'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'estafa*|estafador*|fraude*|policia|nunca|cuidado|alerta'));

export const ES_LURES = L.entries;
