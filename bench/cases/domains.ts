import { analyzeUrl } from '@ghostguard/core';
import { benchDomains } from '../corpus.ts';
import { measure, report } from '../harness.ts';

report(measure('core: analyzeUrl domain-only (CT names)', 'names/s', benchDomains(), (d) => analyzeUrl(d, { domainOnly: true }).level === 'dangerous'));
