/**
 * Bounds for page analysis. Pages are hostile: every list and string is capped so that one
 * page costs bounded time and memory. The numbers are a few times what real pages need:
 * the 142 benign pages of data/pages-benign have a median of 72 KB and a maximum of 1.6 MB.
 */

/** HTML beyond this is cut (with a finding): real kit pages are tens of KB. */
export const MAX_HTML_CHARS = 2_000_000;
/** Visible text kept for phrase matching. */
export const MAX_TEXT_CHARS = 200_000;
/** Text of hidden elements (later steps of a kit are often hidden until a script shows them). */
export const MAX_HIDDEN_TEXT_CHARS = 50_000;
/** Inline script code kept per script and in total (behaviour patterns sit near the top). */
export const MAX_SCRIPT_CHARS = 100_000;
export const MAX_SCRIPTS_TOTAL_CHARS = 400_000;
export const MAX_ITEMS = 500;
export const MAX_INPUTS = 200;
export const MAX_HEADINGS = 50;
export const MAX_SHORT_TEXTS = 300;
export const MAX_ITEM_CHARS = 300;
/** DOM skeleton tokens kept for the structure fingerprint. */
export const MAX_SKELETON = 4000;
