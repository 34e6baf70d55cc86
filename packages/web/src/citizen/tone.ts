import type { Level, Verdict } from '@ghostguard/core';

/**
 * What colour and badge a verdict gets. "Official" (green) only when the engine says `safe`,
 * which it does only for a brand's own domain (verdict.ts forceLevel); a message with no
 * findings, or a site we do not know, is "no signs found" in a calm grey-blue, never "safe".
 */
export type Tone = 'dangerous' | 'suspicious' | 'neutral' | 'official';

export function toneFor(level: Level, kind: Verdict['kind']): Tone {
  if (level === 'dangerous') return 'dangerous';
  if (level === 'suspicious') return 'suspicious';
  if (level === 'safe' && (kind === 'url' || kind === 'page')) return 'official';
  return 'neutral';
}

/** The link worth offering to scan: the checked URL, else the first link found in the message. */
export function scanCandidate(verdict: Pick<Verdict, 'indicators'>, input: { text: string } | { url: string }): string | null {
  if ('url' in input) return /^https?:\/\//i.test(input.url) ? input.url : `http://${input.url}`;
  const u = verdict.indicators.urls[0];
  return u ?? null;
}

const MESSAGE_ID = /^[a-z]+(?:\.[a-z0-9-]+)+$/;

/**
 * A reason without a text in core's catalogue comes back as its id ("finding.x.y"): people must
 * never read ids, so those are left out here (the analyst console still shows every finding).
 */
export function readableReasons(reasons: readonly string[]): string[] {
  return reasons.filter((s) => !MESSAGE_ID.test(s.trim()));
}
