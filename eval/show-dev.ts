/**
 * For rule authors: prints the DEV half of an own corpus with the engine's current verdict,
 * misses first. The test half is never printed (see halves() in corpora.ts).
 *   npx tsx eval/show-dev.ts lures|negatives|lookalikes|benign-domains|pages [--misses]
 */
import { join } from 'node:path';
import { analyzeMessage, analyzePage, analyzeUrl, type Verdict } from '@ghostguard/core';
import { OWN, halves, ownPages, readHosts, readJsonl, type TextItem } from './corpora.ts';

const which = process.argv[2];
const missesOnly = process.argv.includes('--misses');
const flagged = (v: Verdict) => v.level === 'dangerous' || v.level === 'suspicious';

function show(rows: { want: boolean; v: Verdict; label: string }[]): void {
  let shown = 0;
  for (const r of rows.sort((a, b) => Number(flagged(a.v) === a.want) - Number(flagged(b.v) === b.want))) {
    const ok = flagged(r.v) === r.want;
    if (missesOnly && ok) continue;
    shown++;
    const rules = [...new Set(r.v.findings.map((f) => f.rule))].join(',');
    console.log(`${ok ? 'ok  ' : 'MISS'} ${r.v.level.padEnd(10)} ${String(r.v.score).padStart(3)} ${r.v.attack ?? '-'}/${r.v.brand ?? '-'} | ${r.label} | ${rules}`);
  }
  const good = rows.filter((r) => flagged(r.v) === r.want).length;
  console.log(`\n${good}/${rows.length} right on the dev half (${shown} shown)`);
}

if (which === 'lures' || which === 'negatives') {
  const file = which === 'lures' ? 'lures-project.jsonl' : 'hard-negatives-project.jsonl';
  const { dev } = halves(readJsonl<TextItem>(join(OWN, file)));
  show(dev.map((i) => ({ want: which === 'lures', v: analyzeMessage(i.text), label: `${i.lang} ${i.kind}: ${i.text}` })));
} else if (which === 'lookalikes' || which === 'benign-domains') {
  const file = which === 'lookalikes' ? 'lookalike-domains-project.txt' : 'benign-brand-domains-project.txt';
  const { dev } = halves(readHosts(join(OWN, file)));
  show(dev.map((d) => ({ want: which === 'lookalikes', v: analyzeUrl(d.host, { domainOnly: true }), label: `${d.host} (${d.brand ?? ''})` })));
} else if (which === 'pages') {
  const { dev } = halves(ownPages());
  show(dev.map((p) => ({ want: p.label === 'phish', v: analyzePage(p.html, p.url), label: `${p.id} ${p.flow} want-brand=${p.brand} ${p.url}` })));
} else {
  console.error('usage: npx tsx eval/show-dev.ts lures|negatives|lookalikes|benign-domains|pages [--misses]');
  process.exit(64);
}
