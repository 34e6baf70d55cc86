/**
 * `npm run eval`: runs the engine over labelled corpora and prints precision, recall and
 * false-positive rate per corpus, kind and language; writes docs/evaluation.md.
 * Corpora: ../shared/data (real, with sources) and eval/corpora (project-written, held out
 * from the rule authors). Flagged = suspicious or dangerous.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULESET_VERSION } from '@ghostguard/core';
import { evalMessages } from './sections/messages.ts';
import { evalDomains } from './sections/domains.ts';
import { evalPages } from './sections/pages.ts';
import type { Section } from './report.ts';
import { renderMarkdown, renderConsole } from './report.ts';

const started = Date.now();
const sections: Section[] = [];
for (const [name, fn] of [['messages', evalMessages], ['domains', evalDomains], ['pages', evalPages]] as const) {
  const t0 = Date.now();
  process.stderr.write(`eval: ${name}…`);
  sections.push(...fn());
  process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
const md = renderMarkdown(sections, { ruleset: RULESET_VERSION, seconds: (Date.now() - started) / 1000 });
const outPath = join(new URL('..', import.meta.url).pathname, 'docs', 'evaluation.md');
// Keep the benchmark section that `npm run bench` maintains in the same document.
const previous = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
const bench = previous.match(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/)?.[0];
writeFileSync(outPath, bench ? `${md.trimEnd()}\n\n${bench}\n` : md);
process.stdout.write(renderConsole(sections));
process.stdout.write(`\nwritten to docs/evaluation.md\n`);
const failed = sections.flatMap((s) => s.targets).filter((t) => !t.met);
if (failed.length > 0) process.stdout.write(`\n${failed.length} target(s) not met: ${failed.map((t) => t.name).join('; ')}\n`);
