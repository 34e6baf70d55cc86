import type { AdviceId } from '../types.ts';

/**
 * Recovery steps for people who already acted on a lure, chosen from what happened (THREAT.md
 * "What people must be told"). One mapping for every channel: the service's /v1/recovery and
 * reports, and the tipline buttons.
 */
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
  'check-linked-devices', 'telegram-terminate-sessions', 'reregister-with-sms', 'locked-out-support', 'enable-two-step',
  'report-bank', 'warn-contacts', 'report-police', 'never-enter-number-or-code', 'never-share-code',
];

export function isHappened(s: string): s is Happened {
  return (HAPPENED as readonly string[]).includes(s);
}

/**
 * Advice ids in the order to follow them. Nothing reported counts as 'none'. For a Telegram
 * lure the WhatsApp steps become "terminate other sessions" (THREAT.md variant G).
 */
export function recoveryAdvice(happened: readonly Happened[], attack?: string): AdviceId[] {
  const set = new Set<AdviceId>();
  for (const h of happened.length > 0 ? happened : (['none'] as const)) for (const a of BY_HAPPENED[h]) set.add(a);
  if (attack === 'telegram-session-theft') {
    set.delete('check-linked-devices');
    set.delete('reregister-with-sms');
    set.delete('locked-out-support');
    set.add('telegram-terminate-sessions');
  }
  return ORDER.filter((a) => set.has(a));
}
