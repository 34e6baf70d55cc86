import { analyzeMessage, analyzeUrl, renderMessage, renderVerdict, type Verdict } from '@ghostguard/core';
import { CliError, EXIT, exitForLevel } from '../exit-codes.ts';
import { formatVerdict, SECTION_LABELS } from '../render-text.ts';
import { resolveLang } from '../lang.ts';

export interface CheckOptions {
  readonly lang?: string;
  readonly json?: boolean;
  readonly kind?: 'auto' | 'message' | 'url';
  readonly domainOnly?: boolean;
}

/** A single token with a dot or a scheme is a link; anything else is a message. */
export function looksLikeUrl(input: string): boolean {
  const s = input.trim();
  if (s === '' || /\s/.test(s)) return false;
  return /^[a-z][a-z0-9+.-]*:/i.test(s) || /[.\u3002\uff0e\uff61]|\[\.\]|\(dot\)/i.test(s);
}

export function checkInput(input: string, opts: CheckOptions): Verdict {
  const kind = opts.kind ?? 'auto';
  if (kind === 'url' || (kind === 'auto' && looksLikeUrl(input))) {
    return analyzeUrl(input.trim(), { domainOnly: opts.domainOnly === true });
  }
  return analyzeMessage(input);
}

/** JSON output: the Verdict, plus every finding and advice rendered in the chosen language. */
export function verdictJson(v: Verdict, lang: string): unknown {
  const rendered = renderVerdict(v, lang, { maxReasons: 100 });
  return {
    ...v,
    findings: v.findings.map((f) => ({ ...f, text: renderMessage(f.message, lang) })),
    rendered,
  };
}

export function runCheck(input: string | undefined, opts: CheckOptions, out: (s: string) => void): number {
  if (input === undefined || input.trim() === '') {
    throw new CliError('nothing to check: give a message or a link, e.g. ghostguard check "https://example.com"', EXIT.usage);
  }
  const v = checkInput(input, opts);
  const lang = resolveLang(opts.lang, v.language);
  if (opts.json) {
    out(JSON.stringify(verdictJson(v, lang), null, 2));
  } else {
    const r = renderVerdict(v, lang);
    out(formatVerdict(v, r, { colour: process.stdout.isTTY === true, labels: SECTION_LABELS[lang] ?? SECTION_LABELS['en']! }));
  }
  return exitForLevel(v.level);
}
