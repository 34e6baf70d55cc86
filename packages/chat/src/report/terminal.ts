/**
 * The terminal summary: what a person needs at a glance, in their language. Plain text (the CLI
 * adds no colour so it reads the same in logs).
 */
import type { ScanReport } from '../types.ts';
import { reportText, signalText } from './strings.ts';

const MAX_LINES = 20;

export function renderTerminalSummary(r: ScanReport, lang = r.lang): string {
  const t = (id: string, p?: Readonly<Record<string, string | number>>) => reportText(lang, id, p);
  const l = r.totals.levels;
  const out: string[] = [];
  out.push(`${t('title')}: ${t(`format.${r.format}`)}, ${r.totals.messages} ${t('messages')} (${r.totals.text} ${t('textMessages')}, ${r.chats.length} ${t('chat').toLowerCase()})`);
  out.push(l.dangerous + l.suspicious === 0 ? t('verdictNone') : t('verdictSome', { dangerous: l.dangerous, suspicious: l.suspicious }));
  if (r.flagged.length > 0) {
    out.push('', `${t('flagged')}:`);
    for (const m of r.flagged.slice(0, MAX_LINES)) {
      const text = m.text.replace(/\s+/g, ' ');
      out.push(`  [${t(`level.${m.level}`)}] ${m.time.replace('T', ' ')} ${m.sender}${r.chats.length > 1 ? ` (${m.chat})` : ''}: ${text.length > 90 ? `${text.slice(0, 90)}…` : text}`);
      const reasons = [...new Set(m.findings.map((f) => f.reason))].slice(0, 2);
      for (const reason of reasons) out.push(`      - ${reason}`);
    }
    const more = r.flagged.length - MAX_LINES + r.flaggedDropped;
    if (more > 0) out.push(`  ${t('more', { n: more })}`);
  }
  if (r.signals.length > 0) {
    out.push('', `${t('signals')}:`);
    for (const s of r.signals.slice(0, MAX_LINES)) {
      out.push(`  ${s.sender} — ${signalText(lang, s)} (${t('confidence')}: ${t(`confidence.${s.confidence}`)})`);
    }
  }
  if (r.indicators.domains.length > 0) out.push('', `${t('links')}: ${r.indicators.domains.slice(0, 10).join(', ')}${r.indicators.domains.length > 10 ? ' …' : ''}`);
  if (r.issues.length > 0) {
    out.push('', `${t('issues')}:`);
    for (const i of r.issues.slice(0, 10)) out.push(`  ${i.line > 0 ? `${t('line')} ${i.line}: ` : ''}${i.reason}`);
    const more = r.issues.length - 10 + r.issuesDropped;
    if (more > 0) out.push(`  ${t('more', { n: more })}`);
  }
  return out.join('\n');
}
