/**
 * A self-contained HTML report: inline CSS only, no script, no external resource of any kind
 * (no images, fonts or links that load), printable. Texts in kk/ru/en: verdict reasons and
 * advice from the core's renderers, the rest from report/strings.ts. Every value is escaped.
 */
import { RULESET_VERSION, renderAdvice, type AdviceId } from '@ghostguard/core';
import type { FlaggedMessage, ScanReport, TakeoverSignal } from '../types.ts';
import { reportText, signalText } from './strings.ts';

/** Flagged messages shown in the HTML (the JSON has them all). */
const MAX_ROWS = 2000;
const MAX_TEXT = 600;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.8rem 0 .6rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.sub{color:#555;margin:0 0 1rem}.big{font-size:1.15rem;font-weight:600}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}.counts span{border:1px solid #ccc;border-radius:.4rem;padding:.2rem .6rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}td.msg{white-space:pre-wrap;word-break:break-word;max-width:28rem}
.lv{font-weight:700;border-radius:.3rem;padding:0 .35rem;white-space:nowrap}
.dangerous{background:#fde0df;color:#8a0b06}.suspicious{background:#fff0d1;color:#7a4b00}.unknown{background:#eee;color:#333}.safe{background:#e3f4e1;color:#1d5c16}
.sig{border-left:4px solid #b00;background:#fff6f5;padding:.5rem .8rem;margin:.5rem 0}.sig.low{border-color:#999;background:#f7f7f7}.sig.medium{border-color:#d98200;background:#fffaf0}
ul{margin:.2rem 0 .2rem 1.2rem;padding:0}.muted{color:#666;font-size:.9rem}.tag{font-size:.8rem;border:1px solid #b00;color:#b00;border-radius:.3rem;padding:0 .3rem}
code{font:13px ui-monospace,monospace;word-break:break-all}
@media print{body{font-size:11pt}main{max-width:none;padding:0}h2{break-after:avoid}tr,.sig{break-inside:avoid}}
`;

type T = (id: string, params?: Readonly<Record<string, string | number>>) => string;

function levelTag(t: T, level: string): string {
  return `<span class="lv ${escapeHtml(level)}">${escapeHtml(t(`level.${level}`))}</span>`;
}

function flaggedTable(t: T, r: ScanReport): string {
  if (r.flagged.length === 0) return `<p>${escapeHtml(t('verdictNone'))}</p>`;
  const multiChat = r.chats.length > 1;
  const rows = r.flagged.slice(0, MAX_ROWS).map((m) => flaggedRow(t, m, multiChat));
  const more = r.flagged.length - MAX_ROWS + r.flaggedDropped;
  return `<table><thead><tr><th>${escapeHtml(t('time'))}</th>${multiChat ? `<th>${escapeHtml(t('chat'))}</th>` : ''}<th>${escapeHtml(t('sender'))}</th><th>${escapeHtml(t('message'))}</th><th>${escapeHtml(t('reasons'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more > 0 ? `<p class="muted">${escapeHtml(t('more', { n: more }))}</p>` : ''}`;
}

function flaggedRow(t: T, m: FlaggedMessage, multiChat: boolean): string {
  const text = m.text.length > MAX_TEXT ? `${m.text.slice(0, MAX_TEXT)}…` : m.text;
  const reasons = [...new Set(m.findings.map((f) => f.reason))].slice(0, 5);
  return `<tr><td>${escapeHtml(m.time.replace('T', ' '))}</td>${multiChat ? `<td>${escapeHtml(m.chat)}</td>` : ''}<td>${escapeHtml(m.sender)}</td><td class="msg">${levelTag(t, m.level)}${m.codeRequest ? ` <span class="tag">${escapeHtml(t('codeRequest'))}</span>` : ''}\n${escapeHtml(text)}</td><td><ul>${reasons.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul></td></tr>`;
}

function signalBlock(t: T, lang: string, s: TakeoverSignal): string {
  return `<div class="sig ${s.confidence}"><div class="big">${escapeHtml(s.sender)}</div><p>${escapeHtml(signalText(lang, s))}</p><p class="muted">${escapeHtml(t('confidence'))}: <b>${escapeHtml(t(`confidence.${s.confidence}`))}</b></p><p>${escapeHtml(t('signal.advice', { sender: s.sender }))}</p></div>`;
}

function adviceBlock(lang: string, r: ScanReport): string {
  const ids = new Set<AdviceId>();
  for (const m of r.flagged) for (const a of m.verdict.advice) ids.add(a);
  return [...ids]
    .slice(0, 8)
    .map((id) => {
      const a = renderAdvice(id, lang);
      return `<h3>${escapeHtml(a.title)}</h3>${a.steps.length > 0 ? `<ul>${a.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : ''}`;
    })
    .join('');
}

function perChat(t: T, r: ScanReport): string {
  const rows = r.chats.slice(0, 500).map(
    (c) => `<tr><td>${escapeHtml(c.chat || '—')}</td><td>${c.messages}</td><td>${c.levels.dangerous}</td><td>${c.levels.suspicious}</td><td>${c.codeRequests}</td><td>${escapeHtml(`${c.first.replace('T', ' ')} – ${c.last.replace('T', ' ')}`)}</td></tr>`,
  );
  return `<table><thead><tr><th>${escapeHtml(t('chat'))}</th><th>${escapeHtml(t('messages'))}</th><th>${escapeHtml(t('level.dangerous'))}</th><th>${escapeHtml(t('level.suspicious'))}</th><th>${escapeHtml(t('codeRequests'))}</th><th>${escapeHtml(t('time'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function perSender(t: T, r: ScanReport): string {
  const shown = r.senders.filter((s) => s.levels.dangerous + s.levels.suspicious > 0).slice(0, 200);
  if (shown.length === 0) return '';
  const rows = shown.map((s) => `<tr><td>${escapeHtml(s.sender)}</td><td>${s.messages}</td><td>${s.levels.dangerous}</td><td>${s.levels.suspicious}</td><td>${s.chats}</td></tr>`);
  return `<h2>${escapeHtml(t('perSender'))}</h2><table><thead><tr><th>${escapeHtml(t('sender'))}</th><th>${escapeHtml(t('messages'))}</th><th>${escapeHtml(t('level.dangerous'))}</th><th>${escapeHtml(t('level.suspicious'))}</th><th>${escapeHtml(t('chat'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function issuesBlock(t: T, r: ScanReport): string {
  if (r.issues.length === 0) return `<p>${escapeHtml(t('issuesNone'))}</p>`;
  const items = r.issues.slice(0, 200).map((i) => `<li>${i.line > 0 ? `${escapeHtml(t('line'))} ${i.line}: ` : ''}${escapeHtml(i.reason)}${i.excerpt ? ` — <code>${escapeHtml(i.excerpt)}</code>` : ''}</li>`);
  const more = r.issues.length - 200 + r.issuesDropped;
  return `<ul>${items.join('')}</ul>${more > 0 ? `<p class="muted">${escapeHtml(t('more', { n: more }))}</p>` : ''}`;
}

export function renderHtmlReport(r: ScanReport, lang = r.lang): string {
  const t: T = (id, params) => reportText(lang, id, params);
  const l = r.totals.levels;
  const verdict = l.dangerous + l.suspicious === 0 ? t('verdictNone') : t('verdictSome', { dangerous: l.dangerous, suspicious: l.suspicious });
  const codes = r.flagged.filter((m) => m.codeRequest).length;
  const indicators = r.indicators.domains.length === 0 ? '' : `<h2>${escapeHtml(t('links'))}</h2><ul>${r.indicators.domains.slice(0, 500).map((d) => `<li><code>${escapeHtml(d)}</code></li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(t('title'))}</title><style>${CSS}</style></head>
<body><main>
<h1>${escapeHtml(t('title'))}</h1><p class="sub">${escapeHtml(t('subtitle'))} ${escapeHtml(t('privacy'))}</p>
<p class="big">${escapeHtml(verdict)}</p>
<div class="counts"><span>${escapeHtml(t('format'))}: ${escapeHtml(t(`format.${r.format}`))}</span><span>${r.totals.messages} ${escapeHtml(t('messages'))}</span><span>${r.totals.text} ${escapeHtml(t('textMessages'))}</span><span>${r.totals.media} ${escapeHtml(t('media'))}</span>${levelTag(t, 'dangerous')} ${l.dangerous} ${levelTag(t, 'suspicious')} ${l.suspicious}<span>${escapeHtml(t('codeRequests'))}: ${codes}</span></div>
<h2>${escapeHtml(t('signals'))}</h2>${r.signals.length === 0 ? `<p>${escapeHtml(t('signalsNone'))}</p>` : r.signals.map((s) => signalBlock(t, lang, s)).join('')}
<h2>${escapeHtml(t('flagged'))}</h2>${flaggedTable(t, r)}
${indicators}
${r.flagged.length > 0 ? `<h2>${escapeHtml(t('whatToDo'))}</h2>${adviceBlock(lang, r)}` : ''}
<h2>${escapeHtml(t('perChat'))}</h2>${perChat(t, r)}
${perSender(t, r)}
<h2>${escapeHtml(t('issues'))}</h2>${issuesBlock(t, r)}
<p class="muted">${escapeHtml(t('generatedBy', { version: RULESET_VERSION }))}</p>
</main></body></html>
`;
}
