/**
 * Classification codes as tables print them: one column (2011301) or split over 类 | 款 | 项
 * (201 | 13 | 01), and sometimes two codes per row — the 基本支出表 of the national template prints
 * the 部门预算支出经济分类 code (301 | 01) and the 政府预算支出经济分类 code (501 | 01) side by side,
 * each before its own name column. Each run of code columns is its own code: never joined across.
 */
import { compact } from '../model/names.js';
/**
 * The code runs of one side or panel. The run printed right before the row's label (or, failing
 * that, the first run) is the row's code; a run right before another name column codes that name
 * (政府预算支出经济分类科目名称 `gov_economic_name` → `gov_economic_code`).
 */
export function codeGroups(columns) {
    const runs = [];
    for (const column of columns) {
        if (column.role !== 'code')
            continue;
        const run = runs[runs.length - 1];
        const last = run?.[run.length - 1];
        if (run && last && column.index === last.index + 1)
            run.push(column);
        else
            runs.push([column]);
    }
    if (runs.length <= 1)
        return runs.map((run) => ({ key: null, columns: run }));
    const next = (run) => columns.find((c) => c.index === run[run.length - 1].index + 1);
    let own = runs.findIndex((run) => next(run)?.role === 'label');
    if (own < 0)
        own = 0;
    return runs.map((run, i) => {
        if (i === own)
            return { key: null, columns: run };
        const named = next(run);
        const key = named?.role === 'text' && named.key.endsWith('_name') ? named.key.replace(/_name$/, '_code') : `code_${i + 1}`;
        return { key, columns: run };
    });
}
/**
 * The printed code: one column, or 类 | 款 | 项 parts joined. A 款 or 项 part printed with one digit
 * ("2" — a spreadsheet that dropped the leading zero) stands for two ("02").
 */
export function joinCodeParts(parts) {
    if (parts.length <= 1)
        return { code: parts[0] || null, malformed: false };
    const [head = '', ...rest] = parts;
    const joined = head + rest.map((p) => (/^\d$/.test(p) ? `0${p}` : p)).join('');
    // A 类 part that is not three digits cannot be read as a code: the row is resolved by its name.
    if (parts.every((p) => /^\d*$/.test(p)) && joined !== '' && !/^\d{3}$/.test(head))
        return { code: null, malformed: true };
    if (!/^\d+$/.test(joined))
        return { code: null, malformed: false };
    return { code: joined || null, malformed: false };
}
/**
 * Reads one code group row after row. Split codes are printed carried down: the 类 part only on
 * the 类 row, a 款 row printing only its 款 part under it (201 | | → | 06 | → | | 01). A blank
 * leading part takes the part printed above it, as long as the rows above printed one.
 */
export class SplitCodeReader {
    carried = [];
    read(printed) {
        const parts = printed.map(compact);
        const first = parts.findIndex((p) => p !== '');
        if (parts.length > 1 && first > 0 && parts.every((p) => /^\d*$/.test(p)) && this.carried.length >= first) {
            for (let i = 0; i < first; i++)
                parts[i] = this.carried[i];
        }
        const result = joinCodeParts(parts);
        if (result.code && parts.length > 1) {
            let last = parts.length - 1;
            while (last > 0 && parts[last] === '')
                last--;
            this.carried = parts.slice(0, last + 1);
        }
        return { ...result, parts };
    }
}
//# sourceMappingURL=split-codes.js.map