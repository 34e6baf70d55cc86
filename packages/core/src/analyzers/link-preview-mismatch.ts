/**
 * The link preview claims a brand the link does not belong to: the GhostPairing message's
 * preview says "Facebook" (photo viewer) while the URL is some fresh .top domain (THREAT.md
 * "The link preview says Facebook; the domain does not"). Meta's brands count as one family:
 * a WhatsApp link previewed as Facebook is not a mismatch.
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { Attack, Finding } from '../types.ts';
import { brandById, brandOfDomain } from '../rules/brands.ts';
import { brandMentions } from '../rules/brand-names.ts';
import { createUrlSubject } from '../subjects/url-subject.ts';
import { foldText } from '../text/fold.ts';

/** Preview text analysed: titles and site names are short; descriptions are cut. */
const MAX_PREVIEW_CHARS = 1000;
const WEIGHT = 75;

function attackFor(brand: string): Attack {
  const b = brandById(brand);
  if (b?.family === 'meta' || brand === 'whatsapp' || brand === 'facebook' || brand === 'meta') return 'ghostpairing';
  if (brand === 'telegram') return 'telegram-session-theft';
  return 'brand-impersonation';
}

function sameBrand(claimed: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  if (actual === claimed) return true;
  const a = brandById(actual);
  const c = brandById(claimed);
  return a?.family !== undefined && a.family === c?.family;
}

function previewBrands(s: MessageSubject): { brand: string; field: string; value: string }[] {
  const p = s.preview;
  if (!p) return [];
  const out: { brand: string; field: string; value: string }[] = [];
  for (const field of ['siteName', 'title', 'description'] as const) {
    const v = p[field];
    if (typeof v !== 'string' || v === '') continue;
    const value = v.slice(0, MAX_PREVIEW_CHARS);
    for (const m of brandMentions(foldText(value.normalize('NFKC')).folded)) {
      if (!out.some((o) => o.brand === m.brand)) out.push({ brand: m.brand, field: `preview.${field}`, value: value.slice(0, 120) });
    }
  }
  return out;
}

export const linkPreviewMismatch: Analyzer<MessageSubject> = {
  id: 'link-preview-mismatch',
  appliesTo: 'message',
  analyze(s) {
    if (!s.preview || s.urls.length === 0) return [];
    const claims = previewBrands(s);
    if (claims.length === 0) return [];
    const out: Finding[] = [];
    // The preview belongs to the first link (messengers preview the first URL of a message).
    const link = s.urls[0];
    if (!link) return [];
    const u = createUrlSubject(link.url, {});
    if (!u.ok) return [];
    const actual = u.isIp || u.domain === '' ? undefined : brandOfDomain(u.domain)?.id;
    for (const c of claims) {
      if (sameBrand(c.brand, actual)) continue;
      out.push({
        analyzer: 'link-preview-mismatch',
        rule: 'link-preview-mismatch/brand',
        severity: 'high',
        message: { id: 'finding.link-preview-mismatch.brand', params: { brand: c.brand, domain: u.hostname || u.domain } },
        evidence: [
          { field: c.field, value: c.value },
          { field: 'text', value: link.raw, start: link.start, end: link.end },
        ],
        attack: attackFor(c.brand),
        brand: c.brand,
        weight: WEIGHT,
        advice: ['do-not-open-link', 'official-domain-only'],
      });
      break;
    }
    return out;
  },
};
