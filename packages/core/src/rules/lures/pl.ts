/** Polish lure phrases (main patterns; THREAT.md lists Polish among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('pl', SRC.messages);

const PHOTO = 'zdjeci*|zdjecie|fotk*|foto*|wideo|filmik*|obrazek';
const CODE = 'kod|kodu|kodem|kody|kod weryfikacyjny|pin|blik*';
const NOT = '(?<!nie |nigdy |nikomu )';

L('photo', 'found-your-photo', seq(3, 'znalazl*|widzial*|zobacz*|patrz|sprawdz|spojrz', 'twoj*|twoje|twoja|twoich|ciebie|cie', PHOTO), { source: SRC.photo });
L('photo', 'is-this-you', seq(2, 'czy to ty|to ty|czy to pan|czy to pani', 'na|w', PHOTO), { source: SRC.photo });
L('vote', 'vote-for', seq(2, 'zaglos*|glosuj*|oddaj glos|oddajcie glos|glosowac', 'na|za', 'moja|moje|mojego|moj|moja|siostrzenic*|bratanic*|corke|corka|syn*|wnucz*|mnie|nas'), { source: SRC.vote });
L('vote', 'please-vote', near(2, 'prosze|prosimy|pomoz*', 'zaglosuj*|glosuj*|glosowanie'), { source: SRC.vote, weight: 40 });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'przez pomylke|omylkowo|przypadkiem|przez przypadek'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, NOT + 'wyslij*|' + NOT + 'przeslij*|' + NOT + 'podaj*|' + NOT + 'powiedz*|' + NOT + 'daj*|' + NOT + 'przekaz*|' + NOT + 'napisz*|' + NOT + 'odeslij*', CODE), { source: SRC.code });
L('instruction', 'enter-code-in-app', seq(4, 'wpisz|wprowadz|wklej', CODE + '|go|ten', 'w|do|na', 'whatsapp*|aplikacj*|polaczone urzadzenia'), { source: SRC.pairing });
L('warning', 'protective', seq(0, 'oszust*|oszustw*|policj*|nigdy|uwaga|ostrzeg*'), { gated: true });

// F, D, E, prize: "new number" follow-ups, fake notices, prizes (THREAT.md D, E, F).
L('vote', 'can-vote', near(4, 'zaglos*|glosuj*|oddaj glos|oddajcie glos|glosowac', 'na|konkurs*|final*|moja|moje|mojego'), { source: SRC.vote, weight: 40, linkWeight: 75 });
L('new-number', 'parent-new-number', near(8, 'mamo|mama|mamusiu|tato|tata|babciu|babcia|dziadku', 'nowy numer|moj nowy|zepsul*|zgubil*|nowy telefon|telefon mi sie'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'przelew*|pieniadze|pieniedzy|pozycz*|zaplac*|przelej|przelac|kase|kasy'), { gated: true, source: SRC.followup });
L('card', 'blik', seq(2, 'kod|kodu|przelew|wyslij|podaj|zrob*', 'blik*'), { source: SRC.followup });
L('code-request', 'code-came', both(seq(3, CODE, 'przyszedl|przyjdzie|dostal*|dotarl'), seq(0, 'wyslij*|przeslij*|podaj*|powiedz*|potrzebuj*')), { source: SRC.code, weight: 75 });
L('account-notice', 'account-blocked', seq(4, 'konto|whatsapp|profil', 'zostanie|zostalo|jest|bedzie', 'zablokowan*|zawieszon*|usuniet*|dezaktywowan*|ograniczon*'), { source: SRC.notice });
L('account-notice', 'verify-account', seq(2, 'potwierdz*|zweryfikuj*', 'konto|numer|tozsamosc|swoje'), { source: SRC.notice });
L('prize', 'won', seq(0, 'wygral*|wygrana|nagrod*|prezent*|za darmo|darmow*|losowani*'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'pilnie|szybko|natychmiast|teraz|wytlumacze pozniej|nie moge rozmawiac|nie dzwon'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'nowy numer|moj nowy|nowego numeru|zmienilem numer|zmienilam numer'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'wyslij*|przeslij*|przeslesz|podaj*|powiedz*|potrzebuj*|napisz*|odeslij*')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'to ty|czy to ty|to chyba ty|twoje zdjecie|twoje zdjecia|twoja fotk*'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'zweryfikuj*|potwierdz*|nietypowa aktywnosc|podejrzana aktywnosc'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'twoj*|twoje|ciebie|cie|ty')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const PL_LURES = L.entries;
