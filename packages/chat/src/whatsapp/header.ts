/**
 * What we need to know about WhatsApp message header lines *before* handing a block of lines to
 * whatsapp-chat-parser: where a message starts (to cut blocks), the raw date (to infer the
 * day/month order from the whole file, or a bounded prefix of it when streaming), and localised
 * AM/PM markers the library does not know (it accepts only Latin `am`/`pm`).
 */

/**
 * Start of a message: optional LRM/RLM (iOS), optional `[`, a date of three numbers, then a time.
 * Mirrors the date/time prefix that whatsapp-chat-parser 4.0.2 accepts (dist/index.js `k`).
 */
export const HEADER_RE = /^[\u200E\u200F]*\[?(\d{1,4})[-/.]\s?(\d{1,4})[-/.]\s?(\d{1,4})[,.]?\s\D*?\d{1,2}[.:]\d{1,2}/;

/**
 * Localised day-period markers → the Latin ones the library understands. Data, with where the
 * marker comes from; unverified ones say so.
 */
const DAY_PERIODS: readonly { readonly re: RegExp; readonly to: 'AM' | 'PM'; readonly source: string }[] = [
  // Russian: Java/Android locale data writes ДП/ПП; CLDR ru uses AM/PM.
  { re: /^(?:ДП|дп|д\.п\.)$/, to: 'AM', source: 'Java ru DateFormatSymbols (ДП/ПП)' },
  { re: /^(?:ПП|пп|п\.п\.)$/, to: 'PM', source: 'Java ru DateFormatSymbols (ДП/ПП)' },
  // Kazakh: CLDR kk dayPeriods abbreviated ТД/ТК (түске дейін / түстен кейін). Unverified on a real export.
  { re: /^(?:ТД|тд)$/, to: 'AM', source: 'CLDR kk (unverified in exports)' },
  { re: /^(?:ТК|тк)$/, to: 'PM', source: 'CLDR kk (unverified in exports)' },
  // Ukrainian дп/пп (same Java data family as Russian).
  { re: /^(?:дп)$/, to: 'AM', source: 'Java uk' },
  // German, Greek, Vietnamese abbreviations (CLDR).
  { re: /^(?:vorm\.|π\.μ\.|πμ|SA)$/, to: 'AM', source: 'CLDR de/el/vi' },
  { re: /^(?:nachm\.|μ\.μ\.|μμ|CH)$/, to: 'PM', source: 'CLDR de/el/vi' },
];

/** A time followed by a non-Latin day-period word, up to the header separator. */
const LOCAL_PERIOD_RE = /^(.{0,40}?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)[\s\u202F\u00A0]+([^\s\]\d][^\s\]]{0,11})(\]|\s-\s)/;

/**
 * Rewrites `10:15 ДП - ` as `10:15 AM - ` so the library reads 12-hour times in every locale.
 * Cheap for the common case: only header lines with a non-ASCII character near the time are touched.
 */
export function normaliseDayPeriod(line: string): string {
  let nonAscii = false;
  const lim = Math.min(line.length, 48);
  for (let i = 0; i < lim; i++) {
    const c = line.charCodeAt(i);
    if (c > 127 && c !== 0x200e && c !== 0x200f && c !== 0x202f && c !== 0xa0) {
      nonAscii = true;
      break;
    }
  }
  if (!nonAscii) return line;
  const m = LOCAL_PERIOD_RE.exec(line);
  if (!m) return line;
  const word = m[2]!;
  for (const p of DAY_PERIODS) {
    if (p.re.test(word)) return `${m[1]} ${p.to}${m[3]}${line.slice(m[0].length)}`;
  }
  return line;
}

/**
 * Day/month order evidence. A date part above 12 decides at once; otherwise, within one year,
 * a first part that goes *down* between consecutive dates is a day (days reset each month, months
 * only grow within a year) — the same idea as the library's own inference, kept incremental.
 */
export class DateOrder {
  /** true: days first; false: months first; undefined: not known yet. */
  decided: boolean | undefined;
  private prev: [number, number, number] | undefined;
  private downFirst = 0;
  private downSecond = 0;

  /** Parts in written order; the year is the longest part (or the last when all are alike). */
  observe(a: number, b: number, c: number, aLen: number, bLen: number, cLen: number): void {
    if (this.decided !== undefined) return;
    // Order the two non-year parts as written.
    let p: [number, number, number];
    if (aLen > bLen && aLen > cLen) p = [b, c, a];
    else p = [a, b, c];
    if (p[0] > 12 && p[0] <= 31) {
      this.decided = true;
      return;
    }
    if (p[1] > 12 && p[1] <= 31) {
      this.decided = false;
      return;
    }
    const q = this.prev;
    if (q && q[2] === p[2]) {
      if (p[0] < q[0] && p[1] > q[1]) this.downFirst++;
      if (p[1] < q[1] && p[0] > q[0]) this.downSecond++;
    }
    this.prev = p;
  }

  /** Best guess when the evidence ran out: the sequence vote, else days first (most locales, and the library's default). */
  guess(twelveHourClock: boolean, slashSeparator: boolean): boolean {
    if (this.decided !== undefined) return this.decided;
    if (this.downFirst > this.downSecond) return true;
    if (this.downSecond > this.downFirst) return false;
    // m/d/yy with AM/PM is the US Android/iOS default; everything else is mostly d/m.
    return !(twelveHourClock && slashSeparator);
  }
}
