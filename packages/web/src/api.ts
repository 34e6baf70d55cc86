import type { AdviceId, Level, RenderedVerdict, Verdict } from '@ghostguard/core';
import type { UiLang } from './i18n/strings.ts';

/** Error body from the API (docs/api-contract.md): one catalogue of stable codes. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** Network failure (no response at all), told apart from an error the server answered with. */
export const NETWORK_ERROR = 'GG_WEB_NETWORK';

/**
 * The CSRF token lives only in memory (never in storage): a stolen page state cannot replay it,
 * and the HttpOnly session cookie alone is not enough for a state-changing request.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function errorFrom(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  const code = typeof e?.code === 'string' ? e.code : `HTTP_${status}`;
  const message = typeof e?.message === 'string' ? e.message : `HTTP ${status}`;
  return new ApiError(status, code, message, typeof e?.field === 'string' ? e.field : undefined);
}

export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'network');
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null; // a proxy's HTML error page: handled below by status
  }
  if (!res.ok) throw errorFrom(res.status, json);
  return json as T;
}

export interface CheckResponse {
  readonly verdict: Verdict;
  readonly rendered: RenderedVerdict;
}

export type ScanStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ScanEvidence {
  readonly finalUrl?: string;
  readonly title?: string;
  readonly redirects?: readonly { url: string; status?: number; kind?: string }[];
  readonly requests?: number | readonly { url: string; method?: string; status?: number; type?: string }[];
  readonly websockets?: readonly { url: string; events?: readonly string[] }[];
  readonly forms?: number;
}

export interface ScanView {
  readonly id: string;
  readonly url: string;
  readonly status: ScanStatus;
  readonly createdAt?: string;
  readonly finishedAt?: string;
  readonly error?: string;
  readonly verdict?: Verdict;
  readonly rendered?: RenderedVerdict;
  readonly evidence?: ScanEvidence;
  readonly screenshotUrl?: string;
}

export type Happened = 'opened-link' | 'entered-number' | 'entered-code' | 'lost-money' | 'none';
export const HAPPENED: readonly Happened[] = ['opened-link', 'entered-number', 'entered-code', 'lost-money', 'none'];

export interface ReportInput {
  readonly text?: string;
  readonly url?: string;
  readonly happened: readonly Happened[];
  readonly region?: string;
  readonly contactConsent: boolean;
  readonly contact?: string;
  readonly lang: UiLang;
}

export const api = {
  check: (input: { text: string } | { url: string }, lang: UiLang) =>
    request<CheckResponse>('POST', '/v1/check', { ...input, lang }),
  startScan: (url: string, lang: UiLang) =>
    request<{ id: string; status: ScanStatus; reused: boolean }>('POST', '/v1/scans', { url, lang }),
  getScan: (id: string, lang: UiLang) => request<ScanView>('GET', `/v1/scans/${encodeURIComponent(id)}?lang=${lang}`),
  report: (input: ReportInput) =>
    request<{ id: string; verdict?: Verdict; rendered?: RenderedVerdict; recovery?: AdviceId[] }>('POST', '/v1/reports', input),
};

export type { Level };
