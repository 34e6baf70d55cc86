/**
 * Recovery steps for people who already acted on a lure, chosen from what happened (THREAT.md
 * "What people must be told"). The mapping lives in the core (advice/recovery.ts); the texts of
 * each step are the core's advice (kk/ru/en).
 */
import { recoveryAdvice, renderAdvice, type Happened, type Lang } from '@ghostguard/core';

export { HAPPENED, recoveryAdvice, type Happened } from '@ghostguard/core';

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
