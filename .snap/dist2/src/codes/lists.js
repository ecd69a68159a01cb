import { normalizeName } from '../model/names.js';
import { applyChanges, changesOf, knownChanges } from './changes.js';
import { parseCsv, readDataCsv } from './csv.js';
import { applyRenames, knownRenames, renamesOf } from './renames.js';
/** The years BudgetLens keeps lists for; 2024 is the one written out in full. */
export const LIST_YEARS = [2023, 2024, 2025];
export const BASE_YEAR = 2024;
const cache = new Map();
const toEntry = (f) => ({
    code: f.code ?? '',
    name: f.name ?? '',
    level: Number(f.level ?? 0),
    parent: f.parent ? f.parent : null,
    status: f.status ?? '',
    years: [],
});
export function parseCodeCsv(text) {
    return parseCsv(text).map(toEntry);
}
/** A classification list with lookups by code and by normalised name. */
export class CodeList {
    entries;
    year;
    coverage;
    baseYear;
    byCode = new Map();
    byName = new Map();
    /** Codes whose children the list writes out. */
    parents = new Set();
    constructor(entries, 
    /** The year this list stands for. */
    year = null, coverage = 'exact', 
    /** The year of the file the entries come from (differs from `year` unless exact). */
    baseYear = year) {
        this.entries = entries;
        this.year = year;
        this.coverage = coverage;
        this.baseYear = baseYear;
        for (const e of entries) {
            this.byCode.set(e.code, e);
            if (e.parent)
                this.parents.add(e.parent);
            const key = normalizeName(e.name);
            const list = this.byName.get(key) ?? [];
            list.push(e);
            this.byName.set(key, list);
        }
    }
    get isExact() {
        return this.coverage === 'exact';
    }
    /** Does the list write out any entry under this code (the 项 of a 款, the 款 of a 类)? */
    hasChildren(code) {
        return this.parents.has(code);
    }
    named(name) {
        return this.byName.get(normalizeName(name)) ?? [];
    }
    /** Entries with this name at this level, under `parent` when given. */
    find(name, level, parent) {
        return this.named(name).filter((e) => e.level === level && (parent == null || e.parent === parent));
    }
}
function readList(scheme, year) {
    return readDataCsv(`${scheme}-${year}.csv`)?.map(toEntry) ?? null;
}
/** A year's entries (without `years`): its own file, else the base file moved by the recorded changes. */
function entriesOf(scheme, year) {
    const own = readList(scheme, year);
    if (own)
        return { entries: own, coverage: 'exact', baseYear: year };
    const base = readList(scheme, BASE_YEAR) ?? [];
    const recorded = renamesOf(scheme) !== null || changesOf(scheme) !== null;
    const reviewed = recorded && LIST_YEARS.includes(year);
    // Additions and removals are written with the codes of their year, which the recent renamings leave alone.
    const moved = applyChanges(base, knownChanges(scheme), year);
    return {
        entries: applyRenames(moved, knownRenames(scheme), BASE_YEAR, year),
        coverage: reviewed ? 'derived' : 'fallback',
        baseYear: BASE_YEAR,
    };
}
const pairKey = (e) => `${e.code} ${normalizeName(e.name)}`;
/** The list of a scheme for a year, with `years` on each entry; `coverage` says how exact it is. */
export function codeList(scheme, year = BASE_YEAR) {
    const key = `${scheme}-${year}`;
    const cached = cache.get(key);
    if (cached)
        return cached;
    const { entries, coverage, baseYear } = entriesOf(scheme, year);
    // `years` is worked out when first asked for: checking a document never asks, and building
    // the other years' lists was most of a cold start's time on a text file.
    let pairsByYear = null;
    const yearsOf = (e) => {
        pairsByYear ??= LIST_YEARS.map((y) => [y, new Set(entriesOf(scheme, y).entries.map(pairKey))]);
        return pairsByYear.filter(([, pairs]) => pairs.has(pairKey(e))).map(([y]) => y);
    };
    for (const e of entries) {
        Object.defineProperty(e, 'years', {
            enumerable: true,
            configurable: true,
            get: () => {
                const years = yearsOf(e);
                Object.defineProperty(e, 'years', { value: years, enumerable: true, writable: true, configurable: true });
                return years;
            },
        });
    }
    const list = new CodeList(entries, year, coverage, baseYear);
    cache.set(key, list);
    return list;
}
//# sourceMappingURL=lists.js.map