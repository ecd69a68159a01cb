/**
 * Whether a text run leaves ink a reader sees. Text in render mode 3 (7: clip only) draws nothing —
 * an OCR layer, or a copy a producer keeps under the printed text; text painted white is unseen on
 * the white page. pdf.js reports both in its text content, so they would be read beside (or on top
 * of) what the page prints. Two exceptions keep what a reader does see: white text on a dark fill (a
 * shaded header cell), and invisible text over an image, the text layer of a scanned page, which is
 * the only reading of what the image shows.
 */
import type { ClippedRun } from './clip.js';
import { type Box } from './geometry.js';
export type Ink = 'visible' | 'none' | 'white';
/** White (or nearly) paint draws nothing visible on a white page. */
export declare function isWhite(color: string): boolean;
/** The ink of text drawn in this render mode (Tr 0-7: fill, stroke, both, neither; +4 adds a clip) and colours. */
export declare function textInk(mode: number, fill: string, stroke: string): Ink;
/** A run of text drawn without visible ink (marked `hidden` until settled), and which ink. */
export interface UnseenRun {
    run: ClippedRun;
    ink: Exclude<Ink, 'visible'>;
}
/**
 * Settles the runs drawn without visible ink against what the page paints: over an image a run is
 * the image's text layer and is read; white over a dark fill it is seen. Returns whether a text
 * layer of an image was kept (its text is OCR's, with OCR's confidence). Called once per page, only
 * for the runs that drew no ink (a page without any costs nothing).
 */
export declare function settleUnseen(runs: UnseenRun[], images: Box[], fills: () => Box[]): boolean;
