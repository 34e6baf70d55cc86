/**
 * One capture: a fresh browser context behind its own egress proxy, a realistic mobile visit,
 * a bounded wait for scripts and sockets, a read of the DOM, a screenshot, and the context gone.
 * Never throws for anything a page does; failures become `evidence.error`.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { PageEvidence } from '@ghostguard/core';
import { checkUrl } from './address-guard.ts';
import type { GuardOptions } from './address-guard.ts';
import { deviceProfile, userAgentMetadata } from './devices.ts';
import { startEgressProxy } from './egress-proxy.ts';
import { guardOptionsFor } from './test-host-map.ts';
import type { EgressProxy } from './egress-proxy.ts';
import { SANDBOX_ERRORS } from './errors.ts';
import { assembleEvidence, failedEvidence } from './assemble.ts';
import { DOM_SCRIPT } from './page-script.ts';
import type { RawDom } from './page-script.ts';
import { CaptureRecorder } from './recorder.ts';
import type { CaptureLimits, CaptureOptions, CaptureResult } from './types.ts';

export interface CaptureOutcome {
  readonly result: CaptureResult;
  /** The context would not close: the pool should kill and restart the browser. */
  readonly browserSuspect: boolean;
}

/** Resolves to undefined when `p` does not settle in time (or rejects). */
export async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), Math.max(0, ms)); });
  try {
    return await Promise.race([p.catch(() => undefined), t]);
  } finally {
    clearTimeout(timer);
  }
}

const BLOCK_CODES: Record<string, string> = { 'invalid-host': SANDBOX_ERRORS.invalidUrl, 'dns-failure': SANDBOX_ERRORS.dns };

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly rec: CaptureRecorder;
}

async function openSession(browser: Browser, proxy: EgressProxy, opts: CaptureOptions, limits: CaptureLimits): Promise<Session> {
  const profile = deviceProfile(opts.device ?? 'android', browser.version());
  const locale = opts.locale ?? 'ru-KZ';
  const context = await browser.newContext({
    ...profile.context,
    locale,
    timezoneId: opts.timezone ?? 'Asia/Almaty',
    proxy: { server: proxy.url },
    serviceWorkers: 'block',
    acceptDownloads: false,
    ignoreHTTPSErrors: false,
  });
  let stop = (): void => undefined;
  const rec = new CaptureRecorder(limits, () => stop());
  rec.attach(context);
  const page = await context.newPage();
  rec.setMainPage(page);
  const cdp = await context.newCDPSession(page);
  stop = () => {
    // Too many navigations: freeze the page where it is and let the capture read it.
    void cdp.send('Page.stopLoading').catch(() => undefined);
    void cdp.send('Emulation.setScriptExecutionDisabled', { value: true }).catch(() => undefined);
  };
  let mainFrameId = '';
  cdp.on('Page.frameRequestedNavigation', (e) => { if (e.frameId === mainFrameId) rec.navReasons.set(e.url, e.reason); });
  // Independent round trips to the renderer, all before the first navigation: send them together.
  const [tree] = await Promise.all([
    cdp.send('Page.getFrameTree'),
    cdp.send('Page.enable'),
    cdp.send('Emulation.setUserAgentOverride', {
      userAgent: String(profile.context.userAgent),
      acceptLanguage: `${locale},${locale.split('-')[0] ?? 'ru'};q=0.9,en;q=0.8`,
      platform: profile.mobile ? 'Linux armv81' : 'Win32',
      userAgentMetadata: userAgentMetadata(profile, browser.version()) as never,
    }),
  ]);
  mainFrameId = tree.frameTree.frame.id;
  return { context, page, cdp, rec };
}

/**
 * Quiet time that ends the settling. 600 ms (Playwright's networkidle uses 500) while a request
 * is unanswered or a WebSocket is open: kits fetch an IP-geolocation or wait for a code frame.
 * With nothing pending, only a timer can still act; 300 ms covers the short "Loading…" timers
 * of client-side redirects (the fixtures use 150 ms) and halves the wait on finished pages,
 * which on loopback was ~40% of a capture (bench/cases/sandbox.ts). Timers longer than the
 * window were never waited for (they would need virtual time); the limit just moved from 600 ms.
 */
const QUIET_BUSY_MS = 600;
const QUIET_IDLE_MS = 300;

/** Waits until the network and sockets have been quiet long enough, at most settleMs. */
async function settle(s: Session, settleMs: number, left: () => number): Promise<void> {
  const until = Date.now() + Math.min(settleMs, left());
  await within(s.page.waitForLoadState('load'), Math.max(0, until - Date.now()));
  while (Date.now() < until) {
    const quiet = Date.now() - s.rec.lastActivity;
    const need = s.rec.busy ? QUIET_BUSY_MS : QUIET_IDLE_MS;
    if (quiet > need && s.rec.navRequests.length > 0) break;
    await new Promise((r) => setTimeout(r, Math.min(100, Math.max(20, need - quiet + 5))));
  }
}

/**
 * Reads the DOM. A page stuck in a loop (anti-analysis CPU burners) blocks the renderer's main
 * thread; Runtime.terminateExecution interrupts it from outside, and disabling script keeps the
 * next script from starting another loop. Up to three rounds, then we give up on the DOM.
 */
async function readDom(s: Session, left: () => number): Promise<RawDom | undefined> {
  const first = await within(s.page.evaluate(DOM_SCRIPT) as Promise<RawDom>, Math.min(1500, left()));
  if (first) return first;
  s.rec.limitsHit.add('script-time');
  void s.cdp.send('Emulation.setScriptExecutionDisabled', { value: true }).catch(() => undefined);
  for (let round = 0; round < 3; round++) {
    await within(s.cdp.send('Runtime.terminateExecution'), 500);
    const dom = await within(s.page.evaluate(DOM_SCRIPT) as Promise<RawDom>, 700);
    if (dom) return dom;
  }
  return undefined;
}

/** Time kept back from navigation for settling, reading, the screenshot and closing. */
const RESERVE_MS = 7000;

async function visit(s: Session, url: string, opts: CaptureOptions, limits: CaptureLimits, left: () => number) {
  const navStart = Date.now();
  let navError: unknown = null;
  try {
    const timeout = Math.max(1000, Math.min(limits.navigationMs, left() - RESERVE_MS));
    await s.page.goto(url, { waitUntil: 'load', timeout, ...(opts.referrer ? { referer: opts.referrer } : {}) });
  } catch (e) {
    navError = e;
  }
  const navigationMs = Date.now() - navStart;
  if (navError && (navError as Error).name === 'TimeoutError') s.rec.limitsHit.add('time');
  await settle(s, opts.settleMs ?? 2500, () => left() - RESERVE_MS + 1000);
  // The DOM read, the screenshot, the document body and the body hashes are independent reads
  // of a settled page: together they take the longest one (~20 ms) instead of the sum (~30 ms+).
  // A hung page (no DOM) gets no screenshot, as before; readDom's rounds outlast the shot's 3.5 s.
  const shot = opts.screenshot !== false && left() > 300
    ? within(s.page.screenshot({ type: 'png', scale: 'css', timeout: Math.min(3000, left()) }), Math.min(3500, left()))
    : Promise.resolve(undefined);
  const [documentBody, dom, png] = await Promise.all([
    within(s.rec.documentBody, 1000),
    readDom(s, left),
    shot,
    within(Promise.all(s.rec.bodyHashes.values()), Math.min(1000, left())),
  ]);
  const screenshot = png && dom ? new Uint8Array(png) : null;
  const finalUrl = s.page.isClosed() ? '' : s.page.url();
  return { navError, navigationMs, dom, screenshot, documentBody: documentBody ?? null, finalUrl };
}

/** Device, locale and zone: what a prepared context is made for and what a capture must match. */
export function sessionKey(opts: CaptureOptions): string {
  return `${opts.device ?? 'android'}|${opts.locale ?? 'ru-KZ'}|${opts.timezone ?? 'Asia/Almaty'}`;
}

/** A never-used context behind an unarmed proxy, opened ahead of the capture that will take it. */
export interface PreparedSession {
  readonly key: string;
  readonly proxy: EgressProxy;
  readonly session: Session;
}

function egressLimits(limits: CaptureLimits): { maxResponseBytes: number; maxTotalBytes: number; connectTimeoutMs: number } {
  return { maxResponseBytes: limits.maxResponseBytes, maxTotalBytes: limits.maxTotalBytes, connectTimeoutMs: 10_000 };
}

/**
 * Opens a context for the default options ahead of time (250–500 ms of a capture on the 2-core
 * box), behind a proxy that refuses everything until the capture arms it with its own guard.
 * Undefined when it cannot be opened in time; nothing is left open then.
 */
export async function prepareSession(browser: Browser, limits: CaptureLimits): Promise<PreparedSession | undefined> {
  const proxy = await startEgressProxy(null, egressLimits(limits));
  const opening = openSession(browser, proxy, {}, limits);
  const session = await within(opening, 10_000);
  if (session) return { key: sessionKey({}), proxy, session };
  void opening.then((late) => late.context.close()).catch(() => undefined);
  await proxy.close();
  return undefined;
}

/** Closes a prepared session nobody will use (pool closing, browser gone, options differ). */
export async function discardPrepared(p: PreparedSession): Promise<void> {
  await within(p.session.context.close(), 5000);
  await p.proxy.close();
}

/** Gives a capture a prepared session for its options, if the pool has one. */
export type TakePrepared = (key: string) => Promise<PreparedSession | undefined>;

async function openFor(browser: Browser, guard: GuardOptions, opts: CaptureOptions, limits: CaptureLimits, take?: TakePrepared): Promise<{ proxy: EgressProxy; session: Session | undefined }> {
  const prepared = take ? await take(sessionKey(opts)) : undefined;
  if (prepared) {
    prepared.proxy.arm(guard);
    return { proxy: prepared.proxy, session: prepared.session };
  }
  const proxy = await startEgressProxy(guard, egressLimits(limits));
  const session = await within(openSession(browser, proxy, opts, limits), 10_000);
  return { proxy, session };
}

export async function runCapture(browser: Browser, url: string, opts: CaptureOptions, limits: CaptureLimits, take?: TakePrepared): Promise<CaptureOutcome> {
  const startedAt = new Date();
  const totalMs = Math.max(1000, opts.timeoutMs ?? limits.totalMs);
  const deadline = startedAt.getTime() + totalMs;
  const left = (): number => Math.max(0, deadline - Date.now());
  const guard: GuardOptions = guardOptionsFor(opts);
  const pre = await checkUrl(url, guard);
  if (!pre.allowed) {
    const code = BLOCK_CODES[pre.reason] ?? SANDBOX_ERRORS.blockedAddress;
    const message = `refused ${pre.host || 'URL'}: ${pre.reason}${pre.address ? ` (${pre.address})` : ''}`;
    return { result: { evidence: failedEvidence(url, startedAt, code, message), screenshot: null }, browserSuspect: false };
  }
  const { proxy, session } = await openFor(browser, guard, opts, limits, take);
  let browserSuspect = false;
  let result: CaptureResult;
  try {
    if (!session) {
      browserSuspect = true; // a context that cannot open in 10 s means a sick browser
      throw new Error('could not open a browser context');
    }
    const v = await visit(session, url, opts, limits, left);
    const evidence = assembleEvidence({ requestedUrl: url, startedAt, rec: session.rec, proxy, ...v });
    result = { evidence, screenshot: v.screenshot };
  } catch (e) {
    browserSuspect ||= !browser.isConnected();
    const message = e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e);
    result = { evidence: failedEvidence(url, startedAt, SANDBOX_ERRORS.browser, message.slice(0, 300)), screenshot: null };
  } finally {
    // Closing the context kills its renderers, including one stuck in a loop.
    if (session && (await within(session.context.close().then(() => true), 5000)) !== true) browserSuspect = true;
    await proxy.close();
  }
  return { result, browserSuspect };
}

export type { PageEvidence };
