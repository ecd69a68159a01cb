import { normalizeName } from '../model/names.js';
import { dataTable } from './csv.js';
/** The recorded renamings of a scheme, or null when none were reviewed for it (no file). */
export function renamesOf(scheme) {
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
export function knownRenames(scheme) {
    return (renamesOf(scheme) ?? []).filter((r) => r.status === 'known');
}
/** Moves a list of `from` year to `to` year: each renaming crossed is applied forwards or backwards. */
export function applyRenames(entries, renames, from, to) {
    let out = entries.map((e) => ({ ...e }));
    const forward = renames.filter((r) => from < r.fromYear && to >= r.fromYear).sort((a, b) => a.fromYear - b.fromYear);
    const backward = renames.filter((r) => to < r.fromYear && from >= r.fromYear).sort((a, b) => b.fromYear - a.fromYear);
    const steps = [
        ...forward.map((r) => [
            { code: r.oldCode, name: r.oldName },
            { code: r.newCode, name: r.newName },
        ]),
        ...backward.map((r) => [
            { code: r.newCode, name: r.newName },
            { code: r.oldCode, name: r.oldName },
        ]),
    ];
    for (const [a, b] of steps) {
        const key = normalizeName(a.name);
        out = out.map((e) => {
            if (e.code === a.code && normalizeName(e.name) === key)
                return { ...e, code: b.code, name: b.name };
            // Children follow a renumbered parent.
            if (e.parent === a.code && a.code !== b.code)
                return { ...e, parent: b.code };
            return e;
        });
    }
    return out;
}
/** The year whose list has this printed pair when the document's year has another (an old or a new name). */
export function nameInOtherYear(scheme, code, printed, year, same) {
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
//# sourceMappingURL=renames.js.map