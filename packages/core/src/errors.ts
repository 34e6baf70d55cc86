/**
 * Errors are for programmer and configuration mistakes only; untrusted input never throws
 * (it yields an `unknown` verdict with a finding). Codes are stable: callers match on `code`.
 */
export class GhostGuardError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'GhostGuardError';
    this.code = code;
  }
}

export class ConfigurationError extends GhostGuardError {
  constructor(message: string) {
    super('GG_ERR_CONFIG', message);
    this.name = 'ConfigurationError';
  }
}

export class UnsupportedLanguageError extends GhostGuardError {
  constructor(lang: string) {
    super('GG_ERR_UNSUPPORTED_LANGUAGE', `unsupported language "${lang}"`);
    this.name = 'UnsupportedLanguageError';
  }
}
