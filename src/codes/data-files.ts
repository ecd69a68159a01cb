/**
 * The data files of `data/` (next to the compiled code) as rows: from their compiled form
 * (compiled-data.ts, written at build time) when it is there, else parsed from the CSV.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeName } from '../model/names.js';
import { COMPILED_FILE, type CompiledData, isNameColumn } from './compiled-data.js';
import { parseCsv } from './csv.js';

type Rows = ReadonlyArray<Readonly<Record<string, string>>>;

const dataPath = (file: string) => fileURLToPath(new URL(file, new URL('./data/', import.meta.url)));

interface Compiled {
  tables: CompiledData['tables'];
  nameKeys: Map<string, string>;
  /** Every value of a name column: those not in nameKeys are their own key (made when first asked for). */
  names: Set<string> | null;
}

let compiled: Compiled | null | undefined;

/**
 * The compiled file as parsed, nothing more: a check asks for three of its tables, so each table's
 * records (readDataCsv) and the set of names (nameKey) are made when first asked for.
 */
function compiledData(): Compiled | null {
  if (compiled === undefined) {
    const path = dataPath(COMPILED_FILE);
    const data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CompiledData) : null;
    compiled = data && { tables: data.tables, nameKeys: new Map(Object.entries(data.nameKeys)), names: null };
  }
  return compiled;
}

function namesOf(data: Compiled): Set<string> {
  if (!data.names) {
    data.names = new Set();
    for (const { columns, rows } of Object.values(data.tables))
      columns.forEach((column, i) => {
        if (isNameColumn(column)) for (const fields of rows) data.names?.add(fields[i] as string);
      });
  }
  return data.names;
}

/** A data file as columns and rows of fields (the compiled form, else its CSV parsed); null when there is no such file. */
export function readDataColumns(file: string): { columns: readonly string[]; rows: ReadonlyArray<readonly string[]> } | null {
  const data = compiledData();
  const table = data && Object.hasOwn(data.tables, file) ? data.tables[file] : undefined;
  if (table) return table;
  const rows = readDataCsv(file);
  if (!rows) return null;
  const columns = Object.keys(rows[0] ?? {});
  return { columns, rows: rows.map((row) => columns.map((c) => row[c] ?? '')) };
}

const parsed = new Map<string, Rows | null>();

/** A data file's rows, read once (a year's list is built from the base file several times); null when there is no such file. */
export function readDataCsv(file: string): Rows | null {
  if (!parsed.has(file)) {
    const data = compiledData();
    const path = dataPath(file);
    // The compiled form when it holds the file, else the CSV itself (a list added since the build).
    const table = data && Object.hasOwn(data.tables, file) ? data.tables[file] : undefined;
    const rows = table ? recordsOf(table.columns, table.rows) : existsSync(path) ? parseCsv(readFileSync(path, 'utf8')) : null;
    parsed.set(file, rows);
  }
  return parsed.get(file) ?? null;
}

function recordsOf(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): Rows {
  const records: Array<Record<string, string>> = [];
  for (const fields of rows) {
    const record: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) record[columns[i] as string] = fields[i] as string;
    records.push(record);
  }
  return records;
}

const tables = new Map<string, unknown[] | null>();

/** The rows of a data file, each mapped by `row`, read once and kept (null when there is no such file). */
export function dataTable<T>(file: string, row: (fields: Record<string, string>) => T): T[] | null {
  if (!tables.has(file)) tables.set(file, readDataCsv(file)?.map(row) ?? null);
  return (tables.get(file) as T[] | null | undefined) ?? null;
}

/** normalizeName of a name: looked up for a name of the data files (computed at build time), computed for any other. */
export function nameKey(name: string): string {
  const data = compiledData();
  if (!data) return normalizeName(name);
  return data.nameKeys.get(name) ?? (namesOf(data).has(name) ? name : normalizeName(name));
}

/**
 * nameKey of a name the data files hold (a list's, a renaming's or a change's): looked up, never
 * computed, and without the set of every name nameKey needs to tell the data's names from others.
 */
export function dataNameKey(name: string): string {
  const data = compiledData();
  return data ? (data.nameKeys.get(name) ?? name) : normalizeName(name);
}
