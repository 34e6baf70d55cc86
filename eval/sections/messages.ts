import { join } from 'node:path';
import { analyzeMessage } from '@ghostguard/core';
import { OWN, SHARED, halves, readJsonl, type TextItem } from '../corpora.ts';
import { Grouped, pct } from '../metrics.ts';
import { rowsOf, type Row, type Section } from '../report.ts';

function run(items: readonly TextItem[], key: (i: TextItem) => string): Grouped {
  const g = new Grouped();
  for (const i of items) g.add(key(i), analyzeMessage(i.text));
  return g;
}

export function evalMessages(): Section[] {
  const luresDev = readJsonl<TextItem>(join(SHARED, 'lures-dev.jsonl'));
  // Targets are judged on the test halves, which rule authors never see (corpora.ts halves()).
  const luresSplit = halves(readJsonl<TextItem>(join(OWN, 'lures-project.jsonl')));
  const hardSplit = halves(readJsonl<TextItem>(join(OWN, 'hard-negatives-project.jsonl')));
  const luresOwn = luresSplit.test;
  const hardNeg = hardSplit.test;
  const msgs = readJsonl<TextItem>(join(SHARED, 'messages-dev.jsonl'));
  const ruKk = readJsonl<TextItem>(join(SHARED, 'messages-ru-kk-dev.jsonl'));

  const byLang = (i: TextItem) => i.lang;
  const byKind = (i: TextItem) => i.kind;
  const gLuresDev = run(luresDev, byLang);
  const gLuresOwnLang = run(luresOwn, byLang);
  const gLuresOwnKind = run(luresOwn, byKind);
  const gHardLang = run(hardNeg, byLang);
  const gHardKind = run(hardNeg, byKind);
  const chatHam = msgs.filter((m) => m.label === 'ham');
  const gChat = run(chatHam, (m) => `${m.kind}/${m.lang}`);
  const gSpam = run(msgs.filter((m) => m.label === 'scam'), byKind);
  const gRuKk = run(ruKk, (m) => `${m.kind}/${m.lang}`);

  const gLuresOwnDev = run(luresSplit.dev, byLang);
  const gHardDev = run(hardSplit.dev, byLang);
  const rows: Row[] = [
    ...rowsOf('lures-dev (shared, real)', gLuresDev, 'recall'),
    ...rowsOf('lures-project test half (own, held out)', gLuresOwnLang, 'recall'),
    ...rowsOf('lures-project test half by kind', gLuresOwnKind, 'recall').slice(1),
    ...rowsOf('lures-project dev half (seen by authors)', gLuresOwnDev, 'recall').slice(0, 1),
    ...rowsOf('hard-negatives-project test half (own)', gHardLang, 'FPR'),
    ...rowsOf('hard-negatives-project test half by kind', gHardKind, 'FPR').slice(1),
    ...rowsOf('hard-negatives-project dev half (seen)', gHardDev, 'FPR').slice(0, 1),
    ...rowsOf('messages-dev ham (SMS + chat)', gChat, 'FPR'),
    ...rowsOf('messages-ru-kk-dev (ham)', gRuKk, 'FPR'),
    ...rowsOf('messages-dev spam/smishing (not our target)', gSpam, 'detection'),
  ];

  const lureTP = gLuresDev.total.flagged + gLuresOwnLang.total.flagged;
  const lureN = gLuresDev.total.n + gLuresOwnLang.total.n;
  const ordinary = gChat.total.flagged + gRuKk.total.flagged;
  const ordinaryN = gChat.total.n + gRuKk.total.n;
  const fp = ordinary + gHardLang.total.flagged;
  const precision = lureTP / (lureTP + fp);
  const lureRecall = lureTP / lureN;
  const chatFpr = ordinary / ordinaryN;
  const kkRuEn = ['kk', 'ru', 'en'].map((l) => {
    const t = gLuresOwnLang.groups.get(l);
    return `${l} ${t ? pct(t.rate()) : '–'}`;
  });

  return [
    {
      title: 'Messages',
      rows,
      targets: [
        { name: 'lure recall (shared + own test half)', goal: '≥ 95%', value: `${pct(lureRecall)} of ${lureN}`, met: lureRecall >= 0.95 },
        { name: 'ordinary chat/SMS flagged', goal: '≤ 0.5%', value: `${pct(chatFpr, 2)} of ${ordinaryN}`, met: chatFpr <= 0.005 },
      ],
      notes: [
        `Precision over all message corpora together (lures vs. every benign set incl. hard negatives): ${pct(precision)} — depends on the mix; real chat has far fewer lures.`,
        `Own lure recall by main language: ${kkRuEn.join(', ')}.`,
        `Hard negatives (own: warnings about the scam, OTP notices, polls, photo talk) flagged: ${pct(gHardLang.total.rate())} of ${gHardLang.total.n}; not part of the ≤ 0.5% target, which is about ordinary chat.`,
        'Generic spam ("win a prize, call now") is not GhostGuard\'s target; its detection rate is shown only for context.',
      ],
    },
  ];
}
