import { analyzeMessage } from '@ghostguard/core';
import { benchMessages } from '../corpus.ts';
import { measure, report } from '../harness.ts';

const msgs = benchMessages();
report(measure('core: analyzeMessage', 'messages/s', msgs, (m) => analyzeMessage(m).level === 'dangerous'));
