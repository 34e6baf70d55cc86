/**
 * Recovery steps for the tipline buttons ("I opened the link / entered my number / entered a
 * code"): the core's one mapping (advice/recovery.ts), limited to the three answers the buttons offer.
 */
import { isHappened as isAnyHappened, recoveryAdvice } from '@ghostguard/core';
import type { Happened } from './texts.ts';

export { recoveryAdvice };

export const HAPPENED: readonly Happened[] = ['opened-link', 'entered-number', 'entered-code'];

export function isHappened(s: string): s is Happened {
  return isAnyHappened(s) && (HAPPENED as readonly string[]).includes(s);
}
