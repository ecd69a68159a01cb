/**
 * Text inside a table's ruling that no closed cell holds: a cell whose borders the PDF does not draw
 * (上海市数据局's 收入预算 over columns that run on past the page's edge has no right border). Its
 * place is the run of grid positions in that row that no closed cell covers, around the text.
 */
import type { RuledTable } from './tables.js';
export interface OpenCell {
    row: number;
    col: number;
    span: number;
}
/** Per grid row, which columns a closed cell covers. */
export declare function coverage(table: RuledTable): boolean[][];
/** The open cell at a point of the table, or null when the point is outside it or in a closed cell's place. */
export declare function openCellAt(table: RuledTable, covered: boolean[][], x: number, y: number): OpenCell | null;
