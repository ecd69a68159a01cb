/**
 * pdf.js text items → text pieces placed on the page (top-left origin). Items that hold several
 * cells separated by runs of spaces are split, with positions shared out by character width.
 */
import { normalizeText } from '../normalize.js';
import { type Matrix, type TextPiece } from './geometry.js';
export { normalizeText };
export interface RawTextItem {
    str: string;
    transform: number[];
    width: number;
    height: number;
}
/** Relative advance of a character: CJK and full-width forms are about twice a Latin glyph. */
export declare function advance(ch: string): number;
export declare function piecesFromItems(items: RawTextItem[], view: Matrix): TextPiece[];
export declare function splitAtBorders(piece: TextPiece, borders: number[]): TextPiece[];
