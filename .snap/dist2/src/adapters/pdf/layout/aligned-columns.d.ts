import type { Chunk, TextLine } from './lines.js';
/** An amount as printed in a cell: 1,234.56, -12.5, (3.00), 0, a code such as 2010401. */
export declare const AMOUNT: RegExp;
export declare const isAmount: (text: string) => boolean;
export declare function hasAmount(line: TextLine): boolean;
/** A money amount with decimals or thousands separators: never the start of a name (2026年 is). */
export declare const DECIMAL: RegExp;
/**
 * A chunk holding the texts of several cells (a PDF wrote them as one run with single spaces, or as
 * pieces too close to part), split at each cell border. Positions inside a run are shared out by
 * character width, as for the pieces of a text item; where pieces touch, the later one's start is known.
 */
export declare function splitCells(chunk: Chunk): Chunk[];
export declare function withCellsSplit(line: TextLine): TextLine;
/**
 * The x range a column's cells occupy, how many of them are amounts (with decimals or thousands:
 * right-aligned) and how many words (left-aligned or centred); codes and counts are neither.
 */
export interface ColumnRange {
    x0: number;
    x1: number;
    amounts: number;
    words: number;
    /** How its cells line up, when they say: on their left edges or on their right edges. */
    align?: 'left' | 'right';
}
/**
 * Column ranges: the union of the x ranges of the data lines' chunks, merged where they overlap
 * (or nearly). A header label outside every range heads the nearest column (a centred label over
 * right-aligned amounts), unless a label of its own line already heads that one: then it heads a
 * column of its own, empty in every data row. Texts wrapped between the data lines outside every
 * range make a column of their own too.
 */
export declare function columnRanges(body: TextLine[], header: TextLine[], tolerance: number, wrapped?: TextLine[]): ColumnRange[];
/** The gutter border `k` lies in: between the ranges of columns k-1 and k. */
export declare function gutterOf(ranges: ColumnRange[], k: number): [number, number];
/**
 * Where border `k` (between columns k-1 and k) most likely is: a column whose cells share their right
 * edge (amounts, mostly) ends just after them, one whose cells share their left edge (names, mostly)
 * starts just before them; where both are said, the left edge of the column after wins; otherwise
 * the middle of the gutter.
 */
export declare function borderAt(ranges: ColumnRange[], k: number): number;
/** Column borders, and the outer edges of everything placed. */
export declare function bordersOf(ranges: ColumnRange[], left: number, right: number): number[];
/** The columns a chunk covers: the one its centre is in, and those it overlaps by a third of its width. */
export declare function coveredColumns(chunk: {
    x0: number;
    x1: number;
}, xs: number[]): number[];
