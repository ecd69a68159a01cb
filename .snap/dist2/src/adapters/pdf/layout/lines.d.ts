/** Text pieces → lines (shared baseline) → chunks (pieces close enough to be one cell or phrase). */
import type { Box, TextPiece } from '../geometry.js';
import type { LayoutSettings } from '../settings.js';
export interface Chunk extends Box {
    text: string;
    size: number;
    /** Where text pieces were joined into this chunk: the index in `text` and the x where the later piece starts. */
    joins?: Array<{
        index: number;
        x: number;
    }>;
}
export interface TextLine extends Box {
    baseline: number;
    size: number;
    chunks: Chunk[];
}
/** Join two runs of text: no space between Chinese characters, one space otherwise. */
export declare function joinText(left: string, right: string): string;
export declare function groupLines(pieces: TextPiece[], settings: LayoutSettings): TextLine[];
export declare function lineText(line: TextLine): string;
