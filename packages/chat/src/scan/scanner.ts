/**
 * Every message through the engine; counters per chat and sender; only flagged messages kept
 * (bounded), so a 1 GB export is scanned in bounded memory. Implements MessageSink: plug it
 * behind an ExportReader.
 */
import { analyzeMessage, analyzeUrl, renderMessage, type Level, type Verdict } from '@ghostguard/core';
import { detach, redactSender, redactText } from '../redact.ts';
import type {
  ChatMessage,
  ChatSummary,
  ExportFormat,
  FlaggedMessage,
  LevelCounts,
  ParseIssue,
  ScanReport,
  ScannedFinding,
  ScannedMessage,
  SenderSummary,
} from '../types.ts';
import type { MessageSink } from '../whatsapp/parser.ts';
import { isPhoneSender } from '../whatsapp/classify.ts';
import { LURE_ATTACKS, takeoverSignals } from './signals.ts';
import { StyleTracker } from './style.ts';

export type AnalyzeFn = (text: string, options: { senderKnown?: boolean }) => Verdict;

export interface ScannerOptions {
  /** Language of rendered reasons: kk, ru or en. */
  readonly lang?: string;
  /** The engine; `analyzeMessage` from @ghostguard/core unless a caller (service, test) injects one. */
  readonly analyze?: AnalyzeFn;
  /** Each scanned message, redacted, in order (for a streaming JSON writer). */
  readonly onMessage?: (m: ScannedMessage) => void;
  /** Flagged messages kept for the report (default 5,000); more are counted only. */
  readonly maxFlagged?: number;
  /** Parse issues kept (default 1,000). */
  readonly maxIssues?: number;
}

const MAX_SENDERS = 100_000;
const MAX_INDICATOR_URLS = 5_000;
const MAX_LINKS_PER_MESSAGE = 20;

const zeroLevels = (): LevelCounts => ({ safe: 0, unknown: 0, suspicious: 0, dangerous: 0 });
const CODE_ATTACKS = new Set(['code-theft', 'telegram-session-theft']);

export class ChatScanner implements MessageSink {
  private readonly lang: string;
  private readonly analyze: AnalyzeFn;
  private readonly chats = new Map<string, ChatSummary>();
  private readonly senders = new Map<string, SenderSummary & { chatSet: Set<string> }>();
  private readonly flagged: FlaggedMessage[] = [];
  private flaggedDropped = 0;
  private readonly issues: ParseIssue[] = [];
  private issuesDropped = 0;
  private readonly urls = new Set<string>();
  private readonly style = new StyleTracker();
  private readonly totals = { messages: 0, text: 0, media: 0, system: 0, deleted: 0, levels: zeroLevels() };

  constructor(private readonly options: ScannerOptions = {}) {
    this.lang = options.lang ?? 'en';
    this.analyze = options.analyze ?? ((t, o) => analyzeMessage(t, o));
  }

  /** Shown (masked) sender names, computed once per sender. */
  private readonly displayNames = new Map<string, string>();

  private display(sender: string): string {
    let d = this.displayNames.get(sender);
    if (d === undefined) {
      d = detach(displaySender(sender));
      if (this.displayNames.size < MAX_SENDERS) this.displayNames.set(detach(sender), d);
    }
    return d;
  }

  get scanned(): number {
    return this.totals.messages;
  }

  issue(i: ParseIssue): void {
    if (this.issues.length < (this.options.maxIssues ?? 1000)) this.issues.push({ line: i.line, reason: detach(i.reason), ...(i.excerpt ? { excerpt: detach(redactText(i.excerpt)) } : {}) });
    else this.issuesDropped++;
  }

  message(m: ChatMessage): void {
    const seq = this.totals.messages++;
    const t = this.totals;
    if (m.kind === 'text') t.text++;
    else t[m.kind === 'media' ? 'media' : m.kind === 'system' ? 'system' : 'deleted']++;
    const verdict = m.kind === 'text' && m.text.trim() !== '' ? this.analyze(m.text, m.senderKnown === undefined ? {} : { senderKnown: m.senderKnown }) : undefined;
    const level: Level = verdict?.level ?? 'safe';
    t.levels[level]++;
    const flagged = level === 'dangerous' || level === 'suspicious';
    this.count(m, level, flagged, verdict);
    if (m.kind === 'text') this.style.observe(this.display(m.sender), m.text, verdict?.language, flagged && LURE_ATTACKS.has(verdict?.attack), seq, m.chat);
    if (!flagged && !this.options.onMessage) return;
    const scanned = this.toScanned(m, level, verdict);
    this.options.onMessage?.(scanned);
    if (flagged && verdict) this.keepFlagged(scanned, verdict, seq);
  }

  private count(m: ChatMessage, level: Level, flagged: boolean, verdict: Verdict | undefined): void {
    let c = this.chats.get(m.chat);
    if (!c) {
      c = { chat: detach(m.chat), messages: 0, textMessages: 0, media: 0, system: 0, levels: zeroLevels(), codeRequests: 0, first: m.time, last: m.time };
      this.chats.set(c.chat, c);
    }
    c.messages++;
    if (m.kind === 'text') c.textMessages++;
    else if (m.kind === 'media') c.media++;
    else if (m.kind === 'system') c.system++;
    c.levels[level]++;
    if (m.time !== '') {
      if (c.first === '' || m.time < c.first) c.first = m.time;
      if (m.time > c.last) c.last = m.time;
    }
    if (flagged && verdict && isCodeRequest(verdict)) c.codeRequests++;
    if (m.sender === '') return;
    let s = this.senders.get(m.sender);
    if (!s) {
      if (this.senders.size >= MAX_SENDERS) return;
      s = { sender: detach(this.display(m.sender)), messages: 0, levels: zeroLevels(), chats: 0, languages: {}, chatSet: new Set() };
      this.senders.set(detach(m.sender), s);
    }
    s.messages++;
    s.levels[level]++;
    if (!s.chatSet.has(m.chat)) {
      s.chatSet.add(detach(m.chat));
      s.chats = s.chatSet.size;
    }
    if (verdict?.language && verdict.language !== 'und') s.languages[verdict.language] = (s.languages[verdict.language] ?? 0) + 1;
  }

  private toScanned(m: ChatMessage, level: Level, verdict: Verdict | undefined): ScannedMessage {
    const findings: ScannedFinding[] = (verdict?.findings ?? [])
      .filter((f) => f.weight > 0 || f.severity !== 'info')
      .map((f) => ({ rule: f.rule, severity: f.severity, ...(f.attack ? { attack: f.attack } : {}), reason: renderMessage(f.message, this.lang) }));
    return {
      chat: m.chat,
      time: m.time,
      sender: this.display(m.sender),
      text: redactText(m.text),
      kind: m.kind,
      line: m.line,
      level,
      score: verdict?.score ?? 0,
      ...(verdict?.attack ? { attack: verdict.attack } : {}),
      findings,
    };
  }

  private keepFlagged(scanned: ScannedMessage, verdict: Verdict, seq: number): void {
    const links = verdict.indicators.urls.slice(0, MAX_LINKS_PER_MESSAGE);
    for (const u of links) if (this.urls.size < MAX_INDICATOR_URLS) this.urls.add(detach(u));
    if (this.flagged.length >= (this.options.maxFlagged ?? 5000)) {
      this.flaggedDropped++;
      return;
    }
    // Kept past the block it was parsed from: detach every string (see detach()).
    const kept = { ...scanned, chat: detach(scanned.chat), sender: detach(scanned.sender), text: detach(scanned.text) };
    this.flagged.push({ ...kept, verdict: JSON.parse(JSON.stringify(verdict)) as Verdict, seq, codeRequest: isCodeRequest(verdict), links: links.map(detach) });
  }

  finish(format: ExportFormat | 'unknown'): ScanReport {
    const signals = takeoverSignals(this.flagged, this.style).map((s) => ({ ...s, sender: displaySender(s.sender) }));
    return {
      format,
      lang: this.lang,
      totals: this.totals,
      chats: [...this.chats.values()],
      senders: [...this.senders.values()].map(({ chatSet: _c, ...s }) => s).sort((a, b) => flaggedOf(b) - flaggedOf(a) || b.messages - a.messages),
      flagged: this.flagged,
      flaggedDropped: this.flaggedDropped,
      signals,
      indicators: indicatorsOf(this.urls),
      issues: this.issues,
      issuesDropped: this.issuesDropped,
    };
  }
}

const flaggedOf = (s: SenderSummary): number => s.levels.dangerous + s.levels.suspicious;

export function isCodeRequest(v: Verdict): boolean {
  return (v.attack !== undefined && CODE_ATTACKS.has(v.attack)) || v.findings.some((f) => f.attack !== undefined && CODE_ATTACKS.has(f.attack));
}

function displaySender(sender: string): string {
  return redactSender(sender, isPhoneSender(sender));
}

/** Links of flagged messages, without those the URL analyzers call safe (official domains). */
function indicatorsOf(urls: Set<string>): { domains: string[]; urls: string[] } {
  const keep: string[] = [];
  const domains = new Set<string>();
  for (const u of urls) {
    const v = analyzeUrl(u);
    if (v.level === 'safe') continue;
    keep.push(u);
    for (const d of v.indicators.domains) domains.add(d);
  }
  return { domains: [...domains].sort(), urls: keep.sort() };
}
