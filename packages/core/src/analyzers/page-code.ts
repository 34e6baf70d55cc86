/**
 * Code-flow pieces: a displayed pairing-code-shaped token or 8 boxes, instructions to enter a
 * code in WhatsApp / Linked devices / "Link with phone number instead", inputs for 6/8-character
 * codes. Each alone is explained with a modest weight; page-flow combines them.
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Finding } from '../types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding, phraseEvidence } from './page-finding.ts';

export const pageCodeAnalyzer: Analyzer<PageSubject> = {
  id: 'page-code',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    if (sig.official) return [];
    const out: Finding[] = [];
    if (sig.code.displayedCodes.length > 0 || sig.code.pairingBoxes > 0) {
      out.push(pageFinding(sig.code.pairingBoxes > 0 ? 'page-code/pairing-boxes' : 'page-code/displayed-code', {
        severity: 'medium', weight: 30, evidence: sig.code.evidence.slice(0, 2), attack: 'ghostpairing',
      }));
    }
    const instr = sig.phrases.get('code-in-app') ?? sig.phrases.get('link-with-phone');
    const screens = sig.phrases.get('linked-devices') ?? sig.phrases.get('pairing-term');
    if (instr || screens) {
      // Warnings quote the same screens; an instruction aimed at the visitor weighs more.
      out.push(pageFinding(instr ? 'page-code/enter-code-instructions' : 'page-code/linking-words', {
        severity: instr ? 'low' : 'info', weight: instr && !sig.warningContext ? 20 : 8,
        evidence: phraseEvidence((instr ?? screens)?.samples),
      }));
    }
    if (sig.code.codeInputs.length > 0 || sig.code.smsBoxes > 0) {
      out.push(pageFinding('page-code/code-input', {
        severity: 'info', weight: 5, evidence: sig.code.evidence.filter((e) => e.field === 'page.input' || e.value.startsWith('6')),
      }));
    }
    return out;
  },
};
