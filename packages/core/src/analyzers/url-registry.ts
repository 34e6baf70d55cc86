import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import { typosquat } from './typosquat.ts';
import { homoglyph } from './homoglyph.ts';
import { tldSwap } from './tld-swap.ts';
import { combosquat } from './combosquat.ts';
import { brandSubdomain } from './brand-subdomain.ts';
import { brandInPath } from './brand-in-path.ts';
import { hosting } from './hosting.ts';
import { suspiciousTld } from './suspicious-tld.ts';
import { urlShape } from './url-shape.ts';

/**
 * Explicit list, run in this order. No discovery by file name. Impersonation first (the
 * strongest, most specific findings), then where the link lives, then its shape.
 */
export const URL_ANALYZERS: readonly Analyzer<UrlSubject>[] = [
  brandSubdomain,
  homoglyph,
  typosquat,
  tldSwap,
  combosquat,
  brandInPath,
  hosting,
  suspiciousTld,
  urlShape,
];
