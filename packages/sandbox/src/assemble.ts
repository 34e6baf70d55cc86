/**
 * Puts a capture's pieces together into PageEvidence (the contract in @ghostguard/core).
 */
import type { FormEvidence, InputEvidence, PageEvidence, RequestEvidence, ScriptEvidence, WebSocketEvidence } from '@ghostguard/core';
import type { EgressProxy } from './egress-proxy.ts';
import { SANDBOX_ERRORS } from './errors.ts';
import { EVIDENCE_LIMITS, buildRedirectChain, clip, hostOf, sha256Hex } from './evidence.ts';
import { DOM_LIMITS } from './page-script.ts';
import type { RawDom, RawInput } from './page-script.ts';
import type { CaptureRecorder } from './recorder.ts';

export interface AssembleInput {
  readonly requestedUrl: string;
  readonly startedAt: Date;
  readonly rec: CaptureRecorder;
  readonly proxy: Pick<EgressProxy, 'blocked' | 'limitsHit'>;
  readonly navError: unknown;
  readonly navigationMs: number;
  readonly dom: RawDom | undefined;
  readonly documentBody: Buffer | null;
  readonly finalUrl: string;
}

export function failedEvidence(url: string, startedAt: Date, code: string, message: string): PageEvidence {
  return {
    requestedUrl: clip(String(url), 2048), finalUrl: '', redirects: [], status: 0, title: '', html: '', visibleText: '',
    forms: [], inputs: [], links: [], scripts: [], requests: [], websockets: [], consoleErrors: [], dialogs: [], popups: [],
    faviconSha256: '', images: [],
    timings: { startedAt: startedAt.toISOString(), totalMs: Date.now() - startedAt.getTime(), navigationMs: 0 },
    limitsHit: [], error: { code, message },
  };
}

/** Crude visible text of raw HTML, for pages whose DOM could not be read. */
export function textFromHtml(html: string): string {
  return clip(html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim(), DOM_LIMITS.textChars);
}

function toInput(i: RawInput): InputEvidence {
  return { tag: i.tag, type: i.type, name: i.name, id: i.id, placeholder: i.placeholder, autocomplete: i.autocomplete, maxLength: i.maxLength, inputMode: i.inputMode, label: i.label, visible: i.visible, form: i.form, pattern: i.pattern, options: i.options };
}

function requestsOf(rec: CaptureRecorder, blockedHosts: ReadonlyMap<string, string>): RequestEvidence[] {
  return rec.requests.map((r) => {
    const reason = r.blocked ?? (r.status === 0 || r.status === 403 ? blockedHosts.get(hostOf(r.url)) : undefined);
    return reason ? { url: r.url, method: r.method, resourceType: r.resourceType, status: 0, blocked: reason } : { url: r.url, method: r.method, resourceType: r.resourceType, status: r.status };
  });
}

function websocketsOf(rec: CaptureRecorder, blockedHosts: ReadonlyMap<string, string>): WebSocketEvidence[] {
  return rec.websockets.map((w) => {
    const reason = w.frames.length === 0 ? blockedHosts.get(hostOf(w.url)) : undefined;
    return { url: w.url, frames: [...w.frames], socketIoEvents: [...w.events], ...(reason ? { blocked: reason } : {}) };
  });
}

function scriptsOf(dom: RawDom | undefined, hashes: ReadonlyMap<string, string>): ScriptEvidence[] {
  return (dom?.scripts ?? []).map((s) => s.inline
    ? { src: '', inline: true, sha256: sha256Hex(s.code), excerpt: clip(s.code, EVIDENCE_LIMITS.scriptExcerptChars) }
    : { src: s.src, inline: false, sha256: hashes.get(s.src) ?? '', excerpt: '' });
}

function errorOf(i: AssembleInput, lastStatus: number, blockedHosts: ReadonlyMap<string, string>): PageEvidence['error'] {
  if (lastStatus > 0 && !i.finalUrl.startsWith('chrome-error:')) return undefined;
  const navs = i.rec.navRequests.map((r) => hostOf(r.url()));
  const lastHost = navs[navs.length - 1] ?? hostOf(i.requestedUrl);
  const blocked = blockedHosts.get(lastHost);
  if (blocked) return { code: SANDBOX_ERRORS.blockedAddress, message: `refused ${lastHost}: ${blocked}` };
  if (i.rec.limitsHit.has('redirects')) return { code: SANDBOX_ERRORS.tooManyRedirects, message: 'the page kept redirecting; stopped' };
  const err = i.navError as Error | null;
  if (err?.name === 'TimeoutError') return { code: SANDBOX_ERRORS.timeout, message: 'the page did not load within the time limit' };
  const first = err?.message?.split('\n')[0] ?? 'the page did not load';
  return { code: SANDBOX_ERRORS.navigation, message: clip(first, 300) };
}

export function assembleEvidence(i: AssembleInput): PageEvidence {
  const blockedHosts = new Map(i.proxy.blocked.map((b) => [b.host.toLowerCase(), b.reason] as const));
  // The proxy answers a refused plain-HTTP request with 403; that is no response from the site.
  const navs = i.rec.navRecords().map((n) => (blockedHosts.has(hostOf(n.url)) && (n.status === 403 || n.status === 0) ? { ...n, status: 0 } : n));
  const lastNav = navs[navs.length - 1];
  const lastStatus = lastNav?.status ?? 0;
  const error = errorOf(i, lastStatus, blockedHosts);
  // On a failed last navigation the DOM is Chromium's error page: keep the last real document.
  const dom = i.finalUrl.startsWith('chrome-error:') ? undefined : i.dom;
  const html = dom?.html ?? clip(i.documentBody?.toString('utf8') ?? '', DOM_LIMITS.htmlChars);
  const inputs = (dom?.inputs ?? []);
  const forms: FormEvidence[] = (dom?.forms ?? []).map((f, idx) => ({ action: f.action, method: f.method || 'get', inputs: inputs.filter((x) => x.form === idx).map(toInput) }));
  const finalUrl = /^https?:/.test(i.finalUrl) ? i.finalUrl : lastNav?.url ?? i.requestedUrl;
  return {
    requestedUrl: clip(i.requestedUrl, 2048),
    finalUrl: clip(finalUrl, 2048),
    redirects: buildRedirectChain(navs, i.rec.navReasons),
    status: lastStatus,
    title: dom?.title ?? (/<title[^>]*>([^<]{0,500})/i.exec(html)?.[1]?.trim() ?? ''),
    html,
    visibleText: dom?.text ?? textFromHtml(html),
    forms,
    inputs: inputs.map(toInput),
    links: dom?.links ?? [],
    scripts: scriptsOf(dom, i.rec.hashes),
    requests: requestsOf(i.rec, blockedHosts),
    websockets: websocketsOf(i.rec, blockedHosts),
    consoleErrors: [...i.rec.consoleErrors],
    dialogs: [...i.rec.dialogs],
    popups: i.rec.popups.map((p) => clip(p.firstUrl || (p.page.isClosed() ? '' : p.page.url()), 2048)),
    faviconSha256: dom?.faviconUrl ? i.rec.hashes.get(dom.faviconUrl) ?? '' : '',
    images: dom?.images ?? [],
    timings: { startedAt: i.startedAt.toISOString(), totalMs: Date.now() - i.startedAt.getTime(), navigationMs: i.navigationMs },
    limitsHit: [...new Set([...i.rec.limitsHit, ...i.proxy.limitsHit])],
    ...(error ? { error } : {}),
  };
}
