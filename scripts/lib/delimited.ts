/**
 * Minimal reader for the reference extracts: comma-separated (with double-quoted fields, as BLS
 * ships them) and tab-separated (O*NET). No field in these files spans lines, so a line is a row.
 */

/** Splits one CSV line, honouring "quoted, fields" and "" escapes. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Text to lines: CRLF and LF both accepted, a trailing empty line dropped. */
export function toLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export interface Table {
  header: string[];
  rows: Record<string, string>[];
}

/** Parses a whole file into header + rows keyed by column name. */
export function parseTable(text: string, delimiter: ',' | '\t'): Table {
  const split = delimiter === ',' ? splitCsvLine : (line: string) => line.split('\t');
  const [first, ...rest] = toLines(text);
  if (first === undefined) return { header: [], rows: [] };
  const header = split(first);
  const rows = rest.map((line) => {
    const cells = split(line);
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = cells[i] ?? '';
    });
    return row;
  });
  return { header, rows };
}
