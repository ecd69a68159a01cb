/**
 * Row roles a table says by its shape rather than its words: a total printed without a label, and
 * units named only by their codes, nested by prefix (北京 收入总表: 015 the department, 015001 and
 * 015002 its units, then an unlabelled bold total row).
 */
import { atScale } from '../model/amount.js';
const UNIT_CODE = /^\d{3,12}$/;
/** Compare two amounts exactly, at the finer precision. */
function atLeast(a, b) {
    const scale = Math.max(a.scale, b.scale);
    return atScale(a, scale) >= atScale(b, scale);
}
/**
 * The last row of a table with amounts but no label and no code is its total when none of its
 * amounts is exceeded by the same column of another row (a total holds its parts).
 */
export function markUnlabelledTotal(rows) {
    const last = rows[rows.length - 1];
    if (!last || rows.length < 2 || last.label !== '' || last.code !== null || last.isTotal)
        return;
    const keys = Object.keys(last.values);
    if (keys.length === 0)
        return;
    const holds = rows.slice(0, -1).every((r) => keys.every((k) => {
        const part = r.values[k];
        const whole = last.values[k];
        return part === undefined || part.scaled < 0n || atLeast(whole, part);
    }));
    if (holds)
        last.isTotal = true;
}
/** Rows labelled by unit codes: a code extending another row's code is one level below it. */
export function unitCodeLevels(rows) {
    const coded = rows.filter((r) => !r.isTotal && UNIT_CODE.test(r.name));
    if (coded.length < 2 || coded.length < rows.filter((r) => !r.isTotal).length)
        return;
    const codes = coded.map((r) => r.name);
    for (const row of coded) {
        row.level = 1 + codes.filter((c) => c !== row.name && row.name.startsWith(c)).length;
    }
}
//# sourceMappingURL=row-roles.js.map