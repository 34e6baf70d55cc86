import { analyzePage } from '@ghostguard/core';
import { halves, ownPages, sharedBenignPages } from '../corpora.ts';
import { Grouped, isFlagged, pct } from '../metrics.ts';
import { rowsOf, type Section } from '../report.ts';

const PAIRING_ATTACKS = new Set(['ghostpairing', 'qr-linking']);

export function evalPages(): Section[] {
  const shared = sharedBenignPages();
  // Judged on the test half of the own pages; the dev half is reported on its own row.
  const ownSplit = halves(ownPages());
  const own = ownSplit.test;
  const gDev = new Grouped();
  for (const p of ownSplit.dev) if (p.label === 'phish') gDev.add(p.flow, analyzePage(p.html, p.url));
  const gShared = new Grouped();
  let sharedPairing = 0;
  let sharedCredential = 0;
  for (const p of shared) {
    const v = analyzePage(p.html, p.url);
    gShared.add(p.source, v);
    if (isFlagged(v) && v.attack && PAIRING_ATTACKS.has(v.attack)) sharedPairing++;
    if (isFlagged(v) && v.attack === 'credential-phishing') sharedCredential++;
  }
  const gPhish = new Grouped();
  const gBenign = new Grouped();
  let brandRight = 0;
  let brandAsked = 0;
  let pairingHit = 0;
  let pairingN = 0;
  for (const p of own) {
    const v = analyzePage(p.html, p.url);
    if (p.label === 'phish') {
      gPhish.add(p.flow, v);
      if (isFlagged(v) && p.brand) {
        brandAsked++;
        if (v.brand === p.brand) brandRight++;
      }
      if (p.flow === 'pairing' || p.flow === 'qr' || p.flow === 'pair-code-generator') {
        pairingN++;
        if (isFlagged(v)) pairingHit++;
      }
    } else gBenign.add(p.flow === 'none' ? p.lang : p.flow, v);
  }
  const negN = gShared.total.n + gBenign.total.n;
  const negFlagged = gShared.total.flagged + gBenign.total.flagged;
  const pairingRecall = pairingHit / Math.max(1, pairingN);
  const fpr = negFlagged / Math.max(1, negN);
  const brandAcc = brandRight / Math.max(1, brandAsked);
  return [
    {
      title: 'Pages (static HTML analysis)',
      rows: [
        ...rowsOf('pages-benign (shared, real)', gShared, 'FPR'),
        ...rowsOf('pages own test half: kit-like positives, by flow', gPhish, 'recall'),
        ...rowsOf('pages own test half: negatives', gBenign, 'FPR'),
        ...rowsOf('pages own dev half: positives (seen)', gDev, 'recall').slice(0, 1),
      ],
      targets: [
        { name: 'pairing-flow pages (own test half)', goal: '≥ 95%', value: `${pct(pairingRecall)} of ${pairingN}`, met: pairingRecall >= 0.95 },
        { name: 'benign pages flagged (shared + own)', goal: '≤ 1%', value: `${pct(fpr)} of ${negN}`, met: fpr <= 0.01 },
        { name: 'brand correct on flagged pages', goal: '≥ 95%', value: `${pct(brandAcc)} of ${brandAsked}`, met: brandAcc >= 0.95 },
      ],
      notes: [
        `Real benign pages flagged as a linking flow: ${sharedPairing}; as credential phishing: ${sharedCredential} (each judged at its canonical URL, else its brand's own site, else a neutral host).`,
      ],
    },
  ];
}
