import { GhostGuardError } from '@ghostguard/core';

/**
 * Image problems a caller must tell a person about ("this picture is too big / not a picture").
 * Codes are stable so the bots and the HTTP API can map them to a sentence or a 4xx.
 */
export type VisionErrorCode =
  | 'GG_ERR_IMAGE_TOO_LARGE'
  | 'GG_ERR_IMAGE_UNSUPPORTED'
  | 'GG_ERR_IMAGE_CORRUPT'
  | 'GG_ERR_OCR_UNAVAILABLE'
  | 'GG_ERR_OCR_FAILED';

export class VisionError extends GhostGuardError {
  declare readonly code: VisionErrorCode;
  constructor(code: VisionErrorCode, message: string) {
    super(code, message);
    this.name = 'VisionError';
  }
}

export function isVisionError(err: unknown): err is VisionError {
  return err instanceof VisionError;
}
