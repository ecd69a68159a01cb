/**
 * Evidence that a code is in use, beside the lists: the codes printed with a name in real
 * disclosures of a year (`evidence/observed-<year>.csv`: about 250 budgets of 2026 from 11 cities). It is
 * unofficial and noisy — a project name can stand in the name column, an outdated name be printed —
 * so it never enters a list: it tells that a code a derived list lacks exists, and which name the
 * documents print for it. Read on first use only (a document of another year never pays for it).
 * It lives apart from `data/` (the lists), which the reader uses: the reader never reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.js';
import type { Scheme } from './lists.js';

export interface ObservedCode {
  code: string;
  /** The name printed most often. */
  name: string;
  /** Every name printed with the code, most printed first (noise included). */
  names: string[];
  /** How many cities' documents print it. */
  cities: number;
}

const SCHEMES: Record<string, Scheme> = {
  function: 'function',
  dept_economic: 'economic-department',
  gov_economic: 'economic-government',
};

/** A code of the numbering: 3, 5 or 7 digits, no 款 or 项 numbered 00 (21000 “平方米” is a figure read as a code). */
const WELL_FORMED = /^\d{3}(?:(?!00)\d{2}){0,2}$/;

/** “信访业务(11); 接待中心安保服务(1)” → the names, in the file's order (most printed first). */
function variants(field: string): string[] {
  return field
    .split('; ')
    .map((v) => /^(.*)\(\d+\)$/.exec(v.trim())?.[1] ?? '')
    .filter((name) => name !== '');
}

/** A scheme's observed codes as the build writes them: code → [name, cities, names]. */
type Compiled = Partial<Record<Scheme, Record<string, [string, number, string[]]>>>;

/**
 * The CSV as JSON, written by the build beside the compiled code (scripts/copy-data.mjs): parsing
 * the CSV and its name variants cost ~15 ms of CPU on a cold start, JSON.parse of the result ~1.5 ms.
 */
export function compileObserved(csv: string): string {
  const out: Compiled = {};
  for (const r of parseCsv(csv)) {
    const scheme = SCHEMES[(r.kind ?? '').split('(')[0] as string];
    const code = r.code ?? '';
    const name = r.name_most_common ?? '';
    if (!scheme || !WELL_FORMED.test(code) || name === '') continue;
    const codes = out[scheme] ?? {};
    codes[code] = [name, Number(r.n_city_folders ?? 0), variants(r['name_variants(count)'] ?? '')];
    out[scheme] = codes;
  }
  return JSON.stringify(out);
}

/** Per year, the observed codes (null: no documents of that year were observed). */
const byYear = new Map<number, Compiled | null>();

function observedOf(scheme: Scheme, year: number): Record<string, [string, number, string[]]> | null {
  if (!byYear.has(year)) {
    const path = fileURLToPath(new URL(`observed-${year}.json`, new URL('./evidence/', import.meta.url)));
    byYear.set(year, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Compiled) : null);
  }
  const compiled = byYear.get(year);
  return compiled ? (compiled[scheme] ?? {}) : null;
}

/** The evidence that documents of `year` print `code`, or null. */
export function observedCode(scheme: Scheme, year: number, code: string): ObservedCode | null {
  const codes = observedOf(scheme, year);
  const found = codes && Object.hasOwn(codes, code) ? codes[code] : undefined;
  return found ? { code, name: found[0], cities: found[1], names: found[2] } : null;
}

/** Whether a printed name is one the documents print for the code (`same` compares names, allowing short forms). */
export function printedAsObserved(observed: ObservedCode, name: string, same: (a: string, b: string) => boolean): boolean {
  return observed.names.some((n) => same(name, n)) || same(name, observed.name);
}
