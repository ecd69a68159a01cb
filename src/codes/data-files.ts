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
  tables: Map<string, Rows>;
  nameKeys: Map<string, string>;
  /** Every value of a name column: those not in nameKeys are their own key. */
  names: Set<string>;
}

let compiled: Compiled | null | undefined;

function compiledData(): Compiled | null {
  if (compiled === undefined) {
    const path = dataPath(COMPILED_FILE);
    const data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CompiledData) : null;
    compiled = data && { tables: new Map(), nameKeys: new Map(Object.entries(data.nameKeys)), names: new Set() };
    for (const [file, { columns, rows }] of Object.entries(data?.tables ?? {})) {
      const records: Array<Record<string, string>> = [];
      for (const fields of rows) {
        const record: Record<string, string> = {};
        for (let i = 0; i < columns.length; i++) record[columns[i] as string] = fields[i] as string;
        records.push(record);
      }
      compiled?.tables.set(file, records);
      for (const column of columns.filter(isNameColumn))
        for (const record of records) compiled?.names.add(record[column] as string);
    }
  }
  return compiled;
}

const parsed = new Map<string, Rows | null>();

/** A data file's rows, read once (a year's list is built from the base file several times); null when there is no such file. */
export function readDataCsv(file: string): Rows | null {
  if (!parsed.has(file)) {
    const path = dataPath(file);
    const rows = compiledData()?.tables.get(file) ?? (existsSync(path) ? parseCsv(readFileSync(path, 'utf8')) : null);
    parsed.set(file, rows);
  }
  return parsed.get(file) ?? null;
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
  return data?.nameKeys.get(name) ?? (data?.names.has(name) ? name : normalizeName(name));
}
