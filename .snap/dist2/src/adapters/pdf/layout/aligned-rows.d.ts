import { type TextLine } from './lines.js';
import type { LaidRow } from './page.js';
export declare function toRow(line: TextLine, xs: number[]): LaidRow;
/** `lines` in reading order, data lines and the lines of wrapped texts among them. */
export declare function bodyRows(lines: TextLine[], isData: (line: TextLine) => boolean, xs: number[]): LaidRow[];
/**
 * Lines at the bottom of the header block that are the upper half of the first row's centred cells:
 * each of their cells sits in a column where the first row has more wrapped lines below its data line
 * than claimed above it so far. Returns how many header lines (from the bottom) belong to the body.
 */
export declare function firstRowLines(header: TextLine[], body: TextLine[], isData: (line: TextLine) => boolean, xs: number[]): number;
