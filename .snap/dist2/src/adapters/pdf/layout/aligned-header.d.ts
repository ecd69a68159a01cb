/**
 * The header of a table drawn without rules: the lines above its first data row, whose cells may be
 * wrapped over several lines (一般公共预 / 算) and centred over the columns they head. A label is a
 * group when it is centred over several columns that each have labels below it (财政拨款收入 over
 * 一般公共预算 | 政府性基金预算 | 国有资本经营预算); every other label belongs to the column its
 * centre is in, and the labels of one column are read top to bottom as one text.
 */
import { type ColumnRange } from './aligned-columns.js';
import type { TextLine } from './lines.js';
import type { LaidRow } from './page.js';
/**
 * Header rows on the table's columns (`xs` its borders, `ranges` what its data occupies in each
 * column): one row per level of group labels, then one row of column labels.
 */
export declare function headerRows(lines: TextLine[], xs: number[], ranges: ColumnRange[]): LaidRow[];
