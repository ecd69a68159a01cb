/**
 * From a recognized row back to the cell a person typed: the row's block (its grid row, by line)
 * holds each cell with its sheet and reference, so a refusal can say `收支总表!D7`, not just row 7.
 */
import type { Block } from '../../adapters/blocks.js';
import type { Origin, Row, Table } from '../../model/types.js';
/** Where a refusal points: sheet and cell, or a line. */
export interface Place {
    sheet?: string;
    cell?: string;
    line?: number;
}
export declare class CellLocator {
    private readonly byLine;
    constructor(blocks: Block[]);
    /** The cell of `origin`'s row whose text is `text` (an amount as printed, a code), else the row's first cell. */
    cell(origin: Origin, text?: string, nth?: number): Place;
    /**
     * The cell holding the amount of `row` under `key`: the cell printing that amount, the n-th such
     * when several of the row's columns print the same figure (合计 = 基本支出 when there is no 项目支出).
     */
    amountCell(table: Table, row: Row, key: string | undefined): Place;
    /**
     * The cells a table's rows take on its sheet: from its first row to its last, across every column
     * its header or rows print in (`收入总表!A6:K6` for an unfilled table, only its 合计 row there).
     */
    rowsRange(table: Table): Place;
}
