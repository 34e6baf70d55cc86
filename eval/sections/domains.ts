import { join } from 'node:path';
import { analyzeUrl } from '@ghostguard/core';
import { BRANDS } from '../../packages/core/src/rules/brands.ts';
import { OWN, SHARED, halves, readHosts, type DomainItem } from '../corpora.ts';
import { Grouped, pct } from '../metrics.ts';
import { rowsOf, type Section } from '../report.ts';

function run(items: readonly DomainItem[], key: (d: DomainItem) => string): Grouped & { brandRight: number } {
  const g = Object.assign(new Grouped(), { brandRight: 0 });
  for (const d of items) {
    const v = analyzeUrl(d.host, { domainOnly: true });
    g.add(key(d), v);
    if (d.brand && (v.level === 'dangerous' || v.level === 'suspicious') && v.brand === d.brand) g.brandRight++;
  }
  return g;
}

/** Does a hostname carry one of our brands' keywords (for the real PhishTank brand subset)? */
function ourBrandIn(host: string): string | undefined {
  const h = host.toLowerCase();
  for (const b of BRANDS) for (const k of b.keywords) if (k.length >= 4 && h.includes(k)) return b.id;
  return undefined;
}

export function evalDomains(): Section[] {
  const top = readHosts(join(SHARED, 'domains', 'benign-top100k-2016.txt'));
  const benignSplit = halves(readHosts(join(OWN, 'benign-brand-domains-project.txt')).map((d) => ({ host: d.host })));
  const lookSplit = halves(readHosts(join(OWN, 'lookalike-domains-project.txt')));
  const benignBrand = benignSplit.test;
  const lookalikes = lookSplit.test;
  const brandSubset = readHosts(join(SHARED, 'domains', 'phish-target-brand-subset-dev.txt'))
    .map((d) => ({ host: d.host, brand: ourBrandIn(d.host) }))
    .filter((d): d is { host: string; brand: string } => d.brand !== undefined);
  const feeds = ['phish-phishtank-hosts-dev.txt', 'phish-streamingphish-fqdns-dev.txt', 'scam-jarelllama-light-dev.txt'];

  const gTop = run(top, () => 'all');
  const gBenignBrand = run(benignBrand, () => 'all');
  const gLook = run(lookalikes, (d) => d.brand ?? '?');
  const gSubset = run(brandSubset, (d) => d.brand ?? '?');
  const feedRows = feeds.flatMap((f) => rowsOf(`${f} (real, all brands)`, run(readHosts(join(SHARED, 'domains', f)), () => 'all'), 'detection'));

  const topFpr = gTop.total.rate();
  const lookRecall = gLook.total.rate();
  const subsetRecall = gSubset.total.rate();
  return [
    {
      title: 'Domains (domain-only mode)',
      rows: [
        ...rowsOf('benign-top100k-2016 (shared)', gTop, 'FPR'),
        ...rowsOf('benign-brand-domains-project test half (own)', gBenignBrand, 'FPR'),
        ...rowsOf('benign-brand-domains-project dev half (seen)', run(benignSplit.dev, () => 'all'), 'FPR'),
        ...rowsOf('lookalike-domains-project test half (own)', gLook, 'recall'),
        ...rowsOf('lookalike-domains-project dev half (seen)', run(lookSplit.dev, () => 'all'), 'recall').slice(0, 1),
        ...rowsOf('phish-target-brand-subset, our brands (real)', gSubset, 'recall'),
        ...feedRows,
      ],
      targets: [
        { name: 'popular domains flagged', goal: '≤ 0.1%', value: `${pct(topFpr, 3)} of ${gTop.total.n}`, met: topFpr <= 0.001 },
        { name: 'lookalikes of our brands (own test half)', goal: '≥ 95%', value: `${pct(lookRecall)} of ${gLook.total.n}`, met: lookRecall >= 0.95 },
        { name: 'real phishing hosts naming our brands', goal: '≥ 95%', value: `${pct(subsetRecall)} of ${gSubset.total.n}`, met: subsetRecall >= 0.95 },
      ],
      notes: [
        `Brand attributed correctly on ${pct(gLook.brandRight / Math.max(1, gLook.total.flagged))} of flagged own lookalikes.`,
        'The real phishing feeds mostly target brands GhostGuard does not cover and many are free-hosting subdomains with no brand word; the hostname alone cannot decide those (DESIGN.md), so their detection rate is context, not a target.',
      ],
    },
  ];
}
