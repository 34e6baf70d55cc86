/**
 * Where to report account takeover and online fraud, per country. Kazakhstan first: it is the
 * service's first audience and the guide names 102 in the text itself. Each entry cites the
 * public page it comes from; numbers change, so check the source when editing.
 * Names are in English; the UI shows them as they are (proper names of agencies).
 */
export interface ReportContact {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly name: string;
  /** What to call or open: phone numbers and official sites. */
  readonly channels: readonly { readonly label: string; readonly value: string; readonly href?: string }[];
  readonly source: string;
}

export const REPORT_CONTACTS: readonly ReportContact[] = [
  {
    country: 'KZ',
    name: 'Kazakhstan',
    channels: [
      { label: 'Police', value: '102', href: 'tel:102' },
      { label: 'KZ-CERT (information security incidents)', value: '1400', href: 'tel:1400' },
    ],
    source: 'https://fbrk.kz/en-gb/articles/new-whatsapp-account-hijacking-scheme-uncovered-kazakhstan (police 102); https://cert.gov.kz (KZ-CERT 1400)',
  },
  {
    country: 'KG',
    name: 'Kyrgyzstan',
    channels: [{ label: 'Police', value: '102', href: 'tel:102' }],
    source: 'https://mvd.gov.kg',
  },
  {
    country: 'UZ',
    name: 'Uzbekistan',
    channels: [{ label: 'Police', value: '102', href: 'tel:102' }],
    source: 'https://iiv.uz',
  },
  {
    country: 'RU',
    name: 'Russia',
    channels: [
      { label: 'Police (from a mobile phone)', value: '102', href: 'tel:102' },
      { label: 'Emergency', value: '112', href: 'tel:112' },
    ],
    source: 'https://мвд.рф',
  },
  {
    country: 'IN',
    name: 'India',
    channels: [
      { label: 'Cyber crime helpline', value: '1930', href: 'tel:1930' },
      { label: 'Online report', value: 'cybercrime.gov.in', href: 'https://cybercrime.gov.in' },
    ],
    source: 'https://cybercrime.gov.in (CERT-In advisory on GhostPairing, 19 Dec 2025)',
  },
  {
    country: 'DE',
    name: 'Germany',
    channels: [
      { label: 'Police', value: '110', href: 'tel:110' },
      { label: 'BSI advice', value: 'bsi.bund.de', href: 'https://www.bsi.bund.de' },
    ],
    source: 'https://www.bsi.bund.de',
  },
  {
    country: 'CZ',
    name: 'Czechia',
    channels: [{ label: 'Police', value: '158', href: 'tel:158' }],
    source: 'https://www.policie.cz',
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    channels: [
      { label: 'Report Fraud (Action Fraud)', value: '0300 123 2040', href: 'tel:03001232040' },
      { label: 'Forward scam texts', value: '7726', href: 'sms:7726' },
    ],
    source: 'https://www.actionfraud.police.uk; https://www.ncsc.gov.uk/collection/phishing-scams',
  },
  {
    country: 'US',
    name: 'United States',
    channels: [
      { label: 'FBI IC3 online report', value: 'ic3.gov', href: 'https://www.ic3.gov' },
      { label: 'FTC fraud report', value: 'reportfraud.ftc.gov', href: 'https://reportfraud.ftc.gov' },
    ],
    source: 'https://www.ic3.gov; https://reportfraud.ftc.gov',
  },
  {
    country: 'FR',
    name: 'France',
    channels: [
      { label: 'Police', value: '17', href: 'tel:17' },
      { label: 'Forward scam texts', value: '33700', href: 'sms:33700' },
      { label: 'Victim assistance', value: 'cybermalveillance.gouv.fr', href: 'https://www.cybermalveillance.gouv.fr' },
    ],
    source: 'https://www.cybermalveillance.gouv.fr',
  },
  {
    country: 'IT',
    name: 'Italy',
    channels: [{ label: 'Polizia Postale online report', value: 'commissariatodips.it', href: 'https://www.commissariatodips.it' }],
    source: 'https://www.commissariatodips.it',
  },
  {
    country: 'ES',
    name: 'Spain',
    channels: [
      { label: 'Police', value: '091', href: 'tel:091' },
      { label: 'INCIBE cyber security helpline', value: '017', href: 'tel:017' },
    ],
    source: 'https://www.incibe.es/linea-de-ayuda-en-ciberseguridad',
  },
  {
    country: 'PL',
    name: 'Poland',
    channels: [
      { label: 'Emergency', value: '112', href: 'tel:112' },
      { label: 'CERT Polska: forward scam texts', value: '8080', href: 'sms:8080' },
    ],
    source: 'https://incydent.cert.pl',
  },
];

/** A contact's link, only when it is a phone/SMS number or an https page (data is reviewed, but be strict). */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  return /^(tel:\+?[0-9]{2,15}|sms:[0-9]{3,15}|https:\/\/[a-z0-9.-]+(\/[\w./-]*)?)$/i.test(href) ? href : undefined;
}
