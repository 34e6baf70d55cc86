/**
 * A bounded pool of captures over one Chromium process. Launching Chromium costs ~0.4 s and
 * ~100 MB, a context costs ~20 ms, so captures share the process and each gets a fresh
 * in-memory context (no cookies, storage or cache survive a capture).
 *
 * Everything Chromium writes (profile, crash dumps, shared-memory files via TMPDIR, artifacts)
 * lives in one private `gg-sandbox-*` directory that is removed on close, when the browser
 * disconnects (crash, kill) and on process exit, so no profile is left behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { failedEvidence } from './assemble.ts';
import { discardPrepared, prepareSession, runCapture, sessionKey, within } from './capture.ts';
import type { PreparedSession } from './capture.ts';
import { SANDBOX_ERRORS, SandboxError } from './errors.ts';
import { DEFAULT_LIMITS } from './types.ts';
import type { CaptureLimits, CaptureOptions, CaptureResult, PoolOptions, PoolStats, SandboxPool } from './types.ts';

/** Flags for a headless, quiet, GPU-less Chromium on a 2-core server (issue 3 brief). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-breakpad', '--disable-domain-reliability',
  '--no-pings', '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions',
  // WebRTC may only use the (checking) proxy: no UDP to private addresses, no local IP leak.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp', '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--mute-audio', '--hide-scrollbars',
];

interface BrowserState {
  readonly dir: string;
  readonly persistent: BrowserContext;
  readonly browser: Browser;
  readonly pid: number | null;
}

const liveDirs = new Set<string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Runs after Playwright's own exit handler (registered at first launch) has SIGKILLed Chromium.
  process.once('exit', () => { for (const d of liveDirs) rmSync(d, { recursive: true, force: true }); });
}

/** The Chromium main process (leader of its process group) that uses our private profile. */
function findBrowserPid(profileDir: string): number | null {
  const needle = `--user-data-dir=${profileDir}`;
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes(needle)) pids.push(Number(name));
    } catch { /* process gone */ }
  }
  return pids.length ? Math.min(...pids) : null;
}

function resolveLimits(options: PoolOptions): CaptureLimits {
  const l = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [k, v] of Object.entries(l)) {
    if (!Number.isFinite(v) || v <= 0) throw new SandboxError(SANDBOX_ERRORS.config, `limit ${k} must be a positive number`);
  }
  return l;
}

export function createSandboxPool(options: PoolOptions = {}): SandboxPool {
  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new SandboxError(SANDBOX_ERRORS.config, 'concurrency must be an integer from 1 to 32');
  }
  return new BrowserPool(concurrency, resolveLimits(options), options.executablePath ?? '/usr/bin/chromium', options.tempRoot ?? tmpdir());
}

class BrowserPool implements SandboxPool {
  private current: BrowserState | null = null;
  private launching: Promise<BrowserState> | null = null;
  private closed = false;
  private running = 0;
  private launches = 0;
  private captures = 0;
  private readonly waiters: (() => void)[] = [];
  /**
   * One never-used context for the default options, opened while other captures run so the
   * next capture skips the 250–500 ms of opening it. Each capture still gets a context of its
   * own that is closed after it; the spare just exists before the capture starts.
   */
  private spare: { readonly st: BrowserState; readonly ready: Promise<PreparedSession | undefined> } | null = null;

  constructor(private readonly concurrency: number, private readonly limits: CaptureLimits, private readonly executablePath: string, private readonly tempRoot: string) {}

  private async discard(st: BrowserState, kill: boolean): Promise<void> {
    if (this.current === st) this.current = null;
    // Not awaited: a crashed browser's profile goes now; the spare's proxy closes when it settles.
    if (this.spare?.st === st) void this.dropSpare();
    if (kill && st.pid) { try { process.kill(-st.pid, 'SIGKILL'); } catch { /* already gone */ } }
    await rm(st.dir, { recursive: true, force: true, maxRetries: 3 });
    liveDirs.delete(st.dir);
  }

  private async launch(): Promise<BrowserState> {
    const dir = mkdtempSync(join(this.tempRoot, 'gg-sandbox-'));
    liveDirs.add(dir);
    installExitHook();
    for (const sub of ['profile', 'tmp', 'artifacts']) mkdirSync(join(dir, sub));
    try {
      const persistent = await chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: this.executablePath, headless: true, args: [...CHROMIUM_ARGS], artifactsDir: join(dir, 'artifacts'),
        env: { ...process.env, TMPDIR: join(dir, 'tmp') }, acceptDownloads: false, serviceWorkers: 'block',
        // Browser-wide traffic outside our per-capture proxies goes nowhere (port 1 = tcpmux, unused).
        proxy: { server: 'http://127.0.0.1:1' }, timeout: 30_000,
      });
      const browser = persistent.browser();
      if (!browser) throw new Error('no browser handle');
      const st: BrowserState = { dir, persistent, browser, pid: findBrowserPid(join(dir, 'profile')) };
      browser.on('disconnected', () => { void this.discard(st, true); });
      this.launches++;
      return st;
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
      throw e;
    }
  }

  private refillSpare(st: BrowserState): void {
    if (this.closed || this.spare || !st.browser.isConnected()) return;
    this.spare = { st, ready: prepareSession(st.browser, this.limits).catch(() => undefined) };
  }

  private async dropSpare(): Promise<void> {
    const s = this.spare;
    this.spare = null;
    const p = s ? await s.ready : undefined;
    if (p) await discardPrepared(p);
  }

  /** Hands the spare to a capture on `st` whose options match it, and starts the next one. */
  private async takeSpare(st: BrowserState, key: string): Promise<PreparedSession | undefined> {
    const s = this.spare;
    if (!s || s.st !== st || key !== sessionKey({})) return undefined;
    this.spare = null;
    this.refillSpare(st);
    const p = await s.ready;
    if (p && st.browser.isConnected()) return p;
    if (p) await discardPrepared(p);
    return undefined;
  }

  private ensureBrowser(): Promise<BrowserState> {
    if (this.current?.browser.isConnected()) return Promise.resolve(this.current);
    this.launching ??= this.launch().then((st) => { this.current = st; return st; }).finally(() => { this.launching = null; });
    return this.launching;
  }

  private async acquire(): Promise<void> {
    if (this.running < this.concurrency) { this.running++; return; }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next) next(); else this.running--;
  }

  async capture(url: string, opts: CaptureOptions = {}): Promise<CaptureResult> {
    if (this.closed) throw new SandboxError(SANDBOX_ERRORS.closed, 'the sandbox pool is closed');
    if (typeof url !== 'string' || url.length > 8192) {
      return { evidence: failedEvidence(String(url).slice(0, 200), new Date(), SANDBOX_ERRORS.invalidUrl, 'URL must be a string up to 8192 characters'), screenshot: null };
    }
    await this.acquire();
    try {
      let st: BrowserState;
      try {
        st = await this.ensureBrowser();
      } catch (e) {
        const msg = e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e);
        return { evidence: failedEvidence(url, new Date(), SANDBOX_ERRORS.browser, `Chromium did not start: ${msg}`.slice(0, 300)), screenshot: null };
      }
      this.refillSpare(st);
      const outcome = await runCapture(st.browser, url, opts, this.limits, (key) => this.takeSpare(st, key));
      this.captures++;
      if (outcome.browserSuspect) await this.discard(st, true);
      return outcome.result;
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.dropSpare();
    const st = this.current ?? (this.launching ? await this.launching.catch(() => null) : null);
    if (!st) return;
    const ok = await within(st.persistent.close().then(() => true), 10_000);
    await this.discard(st, ok !== true);
  }

  stats(): PoolStats {
    return { running: this.running, queued: this.waiters.length, launches: this.launches, captures: this.captures, tempDir: this.current?.dir ?? null };
  }
}
