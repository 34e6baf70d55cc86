/**
 * Listens to one capture's browser context and keeps a bounded record of what happened:
 * requests, responses, WebSockets and their first frames, console errors, dialogs, pop-ups,
 * downloads and main-frame navigations. Everything is capped in EVIDENCE_LIMITS so a page that
 * fires a million requests costs a bounded amount of memory.
 */
import type { BrowserContext, Page, Request, Response, WebSocket } from 'playwright-core';
import { EVIDENCE_LIMITS, clip, frameText, sha256Hex, socketIoEvent } from './evidence.ts';
import type { NavRecord } from './evidence.ts';

export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  status: number;
  failure?: string;
  blocked?: string;
}

export interface WsRecord {
  url: string;
  frames: { dir: 'sent' | 'received'; data: string }[];
  events: Set<string>;
  error?: string;
}

/** Bodies we hash: scripts (kit fingerprints) and images (favicon), bounded in count and size. */
const MAX_HASHED_BODIES = 150;
const MAX_HASHED_BODY_BYTES = 5 * 1024 * 1024;
/** The main document's bytes, kept as a fallback when the DOM cannot be read (hung page). */
const MAX_DOCUMENT_BYTES = 1_000_000;

export class CaptureRecorder {
  readonly requests: RequestRecord[] = [];
  readonly websockets: WsRecord[] = [];
  readonly consoleErrors: string[] = [];
  readonly dialogs: { type: string; message: string }[] = [];
  readonly popups: { page: Page; firstUrl: string }[] = [];
  readonly limitsHit = new Set<string>();
  /** Main-frame navigation requests of the main page, in order. */
  readonly navRequests: Request[] = [];
  readonly navReasons = new Map<string, string>();
  /** url → sha256 of the body (scripts and images): pending, then settled in `hashes`. */
  readonly bodyHashes = new Map<string, Promise<string>>();
  readonly hashes = new Map<string, string>();
  documentBody: Promise<Buffer | null> = Promise.resolve(null);
  /** Time of the last network or WebSocket activity, for settling. */
  lastActivity = Date.now();
  private readonly byRequest = new WeakMap<Request, RequestRecord>();
  /** Requests without a final answer yet, and WebSockets still open: the page is not done. */
  private readonly inflight = new Set<Request>();
  private openSockets = 0;
  private mainPage: Page | null = null;
  private pageCount = 0;

  constructor(private readonly limits: { maxPages: number; maxRedirects: number }, private readonly onTooManyNavigations: () => void) {}

  attach(context: BrowserContext): void {
    context.on('request', (r) => this.onRequest(r));
    context.on('response', (r) => this.onResponse(r));
    context.on('requestfailed', (r) => {
      const rec = this.byRequest.get(r);
      if (rec) rec.failure = clip(r.failure()?.errorText ?? 'failed', 200);
      this.inflight.delete(r);
      this.lastActivity = Date.now();
    });
    context.on('requestfinished', (r) => {
      this.inflight.delete(r);
      this.lastActivity = Date.now();
    });
    context.on('page', (p) => this.onPage(p));
  }

  setMainPage(page: Page): void {
    this.mainPage = page;
  }

  /** True while a request awaits its answer or a WebSocket is open. */
  get busy(): boolean {
    return this.inflight.size > 0 || this.openSockets > 0;
  }

  private onPage(page: Page): void {
    this.pageCount++;
    const isMain = this.pageCount === 1;
    if (!isMain) {
      if (this.popups.length >= EVIDENCE_LIMITS.popups || this.pageCount > this.limits.maxPages) {
        this.limitsHit.add('pages');
        if (this.popups.length < EVIDENCE_LIMITS.popups) this.popups.push({ page, firstUrl: page.url() });
        void page.close().catch(() => undefined);
        return;
      }
      this.popups.push({ page, firstUrl: '' });
    }
    page.on('dialog', (d) => {
      if (this.dialogs.length < EVIDENCE_LIMITS.dialogs) this.dialogs.push({ type: d.type(), message: clip(d.message(), 500) });
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => { if (m.type() === 'error') this.pushConsole(m.text()); });
    page.on('pageerror', (e) => this.pushConsole(`${e.name}: ${e.message}`));
    page.on('websocket', (ws) => this.onWebSocket(ws));
    page.on('download', (d) => {
      this.pushRequest({ url: clip(d.url(), 2048), method: 'GET', resourceType: 'download', status: 0, blocked: 'download' });
      void d.cancel().catch(() => undefined);
    });
  }

  private pushConsole(text: string): void {
    if (this.consoleErrors.length < EVIDENCE_LIMITS.consoleErrors) this.consoleErrors.push(clip(text, EVIDENCE_LIMITS.consoleChars));
  }

  private pushRequest(rec: RequestRecord): RequestRecord | null {
    if (this.requests.length >= EVIDENCE_LIMITS.requests) { this.limitsHit.add('requests'); return null; }
    this.requests.push(rec);
    return rec;
  }

  private onRequest(r: Request): void {
    this.lastActivity = Date.now();
    // Bounded like `requests`: a page that opens thousands of requests is busy either way.
    if (this.inflight.size < EVIDENCE_LIMITS.requests) this.inflight.add(r);
    const from = r.redirectedFrom();
    if (from) this.inflight.delete(from);
    const rec = this.pushRequest({ url: clip(r.url(), 2048), method: r.method(), resourceType: r.resourceType(), status: 0 });
    if (rec) this.byRequest.set(r, rec);
    let frame;
    try { frame = r.frame(); } catch { return; } // service-worker requests have no frame
    const page = frame.page();
    if (r.isNavigationRequest() && frame === page.mainFrame()) {
      if (page === this.mainPage) {
        this.navRequests.push(r);
        // Each hop of an HTTP redirect is its own request; meta/JS hops start new chains.
        if (this.navRequests.length > this.limits.maxRedirects + 1) { this.limitsHit.add('redirects'); this.onTooManyNavigations(); }
      } else {
        const popup = this.popups.find((p) => p.page === page);
        if (popup && !popup.firstUrl) popup.firstUrl = clip(r.url(), 2048);
      }
    }
  }

  private onResponse(resp: Response): void {
    this.lastActivity = Date.now();
    const req = resp.request();
    const rec = this.byRequest.get(req);
    if (rec) rec.status = resp.status();
    const type = req.resourceType();
    if (this.navRequests[0] && req === this.navRequests[this.navRequests.length - 1] && resp.status() < 300) {
      this.documentBody = resp.body().then((b) => b.subarray(0, MAX_DOCUMENT_BYTES), () => null);
    }
    const isImage = type === 'image' || (type === 'other' && /^image\//.test(resp.headers()['content-type'] ?? ''));
    if ((type === 'script' || isImage) && this.bodyHashes.size < MAX_HASHED_BODIES && !this.bodyHashes.has(resp.url())) {
      const len = Number(resp.headers()['content-length'] ?? 0);
      if (len > MAX_HASHED_BODY_BYTES) return;
      const url = resp.url();
      this.bodyHashes.set(url, resp.body().then((b) => {
        const h = sha256Hex(b);
        this.hashes.set(url, h);
        return h;
      }, () => ''));
    }
  }

  private onWebSocket(ws: WebSocket): void {
    this.lastActivity = Date.now();
    if (this.websockets.length >= EVIDENCE_LIMITS.websockets) { this.limitsHit.add('websockets'); return; }
    const rec: WsRecord = { url: clip(ws.url(), 2048), frames: [], events: new Set() };
    this.websockets.push(rec);
    this.openSockets++;
    ws.on('close', () => { this.openSockets--; this.lastActivity = Date.now(); });
    const onFrame = (dir: 'sent' | 'received', payload: string | Buffer): void => {
      this.lastActivity = Date.now();
      if (rec.frames.length >= EVIDENCE_LIMITS.framesPerSocket) return;
      const data = frameText(payload);
      rec.frames.push({ dir, data });
      const ev = socketIoEvent(data);
      if (ev && rec.events.size < 50) rec.events.add(clip(ev, 100));
    };
    ws.on('framesent', (f) => onFrame('sent', f.payload));
    ws.on('framereceived', (f) => onFrame('received', f.payload));
    ws.on('socketerror', (e) => { rec.error = clip(String(e), 200); });
  }

  /** Main-frame navigations of the main page as NavRecords (status from each response). */
  navRecords(): NavRecord[] {
    return this.navRequests.map((r) => ({ url: r.url(), viaHttp: r.redirectedFrom() !== null, status: this.byRequest.get(r)?.status ?? 0 }));
  }
}
