import { normalizeName } from '../model/names.js';
import { applyChanges, changesOf, knownChanges } from './changes.js';
import { parseCsv } from './csv.js';
import { dataNameKey, nameKey, readDataColumns } from './data-files.js';
import { applyRenames, knownRenames, renamesOf } from './renames.js';

/** One entry of a classification list (政府收支分类科目). */
export interface CodeEntry {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  status: string;
  /** The years of LIST_YEARS whose list has this code with this name. */
  years: number[];
}

export type Scheme = 'function' | 'economic-department' | 'economic-government';

/**
 * How a year's list was obtained: `exact` from that year's file; `derived` from the base year's file
 * and the renamings, additions and removals recorded for that year (changes nobody found a source for
 * are not known); `fallback` for a year nobody reviewed: the base list with whatever changes are recorded.
 */
export type Coverage = 'exact' | 'derived' | 'fallback';

/** The years BudgetLens keeps lists for; 2024 is the one written out in full. */
export const LIST_YEARS = [2023, 2024, 2025] as const;
export const BASE_YEAR = 2024;

const cache = new Map<string, CodeList>();

const toEntry = (f: Record<string, string>): CodeEntry => ({
  code: f.code ?? '',
  name: f.name ?? '',
  level: Number(f.level ?? 0),
  parent: f.parent ? f.parent : null,
  status: f.status ?? '',
  years: [],
});

export function parseCodeCsv(text: string): CodeEntry[] {
  return parseCsv(text).map(toEntry);
}

/** A classification list with lookups by code and by normalised name. */
export class CodeList {
  readonly byCode = new Map<string, CodeEntry>();
  private readonly byName = new Map<string, CodeEntry[]>();
  /** Codes whose children the list writes out. */
  private readonly parents = new Set<string>();

  constructor(
    readonly entries: CodeEntry[],
    /** The year this list stands for. */
    readonly year: number | null = null,
    readonly coverage: Coverage = 'exact',
    /** The year of the file the entries come from (differs from `year` unless exact). */
    readonly baseYear: number | null = year,
    /** normalizeName of an entry's name (dataNameKey for a list made only of the data files' names). */
    keyOf: (name: string) => string = nameKey,
  ) {
    for (const e of entries) {
      this.byCode.set(e.code, e);
      if (e.parent) this.parents.add(e.parent);
      const key = keyOf(e.name);
      const list = this.byName.get(key) ?? [];
      list.push(e);
      this.byName.set(key, list);
    }
  }

  get isExact(): boolean {
    return this.coverage === 'exact';
  }

  /** Does the list write out any entry under this code (the 项 of a 款, the 款 of a 类)? */
  hasChildren(code: string): boolean {
    return this.parents.has(code);
  }

  named(name: string): CodeEntry[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  /** Entries with this name at this level, under `parent` when given. */
  find(name: string, level: number, parent?: string | null): CodeEntry[] {
    return this.named(name).filter((e) => e.level === level && (parent == null || e.parent === parent));
  }
}

/** A year's own list file, its entries read straight from the file's columns (no record per row first). */
function readList(scheme: Scheme, year: number): CodeEntry[] | null {
  const table = readDataColumns(`${scheme}-${year}.csv`);
  if (!table) return null;
  const at = (column: string) => table.columns.indexOf(column);
  const [code, name, level, parent, status] = [at('code'), at('name'), at('level'), at('parent'), at('status')];
  const field = (fields: readonly string[], i: number) => (i < 0 ? undefined : fields[i]);
  const entries: CodeEntry[] = [];
  for (const fields of table.rows) {
    const parentCode = field(fields, parent);
    entries.push({
      code: field(fields, code) ?? '',
      name: field(fields, name) ?? '',
      level: Number(field(fields, level) ?? 0),
      parent: parentCode ? parentCode : null,
      status: field(fields, status) ?? '',
      years: [],
    });
  }
  return entries;
}

/** A year's entries (without `years`): its own file, else the base file moved by the recorded changes. */
function entriesOf(scheme: Scheme, year: number): { entries: CodeEntry[]; coverage: Coverage; baseYear: number } {
  const own = readList(scheme, year);
  if (own) return { entries: own, coverage: 'exact', baseYear: year };
  const base = readList(scheme, BASE_YEAR) ?? [];
  const recorded = renamesOf(scheme) !== null || changesOf(scheme) !== null;
  const reviewed = recorded && (LIST_YEARS as readonly number[]).includes(year);
  // Additions and removals are written with the codes of their year, which the recent renamings leave alone.
  const moved = applyChanges(base, knownChanges(scheme), year);
  return {
    entries: applyRenames(moved, knownRenames(scheme), BASE_YEAR, year),
    coverage: reviewed ? 'derived' : 'fallback',
    baseYear: BASE_YEAR,
  };
}

const pairKey = (e: { code: string; name: string }) => `${e.code} ${nameKey(e.name)}`;

/**
 * An entry of a year's list whose `years` are worked out when first asked for: checking a document
 * never asks, and building the other years' lists was most of a cold start's time on a text file.
 * (A getter on the class, not one defined on each of the ~1,100 entries: that alone was ~5 ms of it.)
 */
class ListEntry implements CodeEntry {
  readonly code: string;
  readonly name: string;
  readonly level: number;
  readonly parent: string | null;
  readonly status: string;
  #years: number[] | null = null;
  readonly #yearsOf: (e: CodeEntry) => number[];

  constructor(e: CodeEntry, yearsOf: (e: CodeEntry) => number[]) {
    this.code = e.code;
    this.name = e.name;
    this.level = e.level;
    this.parent = e.parent;
    this.status = e.status;
    this.#yearsOf = yearsOf;
  }

  get years(): number[] {
    this.#years ??= this.#yearsOf(this);
    return this.#years;
  }

  set years(years: number[]) {
    this.#years = years;
  }

  /** The entry as data (JSON output of `codes`), `years` included. */
  toJSON(): CodeEntry {
    const { code, name, level, parent, status, years } = this;
    return { code, name, level, parent, status, years };
  }
}

/** The list of a scheme for a year, with `years` on each entry; `coverage` says how exact it is. */
export function codeList(scheme: Scheme, year: number = BASE_YEAR): CodeList {
  const key = `${scheme}-${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { entries, coverage, baseYear } = entriesOf(scheme, year);
  let pairsByYear: Array<readonly [number, Set<string>]> | null = null;
  const yearsOf = (e: CodeEntry) => {
    pairsByYear ??= LIST_YEARS.map((y) => [y, new Set(entriesOf(scheme, y).entries.map(pairKey))] as const);
    return pairsByYear.filter(([, pairs]) => pairs.has(pairKey(e))).map(([y]) => y);
  };
  const list = new CodeList(
    entries.map((e) => new ListEntry(e, yearsOf)),
    year,
    coverage,
    baseYear,
    // Every name of a year's list is a name of the data files: its own file's, a renaming's or a change's.
    dataNameKey,
  );
  cache.set(key, list);
  return list;
}
