import { createRequire } from 'node:module';
import { BRANDS } from '../../packages/core/src/rules/brands.ts';
import { benchUrls } from '../corpus.ts';
import { measure, report } from '../harness.ts';

// Peer: MetaMask's eth-phishing-detect, configured with the same brand domains as GhostGuard
// (allowlist = official domains, fuzzylist = the same, default tolerance 3), checking hostnames.
const require = createRequire(import.meta.url);
const PhishingDetector = require('eth-phishing-detect/src/detector') as new (o: object) => { check(d: string): { result: boolean } };
const official = [...new Set(BRANDS.flatMap((b) => b.officialDomains))];
const detector = new PhishingDetector({ whitelist: official, fuzzylist: official, blacklist: [] });
const hosts = benchUrls().map((u) => new URL(u).hostname);
report(measure('peer: eth-phishing-detect (same brand domains)', 'URLs/s', hosts, (h) => detector.check(h).result));
