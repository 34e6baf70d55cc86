/**
 * `ghostguard scan <url>`: visit a link in the sandbox (isolated Chromium), judge the page and
 * the link together, and print the verdict, its reasons and a summary of the evidence.
 */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyzePageEvidence, analyzeUrl, buildVerdict, renderVerdict, type Finding, type PageEvidence, type Verdict } from '@ghostguard/core';
import { CliError, EXIT, exitForLevel } from '../exit-codes.ts';
import { formatVerdict, SECTION_LABELS } from '../render-text.ts';
import { resolveLang } from '../lang.ts';
import { verdictJson } from './check.ts';

export interface ScanOptions {
  readonly screenshot?: string;
  readonly json?: boolean;
  readonly allowLoopback?: boolean;
  readonly lang?: string;
  readonly timeout?: string;
}

/** The sandbox refuses longer URLs too (pool.ts); real kit links are well under 500 characters. */
const MAX_URL_CHARS = 8192;
/** A visit longer than this is a hung page, not patience (the sandbox default is 20 s). */
const MAX_TIMEOUT_S = 300;

const clipped = (s: string, n = 200): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s);

/**
 * The link to visit, or a usage error that says what is wrong. A bare host ("fb-photo.top/view",
 * as people paste from chats) gets http://: kits that have TLS redirect to it themselves.
 */
export function scanTarget(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  if (s === '') throw new CliError('nothing to scan: give a link, e.g. ghostguard scan "https://example.com/page"', EXIT.usage);
  if (s.length > MAX_URL_CHARS) throw new CliError(`the link is too long (${s.length} characters; at most ${MAX_URL_CHARS})`, EXIT.usage);
  if (/[\s\u0000-\u001f\u007f]/.test(s)) throw new CliError(`not a link (it contains spaces or control characters): ${JSON.stringify(clipped(s, 80))}`, EXIT.usage);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase();
  const hostLike = /^[^/?#:@]+\.[^/?#:@.]+(?::\d+)?(?:[/?#]|$)/.test(s) || /^\[[0-9a-f:.]+\](?::\d+)?(?:[/?#]|$)/i.test(s);
  if (scheme !== undefined && !(scheme === 'http' || scheme === 'https') && !hostLike) {
    throw new CliError(`only http:// and https:// links can be scanned, not ${scheme}: links`, EXIT.usage);
  }
  const candidate = scheme === 'http' || scheme === 'https' ? s : hostLike ? `http://${s}` : '';
  let url: URL | undefined;
  try { url = candidate ? new URL(candidate) : undefined; } catch { url = undefined; }
  if (!url || url.hostname === '') throw new CliError(`not a link: ${JSON.stringify(clipped(s, 80))}; give a web address such as https://example.com/page`, EXIT.usage);
  return url.href;
}

/** WHATWG URL hosts are canonical (0x7f.1 → 127.0.0.1, [0:0::1] → [::1]), so a textual test is exact. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '[::1]' || /^\[::ffff:(?:127\.|7f[0-9a-f]{2}:)/.test(h);
}

function hostOf(url: string): string | null {
  try { return new URL(url).host; } catch { return null; }
}

/** Link verdicts worth combining: loopback hosts are test set-ups, judged by their page alone. */
function linkVerdict(url: string): Verdict | null {
  let host: string;
  try { host = new URL(url).hostname; } catch { return null; }
  return isLoopbackHost(host) ? null : analyzeUrl(url);
}

/** Same rule from two links (requested and final): keep the stronger one, do not count it twice. */
function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const f of findings) {
    const prev = byRule.get(f.rule);
    if (!prev || f.weight > prev.weight) byRule.set(f.rule, f);
  }
  return [...byRule.values()];
}

const flagged = (v: Verdict | null): boolean => v !== null && (v.level === 'dangerous' || v.level === 'suspicious');

/**
 * The page verdict, the final link's verdict and, when the visit was redirected to another host,
 * the entry link's verdict, combined. The page usually decides:
 * - on an official brand domain (final link forced safe), the page analyzer has already applied
 *   the official-domain rule with the same strength bar, so its level stands; the link's weak
 *   findings are not added, and a strong page finding (a pairing socket) is never hidden;
 * - an entry link that is itself suspicious (a lookalike that bounces to the real site, the usual
 *   cloak for desktop visitors) keeps its findings and blocks the official-domain "safe";
 * - loopback hosts (tests with --allow-loopback) are judged by the page alone: "bare IP address"
 *   and "unusual port" describe the test set-up, not the page.
 */
export function combineScan(evidence: PageEvidence): Verdict {
  const page = analyzePageEvidence(evidence);
  const finalUrl = evidence.finalUrl || evidence.requestedUrl;
  const final = linkVerdict(finalUrl);
  const entry = hostOf(evidence.requestedUrl) !== hostOf(finalUrl) ? linkVerdict(evidence.requestedUrl) : null;
  const official = final !== null && final.level === 'safe';
  const links = [...(official ? [] : final ? [final] : []), ...(flagged(entry) && entry ? [entry] : [])];
  const findings = [...page.findings, ...dedupeFindings(links.flatMap((l) => l.findings))];
  const linksSafe = links.every((l) => l.level === 'safe');
  return buildVerdict({
    kind: 'page',
    findings,
    quietLevel: page.level === 'safe' && linksSafe ? 'safe' : 'unknown',
    indicators: {
      urls: [...new Set([...page.indicators.urls, ...links.flatMap((l) => l.indicators.urls)])],
      domains: [...new Set([...page.indicators.domains, ...links.flatMap((l) => l.indicators.domains)])],
      phones: page.indicators.phones,
      codes: page.indicators.codes,
    },
    ...(page.language ? { language: page.language } : {}),
    ...(official && page.level === 'safe' && !flagged(entry) ? { forceLevel: 'safe' as const } : {}),
  });
}

/** Labels of the evidence summary; the verdict itself is rendered by the core in the same language. */
interface SummaryLabels {
  evidence: string; requested: string; final: string; title: string; none: string; chain: (hops: number) => string;
  via: Record<string, string>; noAnswer: string; requests: (n: number, blocked: number) => string; blocked: string;
  websockets: string; events: string; frames: string; forms: (forms: number, fields: number) => string; form: string;
  thisPage: string; noFields: string; oneTimeCode: string; hidden: string; outside: string;
  dialogs: (d: number, p: number) => string; limits: string; time: string; ms: string; screenshot: string; noScreenshot: string; problem: string;
}

const LABELS: Record<string, SummaryLabels> = {
  en: {
    evidence: 'Evidence', requested: 'Requested', final: 'Final URL', title: 'Title', none: '(none)',
    chain: (n) => `Redirect chain (${n} ${n === 1 ? 'hop' : 'hops'})`,
    via: { http: 'by HTTP redirect', 'meta-refresh': 'by meta refresh', javascript: 'by JavaScript' }, noAnswer: 'no answer',
    requests: (n, b) => `Requests: ${n}, blocked by the sandbox: ${b}`, blocked: 'blocked',
    websockets: 'WebSockets', events: 'events', frames: 'frames', forms: (f, i) => `Forms: ${f}, input fields: ${i}`, form: 'form',
    thisPage: '(this page)', noFields: 'no fields', oneTimeCode: 'one-time code', hidden: 'hidden', outside: 'fields outside forms',
    dialogs: (d, p) => `Dialogs: ${d}, pop-ups: ${p}`, limits: 'Limits hit', time: 'Capture time', ms: 'ms',
    screenshot: 'Screenshot', noScreenshot: 'not taken (the page could not be rendered)', problem: 'Capture problem',
  },
  ru: {
    evidence: 'Что увидела песочница', requested: 'Запрошенный адрес', final: 'Итоговый адрес', title: 'Заголовок', none: '(нет)',
    chain: (n) => `Цепочка переадресаций (переходов: ${n})`,
    via: { http: 'HTTP-переадресация', 'meta-refresh': 'meta refresh', javascript: 'JavaScript' }, noAnswer: 'нет ответа',
    requests: (n, b) => `Запросы: ${n}, заблокировано песочницей: ${b}`, blocked: 'заблокирован',
    websockets: 'WebSocket-соединения', events: 'события', frames: 'кадров', forms: (f, i) => `Формы: ${f}, полей ввода: ${i}`, form: 'форма',
    thisPage: '(эта страница)', noFields: 'нет полей', oneTimeCode: 'одноразовый код', hidden: 'скрыто', outside: 'поля вне форм',
    dialogs: (d, p) => `Диалоги: ${d}, всплывающие окна: ${p}`, limits: 'Сработали ограничения', time: 'Время проверки', ms: 'мс',
    screenshot: 'Снимок экрана', noScreenshot: 'не сделан (страницу не удалось отрисовать)', problem: 'Проблема при проверке',
  },
  kk: {
    evidence: 'Оқшау ортада не көрінді', requested: 'Сұралған мекенжай', final: 'Соңғы мекенжай', title: 'Тақырып', none: '(жоқ)',
    chain: (n) => `Қайта бағыттау тізбегі (өту саны: ${n})`,
    via: { http: 'HTTP қайта бағыттау', 'meta-refresh': 'meta refresh', javascript: 'JavaScript' }, noAnswer: 'жауап жоқ',
    requests: (n, b) => `Сұраулар: ${n}, оқшау орта бұғаттады: ${b}`, blocked: 'бұғатталды',
    websockets: 'WebSocket қосылымдары', events: 'оқиғалар', frames: 'кадр', forms: (f, i) => `Формалар: ${f}, енгізу өрістері: ${i}`, form: 'форма',
    thisPage: '(осы бет)', noFields: 'өріс жоқ', oneTimeCode: 'бір реттік код', hidden: 'жасырын', outside: 'формадан тыс өрістер',
    dialogs: (d, p) => `Диалогтар: ${d}, қалқымалы терезелер: ${p}`, limits: 'Шектеулер іске қосылды', time: 'Тексеру уақыты', ms: 'мс',
    screenshot: 'Скриншот', noScreenshot: 'түсірілмеді (бетті көрсету мүмкін болмады)', problem: 'Тексеру кезіндегі мәселе',
  },
};

export function summaryLabels(lang: string): SummaryLabels {
  return LABELS[lang] ?? (LABELS['en'] as SummaryLabels);
}

function formSummary(e: PageEvidence, L: SummaryLabels): string[] {
  const lines: string[] = [];
  const describe = (inputs: PageEvidence['inputs']): string => inputs
    .filter((i) => i.type !== 'hidden' && i.type !== 'submit' && i.type !== 'button')
    .map((i) => `${i.type}${i.autocomplete === 'one-time-code' ? ` (${L.oneTimeCode})` : ''}${i.maxLength !== null && i.maxLength < 20 ? ` max ${i.maxLength}` : ''}${i.visible ? '' : ` ${L.hidden}`}`)
    .join(', ') || L.noFields;
  e.forms.slice(0, 5).forEach((f, n) => lines.push(`  ${L.form} ${n + 1}: ${f.method.toUpperCase()} ${f.action ? clipped(f.action, 100) : L.thisPage} — ${describe(f.inputs)}`));
  const loose = e.inputs.filter((i) => i.form === undefined || i.form < 0);
  if (loose.length) lines.push(`  ${L.outside}: ${describe(loose)}`);
  return lines;
}

function networkSummary(e: PageEvidence, L: SummaryLabels): string[] {
  const blocked = e.requests.filter((r) => r.blocked);
  const lines = [L.requests(e.requests.length, blocked.length)];
  const reasons = new Map<string, string>();
  for (const r of blocked) {
    const host = hostOf(r.url) ?? r.url;
    if (!reasons.has(host) && reasons.size < 8) reasons.set(host, r.blocked ?? '');
  }
  for (const [host, why] of reasons) lines.push(`  ${L.blocked} ${host} (${why})`);
  lines.push(`${L.websockets}: ${e.websockets.length}`);
  for (const ws of e.websockets.slice(0, 5)) {
    const what = ws.blocked ? `${L.blocked} (${ws.blocked})` : ws.socketIoEvents.length ? `${L.events}: ${ws.socketIoEvents.slice(0, 12).join(', ')}` : `${ws.frames.length} ${L.frames}`;
    lines.push(`  ${clipped(ws.url, 120)} — ${what}`);
  }
  return lines;
}

/** What the sandbox saw, in a few lines: where the link went, what the page asks for, what it did. */
export function evidenceSummary(e: PageEvidence, lang = 'en', redact: (s: string) => string = (s) => s): string[] {
  const L = summaryLabels(lang);
  const lines = [`${L.evidence}:`, `${L.requested}: ${clipped(e.requestedUrl, 300)}`, `${L.final}: ${clipped(e.finalUrl, 300)} (HTTP ${e.status || '—'})`];
  lines.push(`${L.title}: ${e.title ? redact(clipped(e.title, 120)) : L.none}`);
  if (e.redirects.length > 1) {
    lines.push(`${L.chain(e.redirects.length - 1)}:`);
    e.redirects.slice(0, 12).forEach((h, n) => {
      const via = h.kind === 'initial' ? '' : ` (${L.via[h.kind] ?? h.kind})`;
      lines.push(`  ${n + 1}. ${clipped(h.url, 150)}${via} → ${h.status ? `HTTP ${h.status}` : L.noAnswer}`);
    });
  }
  lines.push(...networkSummary(e, L));
  lines.push(L.forms(e.forms.length, e.inputs.length), ...formSummary(e, L));
  if (e.dialogs.length || e.popups.length) lines.push(L.dialogs(e.dialogs.length, e.popups.length));
  if (e.limitsHit.length) lines.push(`${L.limits}: ${e.limitsHit.join(', ')}`);
  lines.push(`${L.time}: ${e.timings.totalMs} ${L.ms}`);
  return lines;
}

const REFUSAL_HELP: Record<string, string> = {
  GG_ERR_SANDBOX_BLOCKED_ADDRESS: 'GhostGuard never opens private, loopback, link-local or cloud-metadata addresses: they lead into this machine or its network, not to a public website.',
  GG_ERR_SANDBOX_INVALID_URL: 'give a web address such as https://example.com/page',
  GG_ERR_SANDBOX_DNS: 'the site does not exist (any more) or this machine has no DNS.',
};

/** A capture that produced no page: one clear line and an exit code scripts can branch on. */
function captureFailure(url: string, err: { code: string; message: string }): CliError {
  const loopback = /\bloopback\b/.test(err.message) ? ' For a local test site, add --allow-loopback.' : '';
  const help = REFUSAL_HELP[err.code] ? ` ${REFUSAL_HELP[err.code]}` : '';
  const exit = err.code === 'GG_ERR_SANDBOX_UNAVAILABLE' || err.code === 'GG_ERR_SANDBOX_BROWSER' ? EXIT.unavailable : EXIT.dataError;
  return new CliError(`could not scan ${clipped(url)}: ${err.message} [${err.code}].${help}${loopback}`, exit);
}

function timeoutMsOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0 || s > MAX_TIMEOUT_S) throw new CliError(`--timeout must be a number of seconds from 1 to ${MAX_TIMEOUT_S}, not "${clipped(raw, 40)}"`, EXIT.usage);
  return Math.round(s * 1000);
}

const PHONE_IN_URL = /(?:\+|%2B)?\d(?:[-.()]|%20)?(?:\d(?:[-.()]|%20)?){7,13}\d/g;

/** Privacy rule: numbers and codes are masked in everything exported. URLs keep their host. */
async function redactor(): Promise<(v: unknown) => unknown> {
  const { redactText } = await import('@ghostguard/chat');
  const url = (s: string): string => {
    const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/is.exec(s);
    return m ? (m[1] ?? '') + (m[2] ?? '').replace(PHONE_IN_URL, (d) => d.replace(/\d(?=\d{2})/g, '*')) : redactText(s);
  };
  const skip = new Set(['sha256', 'faviconSha256', 'startedAt']);
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? url(v) : redactText(v);
    if (depth > 12 || v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, skip.has(k) ? x : walk(x, depth + 1)]));
  };
  return (v) => walk(v, 0);
}

/** Fails before the (slow) capture when the screenshot cannot be written where asked. */
function checkScreenshotPath(file: string): void {
  if (file.trim() === '') throw new CliError('--screenshot needs a file name, e.g. --screenshot page.png', EXIT.usage);
  const dir = dirname(resolve(file));
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new CliError(`cannot write the screenshot to ${JSON.stringify(clipped(file, 120))}: ${dir} is not a writable directory (${(err as Error).message.split(',')[0]})`, EXIT.usage);
  }
}

export async function runScan(rawUrl: string, opts: ScanOptions, out: (s: string) => void): Promise<number> {
  const url = scanTarget(rawUrl);
  const timeoutMs = timeoutMsOf(opts.timeout);
  const lang = resolveLang(opts.lang, undefined);
  if (opts.screenshot !== undefined) checkScreenshotPath(opts.screenshot);
  const { createSandboxPool } = await import('@ghostguard/sandbox');
  const pool = createSandboxPool({ concurrency: 1 });
  try {
    const res = await pool.capture(url, {
      allowLoopback: opts.allowLoopback === true,
      screenshot: opts.screenshot !== undefined,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    const e = res.evidence;
    if (e.error && e.finalUrl === '') throw captureFailure(url, e.error);
    let shot: string | null = null;
    if (opts.screenshot && res.screenshot) {
      try {
        writeFileSync(opts.screenshot, res.screenshot);
      } catch (err) {
        throw new CliError(`cannot write the screenshot to ${JSON.stringify(clipped(opts.screenshot, 120))}: ${(err as Error).message}`, EXIT.dataError);
      }
      shot = opts.screenshot;
    }
    const v = combineScan(e);
    if (opts.json) {
      const redact = await redactor();
      const evidence = { ...e, html: `(${e.html.length} characters of HTML, not exported)` };
      out(JSON.stringify({ verdict: verdictJson(v, lang), evidence: redact(evidence), screenshot: shot }, null, 2));
    } else {
      const redact = await redactor();
      const r = renderVerdict(v, lang);
      out(formatVerdict(v, r, { colour: process.stdout.isTTY === true, labels: SECTION_LABELS[lang] ?? SECTION_LABELS['en']! }));
      const L = summaryLabels(lang);
      if (e.error) out(`\n${L.problem}: ${e.error.message} [${e.error.code}]`);
      out('\n' + evidenceSummary(e, lang, (s) => String(redact(s))).join('\n'));
      if (shot) out(`${L.screenshot}: ${shot}`);
      else if (opts.screenshot) out(`${L.screenshot}: ${L.noScreenshot}`);
    }
    // "No signs" about a page that never loaded is no answer: scripts get the input-error code.
    if (e.error && v.level !== 'dangerous' && v.level !== 'suspicious') return EXIT.dataError;
    return exitForLevel(v.level);
  } finally {
    await pool.close();
  }
}
