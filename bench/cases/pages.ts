import { analyzePage } from '@ghostguard/core';
import { ownPages, sharedBenignPages } from '../../eval/corpora.ts';
import { measure, report } from '../harness.ts';

// Static page analysis on real benign pages (avg ~145 KB) and the kit-like corpus pages.
const real = sharedBenignPages();
const kits = ownPages();
const r = measure('core: analyzePage (static HTML)', 'pages/s', [...real, ...kits], (p) => analyzePage(p.html, p.url).level === 'dangerous', 3000);
const bytes = [...real, ...kits].reduce((n, p) => n + p.html.length, 0) / (real.length + kits.length);
report({ ...r, extra: { pages: real.length + kits.length, avgKB: Math.round(bytes / 1024) } });
