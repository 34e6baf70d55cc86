/**
 * Words that phishing hosts and paths wrap around a brand: `whatsapp-verify`,
 * `fb-photo-view`, `/login/code2`, `/home/final2`, `/vote/...`.
 * Sources: the Winnerclose GhostPairing kit (paths /home/final2, /login/code2; THREAT.md,
 * https://github.com/BlackM4ge/Winnerclose-AITM-Phishing); vote and photo lures in Kazakh and
 * Czech police warnings (THREAT.md); word frequencies of brand-keyword PhishTank hosts
 * (login, secure, verify, support, account, update, service, confirm are the top words;
 * data/domains/phish-target-brand-subset-dev.txt); Russian and Kazakh transliterations.
 * The transliterated gift and payment words (podarok, rozygrysh, kompensaciya, vyplata,
 * shtraf, syilyk, tolem) are the stories of Kazakh bank, eGov and post scam warnings: prize
 * draws, state compensation and benefits, unpaid fines and taxes, parcel fees
 * (https://kaspi.kz/info/security/ ; https://www.gov.kz/memleket/entities/qriim ; THREAT.md).
 */

/** What story a lure word tells; pairing/photo/vote/verify next to a Meta brand is GhostPairing. */
export type LureKind = 'pairing' | 'photo' | 'vote' | 'verify' | 'account' | 'gift' | 'delivery' | 'payment';

export interface LureWord {
  readonly word: string;
  readonly kind: LureKind;
}

const group = (kind: LureKind, list: string): LureWord[] =>
  list.split(/\s+/).filter((w) => w.length > 0).map((word) => ({ word, kind }));

export const URL_LURE_WORDS: readonly LureWord[] = [
  ...group('pairing', 'pair pairing paircode link linked linking device devices code codes qr connect web session sessions'),
  ...group('photo', `photo photos foto fotos фото album albums pic pics picture pictures image images gallery video videos
    post posts view viewer story stories media`),
  ...group('vote', `vote votes voting golos golosovanie голос голосование contest konkurs конкурс final finals winner
    winners poll award awards nominee nomination competition dance ballet talent`),
  ...group('verify', `verify verification verified verif confirm confirmation validate validation authenticate auth
    podtverdit подтвердить проверка rastau`),
  ...group('account', `login logon signin signon sign log secure security support help helpdesk account accounts
    update updates restore recover recovery unlock unblock blocked locked suspend suspended alert alerts service
    services center centre check password reset protect protection official team notice appeal review policy
    violation copyright manager business safety access client noreply vhod вход kabinet кабинет`),
  ...group('gift', `bonus bonuses prize prizes gift gifts premium free giveaway reward rewards promo lottery lucky win cashback
    podarok podarki rozygrysh vyigrysh aktsiya akciya syilyk utys`),
  ...group('delivery', 'delivery parcel package tracking track dostavka доставка posylka посылка'),
  ...group('payment', `payment pay billing invoice refund wallet card oplata оплата vyplata vyplaty выплата kompensaciya
    kompensatsiya kompensacia posobie subsidiya vozvrat shtraf shtrafy nalog tolem`),
];

/** Lure words short enough to be ordinary substrings (`code` in `barcode`): token-only matches. */
export const TOKEN_ONLY_LURES: ReadonlySet<string> = new Set(
  URL_LURE_WORDS.filter((l) => l.word.length < 5).map((l) => l.word),
);
