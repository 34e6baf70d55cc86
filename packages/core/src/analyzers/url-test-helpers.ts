/** Test helpers for URL analyzers (imported by *.test.ts only). */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { createUrlSubject } from '../subjects/url-subject.ts';

export function run(a: Analyzer<UrlSubject>, input: string, domainOnly = false): Finding[] {
  return a.analyze(createUrlSubject(input, { domainOnly }), { domainOnly });
}

export function rulesOf(a: Analyzer<UrlSubject>, input: string, domainOnly = false): string[] {
  return run(a, input, domainOnly).map((f) => f.rule);
}
