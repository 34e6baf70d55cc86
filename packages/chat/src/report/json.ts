/**
 * JSON report, writable as a stream: `jsonReportHead()`, then `jsonReportMessage()` for every
 * message as it is scanned, then `jsonReportTail(report)`. The result is one JSON document:
 * `{ generator, rulesetVersion, messages: [...], format, totals, chats, senders, signals,
 * indicators, issues }`. Every message has time, sender, text, level and findings; texts and
 * numbers are redacted. Signals refer to messages by index in `messages`.
 */
import { RULESET_VERSION } from '@ghostguard/core';
import type { ScanReport, ScannedMessage } from '../types.ts';

export function jsonReportHead(): string {
  return `{"generator":"ghostguard chat","rulesetVersion":${JSON.stringify(RULESET_VERSION)},"messages":[\n`;
}

export function jsonReportMessage(m: ScannedMessage, first: boolean): string {
  const o = {
    time: m.time,
    sender: m.sender,
    text: m.text,
    level: m.level,
    findings: m.findings,
    chat: m.chat,
    kind: m.kind,
    line: m.line,
    score: m.score,
    ...(m.attack ? { attack: m.attack } : {}),
  };
  return (first ? '' : ',\n') + JSON.stringify(o);
}

export function jsonReportTail(r: ScanReport): string {
  const tail = {
    format: r.format,
    lang: r.lang,
    totals: r.totals,
    chats: r.chats,
    senders: r.senders,
    signals: r.signals,
    indicators: r.indicators,
    flaggedCount: r.flagged.length + r.flaggedDropped,
    issues: r.issues,
    issuesDropped: r.issuesDropped,
  };
  return `\n],${JSON.stringify(tail).slice(1)}\n`;
}

/** The whole document at once (small exports, the browser). */
export function renderJsonReport(r: ScanReport, messages: readonly ScannedMessage[]): string {
  let out = jsonReportHead();
  messages.forEach((m, i) => (out += jsonReportMessage(m, i === 0)));
  return out + jsonReportTail(r);
}
