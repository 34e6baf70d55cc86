import { ADVICE_TEXTS, type AdviceText } from '../advice/texts.ts';
import type { AdviceId, Finding, Level, MessageRef, Verdict } from '../types.ts';
import { catalogFor } from './catalog.ts';
import { brandDisplayName } from '../rules/brands.ts';

export interface RenderedVerdict {
  readonly lang: string;
  readonly level: Level;
  readonly headline: string;
  readonly summary: string;
  readonly reasons: readonly string[];
  readonly advice: readonly (AdviceText & { readonly id: AdviceId })[];
}

const FALLBACK_LANG = 'en';

function fill(template: string, params: MessageRef['params']): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : String(v);
  });
}

/** Renders a message id in `lang`, falling back to English, then to the id itself. */
export function renderMessage(ref: MessageRef, lang: string): string {
  const t = catalogFor(lang)[ref.id] ?? catalogFor(FALLBACK_LANG)[ref.id];
  if (t === undefined) return ref.id;
  const params = ref.params;
  // A `brand` parameter holds a brand id; people read the brand's own name.
  if (params && typeof params['brand'] === 'string') {
    return fill(t, { ...params, brand: brandDisplayName(params['brand']) });
  }
  return fill(t, params);
}

export function renderAdvice(id: AdviceId, lang: string): AdviceText {
  const byLang = ADVICE_TEXTS[lang] ?? ADVICE_TEXTS[FALLBACK_LANG];
  const t = byLang?.[id] ?? ADVICE_TEXTS[FALLBACK_LANG]?.[id];
  return t ?? { title: id, steps: [] };
}

/** Readable reasons: strongest first, duplicates (same sentence) once, engine notes last. */
function reasonsOf(findings: readonly Finding[], lang: string, max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of findings) {
    const s = renderMessage(f.message, lang);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

export function renderVerdict(v: Verdict, lang: string, opts: { maxReasons?: number } = {}): RenderedVerdict {
  const c = (id: string, params?: MessageRef['params']) => renderMessage({ id, ...(params ? { params } : {}) }, lang);
  const headline = c(`level.${v.kind}.${v.level}`);
  const summary = v.attack ? c(`attack.${v.attack}`, v.brand ? { brand: v.brand } : undefined) : c(`level.summary.${v.level}`);
  return {
    lang,
    level: v.level,
    headline,
    summary,
    reasons: reasonsOf(v.findings, lang, opts.maxReasons ?? 6),
    advice: v.advice.map((id) => ({ id, ...renderAdvice(id, lang) })),
  };
}
