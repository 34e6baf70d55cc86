/**
 * Signs that a participant's account was taken over (THREAT.md variant F: a hijacked account
 * sends the same lure to every contact, then asks them for money). Each sign carries an honest
 * confidence: one weak sign alone is `low`; `high` needs timing or breadth that is hard to explain
 * otherwise.
 */
import type { Attack } from '@ghostguard/core';
import type { Confidence, FlaggedMessage, TakeoverSignal } from '../types.ts';
import { hamming, jaccard, JACCARD_NEAR, normaliseForMatch, shingles, simhash, SIMHASH_NEAR, type SimHash } from './fingerprint.ts';
import type { StyleTracker } from './style.ts';

/** Attacks that are lures (they take an account), as opposed to what a taken account then asks. */
export const LURE_ATTACKS: ReadonlySet<Attack | undefined> = new Set<Attack | undefined>([
  'ghostpairing',
  'qr-linking',
  'code-theft',
  'telegram-session-theft',
  'brand-impersonation',
  'credential-phishing',
]);

/** Money requests are typically sent within hours of the lure wave (KZ police warnings, Dec 2025–Jan 2026); 72 h bounds "soon". */
const SOON_HOURS = 72;
const VERY_SOON_HOURS = 24;

const isLure = (m: FlaggedMessage): boolean => LURE_ATTACKS.has(m.verdict.attack) || (m.verdict.attack === undefined && m.level === 'dangerous');
const isMoneyRequest = (m: FlaggedMessage): boolean =>
  m.verdict.attack === 'takeover-followup' || m.verdict.findings.some((f) => f.attack === 'takeover-followup');

function hoursBetween(a: string, b: string): number | undefined {
  if (a === '' || b === '') return undefined;
  const ta = Date.parse(`${a}Z`);
  const tb = Date.parse(`${b}Z`);
  return Number.isNaN(ta) || Number.isNaN(tb) ? undefined : (tb - ta) / 3_600_000;
}

function bySender(flagged: readonly FlaggedMessage[]): Map<string, FlaggedMessage[]> {
  const out = new Map<string, FlaggedMessage[]>();
  for (const m of flagged) {
    if (m.sender === '') continue;
    const list = out.get(m.sender);
    if (list) list.push(m);
    else out.set(m.sender, [m]);
  }
  return out;
}

/** Groups one sender's lures into clusters of (near-)identical text. */
function clusterLures(lures: readonly FlaggedMessage[]): FlaggedMessage[][] {
  const keys = lures.map((m) => normaliseForMatch(m.text));
  const hashes: SimHash[] = keys.map((k) => simhash(k));
  const grams = keys.map((k) => shingles(k));
  const near = (i: number, j: number): boolean =>
    keys[i] === keys[j] || (keys[i]!.length > 20 && hamming(hashes[i]!, hashes[j]!) <= SIMHASH_NEAR && jaccard(grams[i]!, grams[j]!) >= JACCARD_NEAR);
  const parent = lures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < lures.length; i++) {
    for (let j = i + 1; j < lures.length && j < i + 200; j++) {
      if (near(i, j)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, FlaggedMessage[]>();
  lures.forEach((m, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(m);
    else groups.set(r, [m]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

function sameLureSignals(sender: string, lures: readonly FlaggedMessage[]): TakeoverSignal[] {
  const out: TakeoverSignal[] = [];
  for (const g of clusterLures(lures)) {
    const chats = [...new Set(g.map((m) => m.chat))];
    const multi = chats.length >= 2;
    const confidence: Confidence = chats.length >= 3 ? 'high' : multi ? 'medium' : 'low';
    out.push({
      kind: multi ? 'same-lure-many-chats' : 'repeated-lure',
      sender,
      confidence,
      explanation: { id: multi ? 'signal.same-lure-many-chats' : 'signal.repeated-lure', params: { count: g.length, chats: chats.length } },
      messages: g.map((m) => m.seq),
      chats,
    });
  }
  return out;
}

function moneyAfterLureSignals(sender: string, list: readonly FlaggedMessage[]): TakeoverSignal[] {
  const out: TakeoverSignal[] = [];
  for (const money of list) {
    if (!isMoneyRequest(money)) continue;
    const lure = list.find((m) => m.seq < money.seq && isLure(m));
    if (!lure) continue;
    const hours = hoursBetween(lure.time, money.time);
    if (hours !== undefined && (hours < 0 || hours > SOON_HOURS)) continue;
    const confidence: Confidence = hours === undefined ? 'low' : hours <= VERY_SOON_HOURS ? 'high' : 'medium';
    out.push({
      kind: 'money-after-lure',
      sender,
      confidence,
      explanation: { id: 'signal.money-after-lure', params: { hours: hours === undefined ? '?' : Math.max(0, Math.round(hours)) } },
      messages: [lure.seq, money.seq],
      chats: [...new Set([lure.chat, money.chat])],
    });
    break; // one per sender is enough to say it
  }
  return out;
}

export function takeoverSignals(flagged: readonly FlaggedMessage[], style: StyleTracker): TakeoverSignal[] {
  const out: TakeoverSignal[] = [];
  for (const [sender, list] of bySender(flagged)) {
    out.push(...sameLureSignals(sender, list.filter(isLure)));
    out.push(...moneyAfterLureSignals(sender, list));
    const change = style.languageChange(sender);
    if (change) out.push(change);
  }
  const rank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
  return out.sort((a, b) => rank[a.confidence] - rank[b.confidence] || (a.messages[0] ?? 0) - (b.messages[0] ?? 0));
}
