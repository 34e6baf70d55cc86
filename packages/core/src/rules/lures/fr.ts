/** French lure phrases (main patterns; THREAT.md lists French among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('fr', SRC.messages);

const PHOTO = 'photo*|image*|video*|selfie*';
const CODE = 'code|codes|code de verification|pin';
const NOT = '(?<!ne |pas |jamais |personne )';

L('photo', 'found-your-photo', seq(3, 'trouve|regarde|vu|decouvert|tombe sur', 'ta|tes|cette|une', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'c\'est toi|est ce toi|c est toi|c\'est vous', 'sur|dans', 'la|cette', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'vote*|votez', 'pour', 'ma|mon|ma niece|ma fille|mon fils|moi|nous'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'par erreur|par accident|par megarde'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'renvoie*|' + NOT + 'envoie*|' + NOT + 'donne*|' + NOT + 'dis moi|' + NOT + 'transfere*|' + NOT + 'communique*', CODE), { source: SRC.code });
L('warning', 'protective', seq(0, 'arnaque*|escroc*|fraude*|police|jamais|attention'), { gated: true });

// F, D, prize: "new number" follow-ups, fake notices, prizes (THREAT.md D, F).
L('new-number', 'parent-new-number', near(8, 'maman|papa|mamie|papi|mere|pere', 'nouveau numero|mon nouveau|telephone casse|perdu mon telephone|nouveau telephone|portable casse'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'virement|argent|prete moi|preter|payer une|paie|lydia|paylib|envoie moi de l\'argent'), { gated: true, source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'recu|arrive|reçu|envoye'), seq(0, 'renvoie*|envoie*|donne*|dis moi|transfere*|besoin')), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'compte|whatsapp|profil', 'sera|a ete|est', 'suspendu*|bloque*|supprime*|desactive*|restreint*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'confirme*|verifie*', 'votre|ton|compte|numero|identite'), { source: SRC.notice });
L('prize', 'won', seq(0, 'gagne|gagnant*|cadeau|gratuit*|tirage|felicitations'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'urgent|vite|tout de suite|maintenant|je t\'explique|je ne peux pas parler|ne m\'appelle pas'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'nouveau numero|mon nouveau|change de numero'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'renvoie*|envoie*|donne*|dis moi|transfere*|redonne*|besoin|passe moi')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'c\'est toi|c est toi|est ce toi|ta photo|tes photos|une photo de toi'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'verifiez|confirmez|verifie|confirme|activite suspecte|activite inhabituelle'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'ta|tes|toi|te|ton|vous|votre')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const FR_LURES = L.entries;
