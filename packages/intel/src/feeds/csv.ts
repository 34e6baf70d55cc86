/**
 * RFC 4180 CSV reader: quoted fields with doubled quotes, CRLF or LF, commas and newlines inside
 * quotes. Bounded: a record over `maxRecordChars` (a hostile or corrupt file with an unclosed
 * quote) is reported as malformed and skipped, instead of swallowing the rest of the file.
 */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

export interface CsvResult {
  readonly records: CsvRecord[];
  readonly malformed: number;
}

export function parseCsv(text: string, maxRecordChars = 64 * 1024): CsvResult {
  const records: CsvRecord[] = [];
  let malformed = 0;
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const startAt = i;
    const fields: string[] = [];
    let field = '';
    let inQuotes = false;
    let bad = false;
    for (; i < n; i++) {
      const c = text[i];
      if (i - startAt > maxRecordChars) {
        bad = true;
        break;
      }
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else inQuotes = false;
        } else {
          if (c === '\n') line++;
          field += c;
        }
      } else if (c === '"' && field === '') inQuotes = true;
      else if (c === ',') {
        fields.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      } else field += c;
    }
    if (bad || (inQuotes && i >= n)) {
      malformed++;
      // Resynchronise at the next line after the one the broken record started on.
      const nl = text.indexOf('\n', startAt);
      i = nl < 0 ? n : nl + 1;
      line = startLine + 1;
      continue;
    }
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: startLine });
  }
  return { records, malformed };
}
