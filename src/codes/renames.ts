import { normalizeName } from '../model/names.js';
import { dataTable } from './data-files.js';

/** A code renamed (or renumbered) in a year's list: the new pair is valid from `fromYear` on. */
export interface Rename {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  fromYear: number;
  status: string;
  note: string;
}

/** Where a code and name pair stands in another year's list than the document's. */
export interface OtherYearName {
  /** A year whose list has the printed pair. */
  year: number;
  /** The pair the document's year has instead. */
  code: string;
  name: string;
}

/** The recorded renamings of a scheme, or null when none were reviewed for it (no file). */
export function renamesOf(scheme: string): Rename[] | null {
  return dataTable(`${scheme}-renames.csv`, (r) => ({
    oldCode: r.old_code ?? '',
    oldName: r.old_name ?? '',
    newCode: r.new_code ?? '',
    newName: r.new_name ?? '',
    fromYear: Number(r.from_year),
    status: r.status ?? '',
    note: r.note ?? '',
  }));
}

/** Only renamings we are sure of change lists and findings; unverified rows are kept for review. */
export function knownRenames(scheme: string): Rename[] {
  return (renamesOf(scheme) ?? []).filter((r) => r.status === 'known');
}

interface Pair {
  code: string;
  name: string;
}

/** Moves a list of `from` year to `to` year: each renaming crossed is applied forwards or backwards. */
export function applyRenames<T extends Pair & { parent: string | null }>(
  entries: T[],
  renames: Rename[],
  from: number,
  to: number,
): T[] {
  let out = entries.map((e) => ({ ...e }));
  const forward = renames.filter((r) => from < r.fromYear && to >= r.fromYear).sort((a, b) => a.fromYear - b.fromYear);
  const backward = renames.filter((r) => to < r.fromYear && from >= r.fromYear).sort((a, b) => b.fromYear - a.fromYear);
  const steps: Array<[Pair, Pair]> = [
    ...forward.map((r): [Pair, Pair] => [
      { code: r.oldCode, name: r.oldName },
      { code: r.newCode, name: r.newName },
    ]),
    ...backward.map((r): [Pair, Pair] => [
      { code: r.newCode, name: r.newName },
      { code: r.oldCode, name: r.oldName },
    ]),
  ];
  for (const [a, b] of steps) {
    const key = normalizeName(a.name);
    out = out.map((e) => {
      if (e.code === a.code && normalizeName(e.name) === key) return { ...e, code: b.code, name: b.name };
      // Children follow a renumbered parent.
      if (e.parent === a.code && a.code !== b.code) return { ...e, parent: b.code };
      return e;
    });
  }
  return out;
}

/** The year whose list has this printed pair when the document's year has another (an old or a new name). */
export function nameInOtherYear(
  scheme: string,
  code: string,
  printed: string,
  year: number,
  same: (printed: string, listed: string) => boolean,
): OtherYearName | null {
  for (const r of knownRenames(scheme)) {
    if (year >= r.fromYear && r.oldCode === code && same(printed, r.oldName)) {
      return { year: r.fromYear - 1, code: r.newCode, name: r.newName };
    }
    if (year < r.fromYear && r.newCode === code && same(printed, r.newName)) {
      return { year: r.fromYear, code: r.oldCode, name: r.oldName };
    }
  }
  return null;
}
