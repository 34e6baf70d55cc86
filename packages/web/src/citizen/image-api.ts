/**
 * POST /v1/check/image from the browser: the picture is the raw body (image/png or image/jpeg),
 * checked here first so that a wrong file is explained without an upload.
 */
import type { AdviceId, RenderedVerdict, Verdict } from '@ghostguard/core';
import { ApiError, NETWORK_ERROR } from '../api.ts';
import type { UiLang } from '../i18n/strings.ts';

/** The server's limit (packages/server/src/image-check.ts IMAGE_LIMITS.maxBytes). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export type ImageProblem = 'type' | 'size' | 'empty';

export interface LinkedDeviceView {
  readonly name: string;
  readonly lastActive: { readonly kind: 'now' | 'today' | 'yesterday' | 'earlier'; readonly text: string; readonly time?: string };
  readonly flag?: 'server-like' | 'desktop-but-no-web-use';
}

export interface ImageCheckResponse {
  readonly kind: 'qr-device-link' | 'qr' | 'linked-devices' | 'text' | 'nothing';
  readonly ocr: 'done' | 'skipped' | 'unavailable';
  readonly verdict: Verdict;
  readonly rendered: RenderedVerdict;
  readonly qr: readonly { readonly kind: string; readonly display: string }[];
  readonly warning?: string;
  readonly text?: string;
  readonly linkedDevices?: {
    readonly screenLang: UiLang;
    readonly devices: readonly LinkedDeviceView[];
    readonly question: string;
    readonly logout: { readonly id?: AdviceId; readonly title: string; readonly steps: readonly string[] };
  };
}

/** PNG and JPEG only (what the server decodes); the type comes from the file, else its name. */
export function imageProblem(file: { readonly size: number; readonly type: string; readonly name?: string }): ImageProblem | null {
  if (file.size === 0) return 'empty';
  const type = file.type.toLowerCase();
  const byName = /\.(png|jpe?g)$/i.test(file.name ?? '');
  if (!(type === 'image/png' || type === 'image/jpeg' || (type === '' && byName))) return 'type';
  if (file.size > MAX_IMAGE_BYTES) return 'size';
  return null;
}

export function contentTypeOf(file: { readonly type: string; readonly name?: string }): string {
  if (file.type) return file.type;
  return /\.png$/i.test(file.name ?? '') ? 'image/png' : 'image/jpeg';
}

export async function checkImage(file: Blob & { readonly name?: string }, lang: UiLang, opts: { usesWhatsAppWeb?: boolean } = {}): Promise<ImageCheckResponse> {
  const q = new URLSearchParams({ lang });
  if (opts.usesWhatsAppWeb !== undefined) q.set('usesWhatsAppWeb', String(opts.usesWhatsAppWeb));
  let res: Response;
  try {
    res = await fetch(`/v1/check/image?${q.toString()}`, { method: 'POST', headers: { 'content-type': contentTypeOf(file), accept: 'application/json' }, body: file, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'network');
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? `HTTP_${res.status}`, body?.error?.message ?? `HTTP ${res.status}`, body?.error?.field);
  return body as unknown as ImageCheckResponse;
}

/** Which words explain a failed picture check (i18n keys). */
export function imageErrorKey(e: unknown): 'image.error.busy' | 'image.error.size' | 'image.error.type' | 'image.error.unreadable' | 'check.error.network' | 'check.error.rate' | 'check.error.server' {
  if (!(e instanceof ApiError)) return 'check.error.server';
  if (e.status === 0) return 'check.error.network';
  if (e.status === 429) return 'check.error.rate';
  if (e.code === 'GG_ERR_BUSY') return 'image.error.busy';
  if (e.status === 413) return 'image.error.size';
  if (e.status === 415) return 'image.error.type';
  if (e.status >= 400 && e.status < 500) return 'image.error.unreadable';
  return 'check.error.server';
}

/** Devices the person did not tick: the ones to log out. */
export function unrecognised<T>(devices: readonly T[], recognised: ReadonlySet<number>): T[] {
  return devices.filter((_, i) => !recognised.has(i));
}
