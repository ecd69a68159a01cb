/**
 * Tables printed in two halves side by side (the 决算 基本支出表: 人员经费 on the left, 公用经费 on
 * the right, each half ending in its own 合计). Each half's amounts are keyed by what its total
 * row names (人员经费合计 → `personnel`, 公用经费合计 → `public_use`), besides `total`, and the two
 * half totals become one total row, so the table reads like the budget-phase 基本支出表.
 */
import type { Column, Row } from '../model/types.js';
export declare function mergePanels(panels: Row[][], columns: Column[]): {
    rows: Row[];
    columns: Column[];
};
