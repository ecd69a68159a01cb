/**
 * Ruling lines from a page's operator list. pdf.js gives path coordinates in user space, so the
 * current transformation matrix is tracked through save/restore/transform and form XObjects.
 * Stroked axis-aligned segments and thin filled rectangles are lines; the outline of a larger
 * filled rectangle counts too (shaded cells), except white fills and page-sized backgrounds.
 */
import { type ClippedRun, type TextOpCodes } from './clip.js';
import { type Edge, type Matrix } from './geometry.js';
import type { LayoutSettings } from './settings.js';
/** The pdf.js OPS numbers this stage needs (passed in, so the stage stays pure and testable). */
export interface OpCodes extends TextOpCodes {
    save: number;
    restore: number;
    transform: number;
    constructPath: number;
    paintFormXObjectBegin: number;
    paintFormXObjectEnd: number;
    setFillRGBColor: number;
    setStrokeRGBColor: number;
    stroke: number;
    closeStroke: number;
    fill: number;
    eoFill: number;
    fillStroke: number;
    eoFillStroke: number;
    closeFillStroke: number;
    closeEOFillStroke: number;
    /** Clipping (W / W*): the next path is the clipping path; nothing outside it is printed. */
    clip?: number;
    eoClip?: number;
    /** Tr, and the images a scanned page is painted with (see ink.ts). */
    setTextRenderingMode?: number;
    paintImageXObject?: number;
    paintInlineImageXObject?: number;
    paintImageMaskXObject?: number;
}
/**
 * The ruling lines of one page, and where each text run starts, the clipping box it is drawn in and
 * whether it leaves ink (`textLayer`: invisible text over an image was kept, see ink.ts). `view` maps user space to page coordinates with the origin top-left (pdf.js `viewport.transform` at scale 1).
 */
export declare function readOperators(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, view: Matrix, page: {
    width: number;
    height: number;
}, settings: LayoutSettings): {
    edges: Edge[];
    runs: ClippedRun[];
    textLayer: boolean;
};
