/**
 * Exit codes, documented in the README and `ghostguard --help`. Verdict codes let scripts
 * branch without parsing output; error codes follow BSD sysexits where one fits.
 */
export const EXIT = {
  /** Ran; nothing suspicious (safe or unknown). */
  ok: 0,
  /** Ran; verdict is suspicious. */
  suspicious: 3,
  /** Ran; verdict is dangerous. */
  dangerous: 4,
  /** Bad command line (unknown option, missing argument). */
  usage: 64,
  /** Input could not be read as expected (file missing, unreadable, nothing valid in it). */
  dataError: 65,
  /** A required component is missing (Chromium, database). */
  unavailable: 69,
  /** An internal error: a bug. Please report it. */
  software: 70,
} as const;

export const EXIT_HELP = `Exit codes:
  0   no signs of a scam (safe or unknown) / command succeeded
  3   suspicious
  4   dangerous
  64  usage error (bad option or argument)
  65  input error (file missing or unreadable, no valid input)
  69  a required component is unavailable (e.g. Chromium, database)
  70  internal error (please report it)`;

export function exitForLevel(level: string): number {
  if (level === 'dangerous') return EXIT.dangerous;
  if (level === 'suspicious') return EXIT.suspicious;
  return EXIT.ok;
}

/** An error the CLI reports in one line and exits with `exitCode`, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
