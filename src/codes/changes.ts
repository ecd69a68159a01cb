import { byCodeUnit } from '../model/order.js';
import { dataTable } from './data-files.js';
import type { CodeEntry } from './lists.js';

/**
 * A code added to a year's list (present from `year` on) or removed from it (present before `year`).
 * Renamings are kept apart, in `<scheme>-renames.csv`.
 */
export interface Change {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  change: 'added' | 'removed';
  year: number;
  status: string;
  source: string;
}

/** The recorded additions and removals of a scheme, or null when none were reviewed for it (no file). */
export function changesOf(scheme: string): Change[] | null {
  return dataTable(`${scheme}-changes.csv`, (r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    level: Number(r.level ?? 0),
    parent: r.parent ? r.parent : null,
    change: r.change === 'removed' ? ('removed' as const) : ('added' as const),
    year: Number(r.year),
    status: r.status ?? '',
    source: r.source ?? '',
  }));
}

/**
 * Changes with a source change the lists; unverified rows are kept for review, like unverified renamings.
 * An `observed` addition is a code that documents of `year` print: it is in the lists from `year` on,
 * but when it entered the list is not known, so nothing says it is missing before.
 */
export function knownChanges(scheme: string): Change[] {
  return (changesOf(scheme) ?? []).filter((c) => c.status !== 'unverified');
}

/** Whether the changed code is in the list of `year`. */
export function inYear(change: Change, year: number): boolean {
  return change.change === 'added' ? year >= change.year : year < change.year;
}

/** Where a new entry goes: among its siblings in code order, after the subtree of the one before it. */
function slot(entries: CodeEntry[], change: Change): number {
  const parent = change.parent;
  let i = parent ? entries.findIndex((e) => e.code === parent) + 1 : 0;
  while (i < entries.length) {
    const e = entries[i] as CodeEntry;
    if (parent && !e.code.startsWith(parent)) break;
    if (e.level === change.level && e.code > change.code) break;
    i++;
  }
  return i;
}

/** A list of the base year moved to `year`: codes not in that year's list go (with their 项), codes new to it come in. */
export function applyChanges(entries: CodeEntry[], changes: Change[], year: number): CodeEntry[] {
  const gone = changes.filter((c) => !inYear(c, year)).map((c) => c.code);
  const out = entries.filter((e) => !gone.some((code) => e.code.startsWith(code)));
  // Parents first, so that a new 款 is in place before its new 项.
  const added = changes.filter((c) => inYear(c, year)).sort((a, b) => byCodeUnit(a.code, b.code));
  for (const c of added) {
    if (out.some((e) => e.code === c.code)) continue;
    // An entry whose parent is not in the year's list would be an orphan: the data test forbids it.
    if (c.parent && !out.some((e) => e.code === c.parent)) continue;
    const entry: CodeEntry = { code: c.code, name: c.name, level: c.level, parent: c.parent, status: c.status, years: [] };
    out.splice(slot(out, c), 0, entry);
  }
  return out;
}

/** The recorded change that keeps this code out of the list of `year` (added later or removed before), if any. */
export function outOfYear(scheme: string, code: string, year: number): Change | null {
  return knownChanges(scheme).find((c) => c.code === code && c.status !== 'observed' && !inYear(c, year)) ?? null;
}
