import { benchUrls } from '../corpus.ts';
import { measure, report } from '../harness.ts';

// Baseline: WHATWG URL parsing only — the floor any URL checker pays.
report(measure('baseline: new URL() only', 'URLs/s', benchUrls(), (u) => new URL(u).hostname.length > 0));
