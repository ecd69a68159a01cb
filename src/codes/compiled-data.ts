/**
 * The data files in their compiled form: every CSV of `data/` parsed once at build time
 * (scripts/copy-data.mjs writes `data/compiled.json` next to the compiled code), with the normalised
 * key of every name they hold. A cold `check` on a text file builds the three classification lists;
 * parsing their CSV and normalising 1,300 names in code V8 runs for the first time was ~15 ms of it,
 * where JSON.parse of the compiled file is under 1 ms (docs/node-versions.md, "Cold start"). Any CSV
 * added to `data/` (another list) is compiled the same way; the CSV stays the source.
 */
import { normalizeName } from '../model/names.js';
import { parseCsv } from './csv.js';

export const COMPILED_FILE = 'compiled.json';

export interface CompiledData {
  /** Each CSV by file name: its columns, and its rows' fields in that order as parseCsv reads them. */
  tables: Record<string, { columns: string[]; rows: string[][] }>;
  /** normalizeName of each value of a name column (isNameColumn) that it changes; the others are their own key. */
  nameKeys: Record<string, string>;
}

export const isNameColumn = (column: string) => column === 'name' || column.endsWith('_name');

/** The compiled form of the data files (name → CSV text). */
export function compileData(files: Record<string, string>): CompiledData {
  const tables: CompiledData['tables'] = {};
  const nameKeys: CompiledData['nameKeys'] = {};
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rows = parseCsv(text);
    const columns = Object.keys(rows[0] ?? {});
    tables[file] = { columns, rows: rows.map((row) => columns.map((c) => row[c] ?? '')) };
    for (const row of rows)
      for (const column of columns.filter(isNameColumn)) {
        const value = row[column] ?? '';
        if (normalizeName(value) !== value) nameKeys[value] = normalizeName(value);
      }
  }
  return { tables, nameKeys };
}
