import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyzeUrl } from '@ghostguard/core';
import { BRANDS } from '../../packages/core/src/rules/brands.ts';
import { OWN, SHARED, readHosts } from '../../eval/corpora.ts';
import { prng } from '../corpus.ts';
import { report } from '../harness.ts';

// "Finding more": the same labelled hostnames through both detectors.
const require = createRequire(import.meta.url);
const PhishingDetector = require('eth-phishing-detect/src/detector') as new (o: object) => { check(d: string): { result: boolean } };
const official = [...new Set(BRANDS.flatMap((b) => b.officialDomains))];
const eth = new PhishingDetector({ whitelist: official, fuzzylist: official, blacklist: [] });

const positives = readHosts(join(OWN, 'lookalike-domains-project.txt')).map((d) => d.host);
const top = readHosts(join(SHARED, 'domains', 'benign-top100k-2016.txt')).map((d) => d.host);
const r = prng(9);
const negatives = Array.from({ length: 20_000 }, () => top[Math.floor(r() * top.length)]!);

const ours = (h: string) => {
  const v = analyzeUrl(h, { domainOnly: true });
  return v.level === 'dangerous' || v.level === 'suspicious';
};
const theirs = (h: string) => eth.check(h).result;
const rate = (xs: string[], f: (h: string) => boolean) => xs.filter(f).length / Math.max(1, xs.length);
report({
  name: 'quality: ours vs eth-phishing-detect',
  unit: '',
  ops: positives.length + negatives.length,
  seconds: 0,
  opsPerSec: 0,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  extra: {
    lookalikes: positives.length,
    ourRecall: +(rate(positives, ours) * 100).toFixed(1),
    ethRecall: +(rate(positives, theirs) * 100).toFixed(1),
    popularSample: negatives.length,
    ourFlaggedPopular: +(rate(negatives, ours) * 100).toFixed(3),
    ethFlaggedPopular: +(rate(negatives, theirs) * 100).toFixed(3),
  },
});
