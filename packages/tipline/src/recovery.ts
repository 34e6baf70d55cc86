/**
 * Recovery steps for "I opened the link / entered my number / entered a code". Same mapping as
 * the service's /v1/recovery (packages/server/src/recovery.ts); kept here because the service
 * depends on this package, not the other way round. Both should move to the core.
 */
import type { AdviceId } from '@ghostguard/core';
import type { Happened } from './texts.ts';

const BY_HAPPENED: Readonly<Record<Happened, readonly AdviceId[]>> = {
  // Opening the link alone links nothing, but people often typed more than they remember.
  'opened-link': ['check-linked-devices', 'never-enter-number-or-code'],
  'entered-number': ['check-linked-devices', 'never-enter-number-or-code', 'enable-two-step', 'warn-contacts'],
  // A typed pairing code links a device (A); a shared SMS code re-registers the account (C).
  'entered-code': ['check-linked-devices', 'reregister-with-sms', 'locked-out-support', 'enable-two-step', 'warn-contacts', 'report-police'],
};

const ORDER: readonly AdviceId[] = [
  'check-linked-devices', 'telegram-terminate-sessions', 'reregister-with-sms', 'locked-out-support', 'enable-two-step',
  'warn-contacts', 'report-police', 'never-enter-number-or-code', 'never-share-code',
];

export const HAPPENED: readonly Happened[] = ['opened-link', 'entered-number', 'entered-code'];

export function isHappened(s: string): s is Happened {
  return (HAPPENED as readonly string[]).includes(s);
}

/** For a Telegram lure the Linked devices step becomes "terminate other sessions". */
export function recoveryAdvice(happened: readonly Happened[], attack?: string): AdviceId[] {
  const set = new Set<AdviceId>();
  for (const h of happened) for (const a of BY_HAPPENED[h]) set.add(a);
  if (attack === 'telegram-session-theft') {
    set.delete('check-linked-devices');
    set.delete('reregister-with-sms');
    set.delete('locked-out-support');
    set.add('telegram-terminate-sessions');
  }
  return ORDER.filter((a) => set.has(a));
}
