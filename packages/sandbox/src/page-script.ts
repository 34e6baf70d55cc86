/**
 * The code that runs inside the captured page to read its DOM. Kept as plain JavaScript text:
 * a TypeScript function passed to page.evaluate() would be serialised after tsx/esbuild has
 * added helpers (`__name`) that do not exist in the page.
 *
 * It only reads. It never types, clicks or submits: a real person's number could receive a
 * linking request if we did (issue 3 §1). Every list and string is bounded here, before it
 * crosses to Node, so a hostile page cannot flood the capture.
 */
export const DOM_LIMITS = {
  htmlChars: 1_000_000,
  textChars: 100_000,
  forms: 20,
  inputs: 150,
  links: 300,
  scripts: 100,
  inlineScriptChars: 262_144,
  images: 100,
  labelChars: 200,
} as const;

export interface RawInput {
  tag: 'input' | 'select' | 'textarea'; type: string; name: string; id: string; placeholder: string;
  autocomplete: string; maxLength: number | null; inputMode: string; label: string; visible: boolean; form: number;
  pattern: string; options: string[];
}
export interface RawDom {
  title: string; html: string; text: string;
  forms: { action: string; method: string }[];
  inputs: RawInput[];
  links: { href: string; text: string }[];
  scripts: { src: string; inline: boolean; code: string }[];
  images: { src: string; alt: string }[];
  /** <link rel=icon> or /favicon.ico; Chromium fetches it itself, Node hashes the response. */
  faviconUrl: string;
}

/** An expression that evaluates to a RawDom; `%LIMITS%` is replaced with DOM_LIMITS. */
const SCRIPT = String.raw`((L) => {
  const clip = (s, n) => { s = String(s == null ? '' : s); return s.length > n ? s.slice(0, n) : s; };
  const squash = (s, n) => clip(String(s == null ? '' : s).replace(/\s+/g, ' ').trim(), n);
  const doc = document;
  const forms = Array.from(doc.forms).slice(0, L.forms);
  const labelOf = (el) => {
    const parts = [];
    if (el.labels) for (const l of Array.from(el.labels)) parts.push(l.innerText || l.textContent || '');
    const aria = el.getAttribute('aria-label'); if (aria) parts.push(aria);
    const by = el.getAttribute('aria-labelledby');
    if (by) for (const id of by.split(/\s+/)) { const t = doc.getElementById(id); if (t) parts.push(t.textContent || ''); }
    if (!parts.length && el.title) parts.push(el.title);
    return squash(parts.join(' '), L.labelChars);
  };
  const visible = (el) => {
    if (el.type === 'hidden') return false;
    const st = getComputedStyle(el);
    return el.getClientRects().length > 0 && st.visibility !== 'hidden' && st.display !== 'none' && Number(st.opacity) > 0.05;
  };
  const inputs = Array.from(doc.querySelectorAll('input, select, textarea')).slice(0, L.inputs).map((el) => {
    const tag = el.tagName.toLowerCase();
    const ml = tag === 'select' ? -1 : el.maxLength;
    return {
      tag, type: squash(tag === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : tag, 40),
      name: squash(el.getAttribute('name'), 100), id: squash(el.id, 100), placeholder: squash(el.getAttribute('placeholder'), 200),
      autocomplete: squash(el.getAttribute('autocomplete'), 60), maxLength: typeof ml === 'number' && ml >= 0 ? ml : null,
      inputMode: squash(el.getAttribute('inputmode'), 30), label: labelOf(el), visible: visible(el),
      form: el.form ? forms.indexOf(el.form) : -1,
      pattern: squash(el.getAttribute('pattern'), 200),
      options: tag === 'select' ? Array.from(el.options).slice(0, 300).map((o) => squash(o.text, 60)) : [],
    };
  });
  const links = Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, L.links)
    .map((a) => ({ href: clip(a.href, 2048), text: squash(a.innerText || a.textContent || a.getAttribute('aria-label'), 200) }));
  const scripts = Array.from(doc.scripts).slice(0, L.scripts)
    .map((s) => ({ src: clip(s.src, 2048), inline: !s.src, code: s.src ? '' : clip(s.textContent, L.inlineScriptChars) }));
  const images = Array.from(doc.images).slice(0, L.images)
    .map((i) => ({ src: clip(i.currentSrc || i.src, 300), alt: squash(i.alt, 200) }));
  const icon = doc.querySelector('link[rel~="icon" i], link[rel="shortcut icon" i], link[rel="apple-touch-icon" i]');
  let faviconUrl = '';
  try { faviconUrl = icon && icon.href ? icon.href : (location.protocol.startsWith('http') ? new URL('/favicon.ico', location.href).href : ''); } catch (e) { faviconUrl = ''; }
  return {
    title: squash(doc.title, 500),
    html: clip(doc.documentElement ? doc.documentElement.outerHTML : '', L.htmlChars),
    text: clip(doc.body ? doc.body.innerText : '', L.textChars),
    forms: forms.map((f) => ({ action: clip(f.action, 2048), method: squash(f.method, 10).toLowerCase() })),
    inputs, links, scripts, images, faviconUrl: clip(faviconUrl, 2048),
  };
})(%LIMITS%)`;

export const DOM_SCRIPT = SCRIPT.replace('%LIMITS%', JSON.stringify(DOM_LIMITS));
