/** Portuguese lure phrases (main patterns; THREAT.md lists Portuguese among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'golpe*|burla*|fraude*|policia|nunca|cuidado|alerta'), { gated: true });

// F, D, prize: follow-ups to a parent from a "new number", fake notices, prizes (THREAT.md F, D).
L('new-number', 'parent-new-number', near(8, 'mae|pai|mamae|papai|vo|avo|mainha', 'numero novo|novo numero|meu novo|celular quebrou|perdi o celular|telefone novo|quebrou|celular novo|telemovel|troquei de numero|caiu'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'pix|transferencia|empresta*|emprestimo|dinheiro|pagar um|paga pra mim|deposit*|faz um pix'), { gated: true, source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'chegou|recebeu|vai chegar|chegar'), seq(0, 'envia*|manda*|mande*|diz*|fala*|passa*|preciso')), { source: SRC.code, weight: 75 });
L('code-request', 'need-code', seq(2, 'preciso do|preciso|me passa', CODE), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'conta|whatsapp|perfil', 'sera|foi|esta', 'bloquead*|suspens*|excluid*|desativad*|restrit*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'confirm*|verifi*', 'sua|seu|conta|numero|identidade'), { source: SRC.notice });
L('prize', 'won', seq(0, 'ganhou|ganhador*|premio|presente|gratis|sorteio'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'urgente|rapido|agora|hoje ainda|depois explico|nao posso falar|nao me liga'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'numero novo|novo numero|troquei de numero|troquei o numero|meu novo'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'me manda|me passa|me diz|manda pra mim|me envia|me fala|repassa|manda|passa|envia|preciso')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'parece voce|e voce|sua foto|suas fotos|foto sua|fotos suas|voce nessa|voce nesta'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'verifique|confirme|verifica|confirma|atividade suspeita|atividade incomum'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'sua|suas|seu|voce|tua|teu|te')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const PT_LURES = L.entries;
