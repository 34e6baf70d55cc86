import type { Finding } from '../types.ts';

/** Options a caller may pass; analyzers read what they need. */
export interface AnalyzeContext {
  /** Domain-only mode (Certificate Transparency names, DNS logs): no path, no scheme. */
  readonly domainOnly?: boolean;
  /** The sender is in the recipient's contacts (a hijacked contact is the usual lure sender). */
  readonly senderKnown?: boolean;
}

/**
 * One analyzer = one file, one contract. Pure: no I/O, no globals mutated, never throws on
 * untrusted input (the orchestrator still guards, and turns a throw into an `unknown` verdict).
 */
export interface Analyzer<S> {
  readonly id: string;
  readonly appliesTo: 'url' | 'message' | 'page';
  analyze(subject: S, ctx: AnalyzeContext): Finding[];
}
