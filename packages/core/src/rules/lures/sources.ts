/** Provenance shared by the lure tables (THREAT.md sections and the advisories it cites). */
export const SRC = {
  messages: 'THREAT.md#messages-message-signals',
  photo: 'THREAT.md#the-attack-in-one-paragraph ("Hey, I just found your photo"; CERT-In advisory 19 Dec 2025)',
  vote: 'THREAT.md#variants-to-detect (E: vote / contest lure)',
  code: 'THREAT.md#variants-to-detect (C: registration-code theft)',
  notice: 'THREAT.md#variants-to-detect (D: fake WhatsApp/Facebook/Meta notice)',
  followup: 'THREAT.md#variants-to-detect (F: follow-up from hijacked accounts)',
  telegram: 'THREAT.md#variants-to-detect (G: Telegram equivalent)',
  pairing: 'THREAT.md#what-the-fake-pages-do-page-signals (instructions shown with the pairing code)',
  qr: 'THREAT.md#variants-to-detect (B: QR linking)',
  kzProsecutor: 'https://fbrk.kz/en-gb/articles/new-whatsapp-account-hijacking-scheme-uncovered-kazakhstan',
  kzBaq: 'https://baq.kz/alayaqtar-qostanaylyqtardy-zhasospirimderdin-whatsapp-y-arqyly-aldagan-200019263/',
  bsi: 'https://qrtrust.de/de/blog/bsi-warnung-whatsapp-ghost-pairing',
} as const;
