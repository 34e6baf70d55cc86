/**
 * Recovery steps for people who already acted on a lure, chosen from what happened (THREAT.md
 * "What people must be told"). The texts of each step are the core's advice (kk/ru/en).
 */
import { renderAdvice, type AdviceId, type Lang } from '@ghostguard/core';

export const HAPPENED = ['opened-link', 'entered-number', 'entered-code', 'lost-money', 'none'] as const;
export type Happened = (typeof HAPPENED)[number];

const BY_HAPPENED: Readonly<Record<Happened, readonly AdviceId[]>> = {
  // Opening the link alone links nothing, but people often typed more than they remember.
  'opened-link': ['check-linked-devices', 'never-enter-number-or-code'],
  'entered-number': ['check-linked-devices', 'never-enter-number-or-code', 'enable-two-step', 'warn-contacts'],
  // A typed pairing code links a device (A); a shared SMS code re-registers the account (C).
  'entered-code': ['check-linked-devices', 'reregister-with-sms', 'locked-out-support', 'enable-two-step', 'warn-contacts', 'report-police'],
  'lost-money': ['report-bank', 'report-police', 'warn-contacts'],
  none: ['never-enter-number-or-code', 'never-share-code', 'enable-two-step'],
};

/** What to do first comes first: throw the intruder out, then lock the door, then tell others. */
const ORDER: readonly AdviceId[] = [
  'check-linked-devices', 'reregister-with-sms', 'locked-out-support', 'enable-two-step', 'report-bank',
  'warn-contacts', 'report-police', 'never-enter-number-or-code', 'never-share-code',
];

export function recoveryAdvice(happened: readonly Happened[]): AdviceId[] {
  const set = new Set<AdviceId>();
  for (const h of happened.length > 0 ? happened : (['none'] as const)) for (const a of BY_HAPPENED[h]) set.add(a);
  return ORDER.filter((a) => set.has(a));
}

/** A message to forward to contacts through another channel (SMS, call, another messenger). */
const WARN_CONTACTS: Readonly<Record<Lang, string>> = {
  en: 'Warning: my WhatsApp account may have been taken over. If you get messages from me asking you to vote, open a link, send a code or lend money, do not answer: it is not me. Never give anyone a code from WhatsApp or an SMS.',
  ru: 'Внимание: мой WhatsApp, возможно, взломан. Если от меня придут сообщения с просьбой проголосовать, перейти по ссылке, прислать код или одолжить деньги, не отвечайте: это не я. Никому не сообщайте коды из WhatsApp и SMS.',
  kk: 'Назар аударыңыз: менің WhatsApp аккаунтымды бөгде адам басып алған болуы мүмкін. Менен дауыс беруді, сілтемені ашуды, код жіберуді немесе қарыз беруді сұраған хабарлама келсе, жауап бермеңіз: бұл мен емес. WhatsApp пен SMS кодтарын ешкімге айтпаңыз.',
};

/** Where to report. Kazakhstan first (THREAT.md: police 102); other countries are data to add. */
const REPORT = { country: 'KZ', police: '102' } as const;

export function recoveryGuide(happened: readonly Happened[], lang: Lang) {
  return {
    steps: recoveryAdvice(happened).map((id) => ({ id, ...renderAdvice(id, lang) })),
    warnContactsMessage: WARN_CONTACTS[lang],
    report: REPORT,
  };
}
