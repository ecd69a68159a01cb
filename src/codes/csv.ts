import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The small CSV dialect of the data files: a header row, fields quoted with "" when needed. */
export function parseCsvLine(line: string): string[] {
  // Most lines quote nothing: splitting them is many times faster than the scan below.
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Rows as records keyed by the header's column names, fields trimmed. Written as one plain loop: the
 * function list (1,100 rows) is parsed on every cold start, in code not yet optimised (9 → 4 ms).
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const lines = text.split('\n');
  const header = parseCsvLine(withoutCr(lines[0] ?? '')).map((h) => h.trim());
  const rows: Array<Record<string, string>> = [];
  for (let l = 1; l < lines.length; l++) {
    const line = withoutCr(lines[l] as string);
    if (line.trim() === '') continue;
    const fields = line.includes('"') ? parseCsvLine(line) : line.split(',');
    const row: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) row[header[i] as string] = (fields[i] ?? '').trim();
    rows.push(row);
  }
  return rows;
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** Rows of a file of `data/` (next to the compiled code), or null when there is no such file. */
const parsed = new Map<string, ReadonlyArray<Readonly<Record<string, string>>> | null>();

/** A data file's rows, parsed once (a year's list is built from the base file several times). */
export function readDataCsv(file: string): ReadonlyArray<Readonly<Record<string, string>>> | null {
  if (!parsed.has(file)) {
    const path = fileURLToPath(new URL(file, new URL('./data/', import.meta.url)));
    parsed.set(file, existsSync(path) ? parseCsv(readFileSync(path, 'utf8')) : null);
  }
  return parsed.get(file) ?? null;
}

const tables = new Map<string, unknown[] | null>();

/** The rows of a data file, each mapped by `row`, read once and kept (null when there is no such file). */
export function dataTable<T>(file: string, row: (fields: Record<string, string>) => T): T[] | null {
  if (!tables.has(file)) tables.set(file, readDataCsv(file)?.map(row) ?? null);
  return (tables.get(file) as T[] | null | undefined) ?? null;
}
