import { SUPPORTED_UI_LANGS, type Lang } from '@ghostguard/core';
import { CliError, EXIT } from './exit-codes.ts';

/** --lang wins; else the language of the message when we speak it; else English. */
export function resolveLang(flag: string | undefined, detected: string | undefined): Lang {
  if (flag !== undefined) {
    const l = flag.toLowerCase();
    if ((SUPPORTED_UI_LANGS as readonly string[]).includes(l)) return l as Lang;
    throw new CliError(`unsupported --lang "${flag}": use one of ${SUPPORTED_UI_LANGS.join(', ')}`, EXIT.usage);
  }
  if (detected && (SUPPORTED_UI_LANGS as readonly string[]).includes(detected)) return detected as Lang;
  return 'en';
}
