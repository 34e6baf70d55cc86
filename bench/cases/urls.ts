import { analyzeUrl } from '@ghostguard/core';
import { benchUrls } from '../corpus.ts';
import { measure, report } from '../harness.ts';

report(measure('core: analyzeUrl (full URLs)', 'URLs/s', benchUrls(), (u) => analyzeUrl(u).level === 'dangerous'));
