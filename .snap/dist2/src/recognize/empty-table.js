import { isConditionalStatement } from './vocabulary.js';
const printsOnlyZeros = (rows) => rows.every((r) => Object.values(r.values).every((v) => v.scaled === 0n));
/**
 * No row holds an amount or a text. A table that says it is empty (注：本表本年无发生额, 备注：本单位
 * 2026 年没有使用政府性基金预算拨款安排的支出。) and prints only zeros — a 合计 of 0.00, or each item at
 * 0.00 — is empty as it says: 广州 and 珠海 print their empty tables so, 泉州 its empty fund tables. A
 * statement of what an empty table would mean (此表如无数字则表示…) does not make its zeros empty. A
 * list with no amount column (序号 | 单位名称) has a data row for each row that names something.
 */
export function hasNoDataRow(rows, columns, statement) {
    if (rows.some((r) => Object.keys(r.texts).length > 0))
        return false;
    if (!columns.some((c) => c.type === 'amount'))
        return rows.every((r) => r.label === '' && r.name === '');
    if (rows.every((r) => Object.keys(r.values).length === 0))
        return true;
    return statement !== null && statement !== undefined && !isConditionalStatement(statement.text) && printsOnlyZeros(rows);
}
//# sourceMappingURL=empty-table.js.map