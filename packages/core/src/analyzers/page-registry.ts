import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import { pageBrandAnalyzer } from './page-brand.ts';
import { pagePhoneAnalyzer } from './page-phone.ts';
import { pageCodeAnalyzer } from './page-code.ts';
import { pageFlowAnalyzer } from './page-flow.ts';
import { pageQrAnalyzer } from './page-qr.ts';
import { pageVoteAnalyzer } from './page-vote.ts';
import { pageCredentialsAnalyzer } from './page-credentials.ts';
import { pageKitAnalyzer } from './page-kit.ts';

/** Explicit list, run in this order. No discovery by file name. */
export const PAGE_ANALYZERS: readonly Analyzer<PageSubject>[] = [
  pageBrandAnalyzer,
  pagePhoneAnalyzer,
  pageCodeAnalyzer,
  pageFlowAnalyzer,
  pageQrAnalyzer,
  pageVoteAnalyzer,
  pageCredentialsAnalyzer,
  pageKitAnalyzer,
];
