import type { TextStyle } from '../adapters/blocks.js';
import { type GridLayout } from './header.js';
import type { RawTable } from './segment.js';
/**
 * A table with its header layout, the line of the grid its lone title took, and the lines where later
 * pages were joined. The layout is laid on the table's first rows only (`partial` when it has more):
 * enough to tell its kind, and bounded, so a table of thousands of rows (广州's project lists) costs
 * no more to weigh than a short one; a table read through its layout gets the whole layout later.
 */
export interface LaidOutTable {
    raw: RawTable;
    layout: GridLayout;
    partial: boolean;
    gridBelow?: number;
    joined: number[];
}
/** The whole layout of a table whose kind was weighed on a part of it. */
export declare function fullLayout(table: LaidOutTable, style: TextStyle): GridLayout;
/**
 * A title printed apart from its grid (广州's 一般公共预算支出情况表: the title, then the grid as a
 * table of its own) is the title of the untitled grid right after it. A table continued on later
 * pages without its title: an untitled grid whose header repeats, cell
 * for cell, the header of the table just before it (北京's 项目支出绩效目标表 runs over dozens of
 * pages, each repeating 项目名称 | 项目总额 …) is that table's next page, and its rows are joined to
 * it; the repeated header is dropped like any header repeated after a page break. A grid without a
 * header, or with another one, stays a table of its own.
 */
export declare function joinContinuations(tables: RawTable[], style: TextStyle): LaidOutTable[];
