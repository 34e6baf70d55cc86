/**
 * Runs the lure tables once per message and shares the hits between the analyzers that read
 * them (lure-phrases, code-request, scam-instructions, takeover-followup).
 */
import type { MessageSubject } from '../subjects/types.ts';
import type { AdviceId, Attack, Finding, Severity } from '../types.ts';
import { LURES, TRANSLIT_LANGS, candidateEntries, type LureEntry, type LureKind } from '../rules/lures/index.ts';

export interface LureHit {
  readonly entry: LureEntry;
  /** Offsets into `subject.text`. */
  readonly start: number;
  readonly end: number;
}

/**
 * Gated entries (common words of one language) are skipped on messages guessed as one of the
 * main languages, whose everyday words they collide with ("pix", "premiu*"). The guess among
 * the other languages is shaky on short texts ("prêmio" reads French), so it is not trusted.
 * Ukrainian and Uzbek in Cyrillic are often guessed as Russian.
 */
const MAIN_LANGS: ReadonlySet<string> = new Set(['en', 'ru', 'kk']);
const CYRILLIC_NEIGHBOURS: ReadonlySet<string> = new Set(['uk', 'uz']);
const CACHE = new WeakMap<MessageSubject, readonly LureHit[]>();
/** Languages whose Latin-letter messages are worth transliterating (see text/translit.ts). */
/** Uzbek is included: Latin-typed Kazakh («Siz iPhone utyp aldynyz») often reads as Uzbek. */
const TRANSLIT_WHEN: ReadonlySet<string> = new Set(['ru', 'kk', 'uk', 'uz', 'und']);

/**
 * Modifier kinds only change the weight of a lure found otherwise, so they are matched only
 * when some lure matched: ordinary chat (no lure) skips them (measured: ~+25 % messages/s).
 */
const MODIFIERS: ReadonlySet<LureKind> = new Set<LureKind>(['urgency', 'warning', 'scam-topic', 'poll', 'everyday-code', 'secrecy']);

interface Pass {
  readonly form: 'folded' | 'translit';
  readonly text: string;
  readonly cands: readonly number[];
  readonly only?: ReadonlySet<string>;
}

/** Reused across calls (single-threaded; cleared before returning): no Set per pass. */
const SCRATCH = new Set<number>();

function pass(form: 'folded' | 'translit', text: string, only?: ReadonlySet<string>): Pass {
  candidateEntries(text, SCRATCH);
  const cands = SCRATCH.size === 0 ? NONE : SCRATCH.size === 1 ? [...SCRATCH] : [...SCRATCH].sort((a, b) => a - b);
  SCRATCH.clear();
  return only ? { form, text, cands, only } : { form, text, cands };
}

const NONE: readonly number[] = [];
/** Whether LURES[i] is a modifier: a typed-array read instead of a Set lookup per candidate. */
const IS_MODIFIER: Uint8Array = Uint8Array.from(LURES, (e) => (MODIFIERS.has(e.kind) ? 1 : 0));

function skipGated(s: MessageSubject, e: LureEntry): boolean {
  return e.gated === true && s.language !== e.lang && MAIN_LANGS.has(s.language) && !(s.language === 'ru' && CYRILLIC_NEIGHBOURS.has(e.lang));
}

function run(s: MessageSubject, p: Pass, modifiers: boolean, seen: Set<LureEntry>, out: LureHit[]): void {
  for (const i of p.cands) {
    const e = LURES[i];
    if (e === undefined || (IS_MODIFIER[i] === 1) !== modifiers || seen.has(e) || (p.only && !p.only.has(e.lang))) continue;
    if (skipGated(s, e)) continue;
    const m = e.pattern.exec(p.text);
    if (m === null) continue;
    seen.add(e);
    const lead = m[0].startsWith(' ') ? 1 : 0;
    const span = s.sourceSpan(p.form, m.index + lead, m.index + Math.max(lead + 1, m[0].length));
    out.push({ entry: e, start: span.start, end: span.end });
  }
}

export function lureHits(s: MessageSubject): readonly LureHit[] {
  const cached = CACHE.get(s);
  if (cached) return cached;
  const out: LureHit[] = [];
  const seen = new Set<LureEntry>();
  if (s.folded !== '') {
    const passes = [pass('folded', s.folded)];
    if (TRANSLIT_WHEN.has(s.language) && s.translit !== s.folded) passes.push(pass('translit', s.translit, TRANSLIT_LANGS));
    for (const p of passes) run(s, p, false, seen, out);
    if (out.length > 0) for (const p of passes) run(s, p, true, seen, out);
  }
  CACHE.set(s, out);
  return out;
}

export function hitsOf(s: MessageSubject, kinds: readonly LureKind[]): LureHit[] {
  return lureHits(s).filter((h) => kinds.includes(h.entry.kind));
}

/** The strongest hit per kind (ties: the first in table order). */
export function strongestByKind(hits: readonly LureHit[]): Map<LureKind, LureHit> {
  const best = new Map<LureKind, LureHit>();
  for (const h of hits) {
    const cur = best.get(h.entry.kind);
    if (!cur || h.entry.weight > cur.entry.weight) best.set(h.entry.kind, h);
  }
  return best;
}

/**
 * Protective or news text: a negated imperative ("never share", «не сообщайте», «айтпаңыз»),
 * "it's fake", "this is not me", "scammers ask ...". Lures almost never carry these: they
 * ask, they do not warn. With `topic`, also text that merely talks about scams or the police,
 * which damps photo/vote/notice lures but not code requests (fake bank and police callers
 * name fraud themselves: «мошенники оформляют кредит, назовите код»).
 */
export function isWarningText(s: MessageSubject, topic = false): boolean {
  return lureHits(s).some((h) => h.entry.kind === 'warning' || (topic && h.entry.kind === 'scam-topic'));
}

/** Text that names scams, fraud or the police (scam-topic entries). */
export function isScamTopic(s: MessageSubject): boolean {
  return hasKind(s, 'scam-topic');
}

/** Whether any entry of `kind` matched (modifiers: urgency, poll, everyday-code). */
export function hasKind(s: MessageSubject, kind: LureKind): boolean {
  return lureHits(s).some((h) => h.entry.kind === kind);
}

export function severityOf(weight: number): Severity {
  if (weight >= 85) return 'critical';
  if (weight >= 70) return 'high';
  if (weight >= 35) return 'medium';
  if (weight > 0) return 'low';
  return 'info';
}

export interface HitFindingInput {
  readonly analyzer: string;
  readonly rule: string;
  readonly hit: LureHit;
  readonly weight: number;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly attack?: Attack;
  readonly advice?: readonly AdviceId[];
  readonly brand?: string;
}

export function findingFromHit(s: MessageSubject, f: HitFindingInput): Finding {
  const weight = Math.max(0, Math.min(100, Math.round(f.weight)));
  const attack = f.attack ?? f.hit.entry.attack;
  return {
    analyzer: f.analyzer,
    rule: `${f.analyzer}/${f.rule}`,
    severity: severityOf(weight),
    message: { id: `finding.${f.analyzer}.${f.rule}`, params: { pattern: f.hit.entry.id, ...f.params } },
    evidence: [{ field: 'text', value: s.redactedSlice(f.hit.start, f.hit.end), start: f.hit.start, end: f.hit.end }],
    ...(attack ? { attack } : {}),
    ...(f.brand ? { brand: f.brand } : {}),
    weight,
    advice: f.advice ?? f.hit.entry.advice,
  };
}
