/**
 * A string drawn twice at the same place prints once: producers fake bold by drawing a title again a
 * fraction of a point aside, or keep a copy under the printed text; pdf.js reports every drawing.
 * Read once, the page's words and amounts are not found twice in one place.
 */
import type { TextPiece } from './geometry.js';
/** The pieces with each overprinted string kept once (the first drawn), in their order. */
export declare function collapseOverprints(pieces: TextPiece[]): TextPiece[];
