/** Spanish lure phrases (main patterns; THREAT.md lists Spanish among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'estafa*|estafador*|fraude*|policia|nunca|cuidado|alerta'), { gated: true });

// F, D, prize: follow-ups to a parent from a "new number", fake notices, prizes (THREAT.md F, D).
L('new-number', 'parent-new-number', near(8, 'mama|papa|mami|papi|abuela|abuelo|madre|padre', 'nuevo numero|numero nuevo|mi nuevo|se me rompio|movil roto|perdi el movil|telefono nuevo|se rompio|perdi el telefono'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'transferencia|transfiereme|transferir|bizum|prestame|prestar*|dinero|plata|pagar una|pagame|enviame dinero'), { gated: true, source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'llego|recibiste|te llego|te va a llegar|te llegara|te mande'), seq(0, 'envia*|mandame|manda*|dime|pasame|reenvia*|necesito')), { source: SRC.code, weight: 75 });
L('code-request', 'need-code', seq(2, 'necesito|me hace falta|me falta', CODE), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'cuenta|whatsapp|perfil', 'sera|ha sido|esta|fue', 'suspendid*|bloquead*|eliminad*|desactivad*|restringid*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'confirm*|verifi*', 'su|tu|cuenta|numero|identidad'), { source: SRC.notice });
L('prize', 'won', seq(0, 'ganado|ganaste|ganador*|premio|regalo|gratis|sorteo'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'urgente|rapido|ahora mismo|ya mismo|hoy mismo|te explico luego|no puedo hablar|no me llames'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'nuevo numero|numero nuevo|cambie de numero|cambie el numero|mi nuevo'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'mandas|me lo mandas|pasamelo|mandamelo|reenviamelo|dimelo|me lo pasas|me lo dices|me lo reenvias|enviamelo|necesito|mandame|pasame|dime')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'eres tu|tu foto|tus fotos|una foto tuya|fotos tuyas|sales tu'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'verifica*|confirma*|verifique|confirme|actividad sospechosa|inicio de sesion|actividad inusual'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'tu|tus|tuya*|tuyo*|ti|te|usted|su')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const ES_LURES = L.entries;
