import { compact, joinBrokenText } from '../model/names.js';
import { INDICATOR_L1, INDICATOR_L2 } from './vocabulary.js';
/** The vocabulary and pieces every layout of a performance-target table (项目支出绩效目标表) shares. */
export const PROJECT_AMOUNT = /^\d{1,9}(?:,\d{3})*\.\d{2}$/;
export const HEADER_CELL = /^(?:单位名称|项目(?:名称)?$|年度资金总额|(?:项目)?(?:总体|年度|当年)?绩效目标|一级指标|二级指标|三级指标|指标解释|指标值|权重|绩效指标描述|指标值确定依据|绩效指标|金额|当年财政拨款预算金额|指标名称|指标性质|计量单位|指标权重|\*+$)/;
export function texts(row) {
    return row.cells.map((c) => joinBrokenText(c.text)).filter((t) => t !== '');
}
export function isL1(t) {
    return INDICATOR_L1.test(compact(t));
}
export function isL2(t) {
    return INDICATOR_L2.test(compact(t));
}
/** Reads the indicator part of a row (cells after the project columns). */
export function indicatorFrom(cells, prev, withWeight, firstIsLevel2 = false) {
    let l1 = prev.l1;
    let l2 = prev.l2;
    const rest = [];
    for (const [i, c] of cells.entries()) {
        if (i === 0 && firstIsLevel2 && isL2(c)) {
            l2 = compact(c);
            continue;
        }
        if (rest.length === 0 && isL1(c)) {
            l1 = compact(c);
            l2 = '';
        }
        else if (rest.length === 0 && isL2(c))
            l2 = compact(c);
        else
            rest.push(c);
    }
    if (rest.length === 0)
        return null;
    const indicator = { l1, l2, l3: rest[0] };
    const tail = rest.slice(1);
    if (withWeight && tail.length >= 1 && /^\d{1,3}(?:\.\d+)?$/.test(tail[tail.length - 1])) {
        indicator.weight = tail.pop();
    }
    if (tail.length >= 2) {
        indicator.description = tail[0];
        indicator.target = tail[1];
        if (tail[2])
            indicator.basis = tail[2];
    }
    else if (tail.length === 1)
        indicator.target = tail[0];
    return indicator;
}
const FLAT_ROLES = [
    [/^(?:指标名称|三级指标)$/, 'name'],
    // 长沙 prints the sign as 指标值类型 (＝, ≥) and the unit as 度量单位.
    [/^(?:指标性质|指标值类型)$/, 'sign'],
    [/^指标值$/, 'value'],
    [/^(?:计量|度量)单位$/, 'measure'],
    [/^(?:指标)?权重/, 'weight'],
    [/^一级指标$/, 'l1'],
    [/^二级指标$/, 'l2'],
];
/**
 * The flat indicator columns a header row names (by grid column, a merged cell covering its span), or
 * null. With `tree`, the indicators' 一级 / 二级 levels may be columns of their own (一级指标 | 二级指标 |
 * 三级指标 | 指标值), merged down over the rows under them.
 */
export function flatIndicatorColumns(row, tree = false) {
    const roles = new Map();
    for (const cell of row.cells) {
        const role = FLAT_ROLES.find(([test]) => test.test(compact(cell.text)))?.[1];
        if (role)
            for (let col = cell.col; col < cell.col + (cell.span ?? 1); col++)
                roles.set(col, role);
    }
    const has = new Set(roles.values());
    return has.has('name') && (has.has('value') || has.has('sign')) && (tree || !has.has('l1')) ? roles : null;
}
/** One flat indicator row, or null when the row names no indicator. */
export function flatIndicator(row, roles) {
    const by = {};
    for (const cell of row.cells) {
        const role = roles.get(cell.col);
        const text = joinBrokenText(cell.text);
        if (role && text !== '' && by[role] === undefined)
            by[role] = text;
    }
    if (!by.name || HEADER_CELL.test(compact(by.name)))
        return null;
    const indicator = { l1: by.l1 ?? '', l2: by.l2 ?? '', l3: by.name };
    const target = [by.sign, by.value, by.measure].filter((t) => t !== undefined).join('');
    if (target !== '')
        indicator.target = target;
    if (by.weight)
        indicator.weight = by.weight;
    return indicator;
}
//# sourceMappingURL=performance-parts.js.map