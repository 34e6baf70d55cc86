/**
 * The one catalogue of service errors. Codes are stable (clients match on them); statuses follow
 * docs/api-contract.md. Bad input is always a 4xx naming the field, never a 500.
 */
export const ERRORS = {
  GG_ERR_VALIDATION: 400,
  GG_ERR_BAD_JSON: 400,
  GG_ERR_URL_NOT_ALLOWED: 400,
  GG_ERR_UNAUTHENTICATED: 401,
  GG_ERR_BAD_CREDENTIALS: 401,
  GG_ERR_CSRF: 403,
  GG_ERR_FORBIDDEN: 403,
  GG_ERR_NOT_FOUND: 404,
  GG_ERR_CONFLICT: 409,
  GG_ERR_BODY_TOO_LARGE: 413,
  GG_ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  // Pictures (POST /v1/check/image): too big, not PNG/JPEG, undecodable, text unreadable.
  GG_ERR_IMAGE_TOO_LARGE: 413,
  GG_ERR_IMAGE_UNSUPPORTED: 415,
  GG_ERR_IMAGE_CORRUPT: 422,
  GG_ERR_OCR_FAILED: 422,
  GG_ERR_RATE_LIMITED: 429,
  GG_ERR_INTERNAL: 500,
  GG_ERR_STORAGE_BUSY: 503,
  GG_ERR_STORAGE_FULL: 507,
  GG_ERR_STORAGE: 503,
  GG_ERR_NOT_READY: 503,
  /** Too many pictures being read at once (OCR is seconds of CPU each). */
  GG_ERR_BUSY: 503,
  GG_ERR_CONFIG: 500,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, opts: { field?: string; cause?: unknown } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code];
    if (opts.field !== undefined) this.field = opts.field;
  }
  toJSON(): { error: { code: ErrorCode; message: string; field?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.field !== undefined ? { field: this.field } : {}) } };
  }
}

/**
 * Storage failures mapped to stable codes: a locked database (SQLITE_BUSY, PostgreSQL lock
 * timeout 55P03) and a full disk (SQLITE_FULL, PostgreSQL 53100) are conditions an operator must
 * recognise at a glance; everything else is a generic storage error.
 */
export function storageError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '55P03' || code === '40P01') {
    return new AppError('GG_ERR_STORAGE_BUSY', 'the database is locked by another process; try again', { cause: err });
  }
  if (code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC') {
    return new AppError('GG_ERR_STORAGE_FULL', 'the database disk is full; nothing was stored', { cause: err });
  }
  return new AppError('GG_ERR_STORAGE', 'the database failed; nothing was stored', { cause: err });
}
