/**
 * Text a PDF draws but clips away is not printed, and is not read. Spreadsheets printed over pages
 * draw a merged cell's whole text on every page it spans, clipped to the part of the cell on that
 * page (北京 项目支出绩效目标表): pdf.js reports all of it, so the hidden lines would land above the
 * table, or inside the header cells repeated there. The operator list says where each text run
 * starts and which clipping box is in force; a text item that no box of the runs drawing it
 * shows is dropped.
 */
import { type Box, type Matrix, type TextPiece } from './geometry.js';
/** pdf.js OPS numbers of the text-positioning and text-showing operators (optional: a test may leave them out). */
export interface TextOpCodes {
    beginText?: number;
    setTextMatrix?: number;
    moveText?: number;
    setLeadingMoveText?: number;
    setLeading?: number;
    nextLine?: number;
    showText?: number;
    showSpacedText?: number;
    nextLineShowText?: number;
    nextLineSetSpacingShowText?: number;
}
/** Where a run of text starts on the page (baseline), and the clipping box it is drawn in (null: none). */
export interface ClippedRun {
    x: number;
    y: number;
    clip: Box | null;
    /** Drawn with no ink a reader sees (render mode 3, white on white: see ink.ts). */
    hidden?: boolean;
}
/** The text matrix and line matrix through BT, Tm, Td, TD, TL, T*, ' and ". */
export declare class TextPosition {
    private readonly ops;
    private tm;
    private tlm;
    private leading;
    constructor(ops: TextOpCodes);
    /** Applies one operator; returns true when it shows text (a run starts where the matrix is now). */
    step(fn: number, args: unknown[] | null): boolean;
    private move;
    /** The run's start on the page, given the CTM and the page view. */
    start(device: Matrix): [number, number];
}
/**
 * The text pieces the page shows: drawn with ink where the clipping boxes leave it visible (text
 * placed off the page pdf.js leaves out itself). A piece is drawn by the runs on its baseline that start last at or before it, and by the
 * runs that start inside it (a title spread over several spreadsheet cells is drawn cell by cell,
 * each part clipped to its cell: 湖州's 财政拨款收支预算总表 title). It is printed where one of those
 * runs leaves ink (see ink.ts) and is unclipped, or clipped to a box that holds the piece's middle
 * line and overlaps its width.
 */
export declare function visiblePieces(pieces: TextPiece[], runs: ClippedRun[]): TextPiece[];
