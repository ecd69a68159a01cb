import type { GridRow, TextStyle } from '../adapters/blocks.js';
import { type ColumnMeaning } from './column-keys.js';
/** Header rows, data rows and the meaning of each column position. */
export interface GridLayout {
    headerRows: GridRow[];
    dataRows: GridRow[];
    /** Column-number rows (栏次 1 2 3 …) seen and skipped. */
    numberRows: GridRow[];
    columns: LayoutColumn[];
}
export interface LayoutColumn extends ColumnMeaning {
    index: number;
    path: string[];
    /** Side-by-side halves of one table (经济分类 | 科目名称 | 决算数 twice): 0, 1, … */
    panel?: number;
}
/** 栏次 rows and `** 1 2 3` rows that only number the columns. */
export declare function isColumnNumberRow(row: GridRow): boolean;
export declare function splitHeader(rows: GridRow[], style?: TextStyle): {
    headerRows: GridRow[];
    dataRows: GridRow[];
    numberRows: GridRow[];
};
/**
 * Tab-separated dumps place header labels by guesswork too: Jilin's 收入预算总表 prints 其他收入
 * one column right, under 上年结转结余/财政拨款结转, and 上年结转结余 two columns left, over
 * 附属单位上缴收入. A column whose groups cannot hold it (this year's income under 上年结转, a
 * fiscal carry-over under 非财政拨款结转结余) belongs to the nearest group that can: it takes that
 * group's path and becomes the group's next column, the columns it passed moving over by one.
 */
export declare function regroupByMeaning(paths: string[][]): string[][];
/** A column that totals its side or its table, though its label names a part: its key is `total`. */
export declare function wholeTotal(column: LayoutColumn): void;
export declare function buildLayout(rows: GridRow[], style: TextStyle): GridLayout;
/** Each column's header path as the recognizer reads these header rows in this text style. */
export declare function headerPaths(style: TextStyle, headerRows: GridRow[], total: number): string[][];
