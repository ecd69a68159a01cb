/** Page geometry shared by the PDF layout stages. Coordinates are PDF points from the page's top-left. */
export interface Box {
    x0: number;
    y0: number;
    x1: number;
    y1: number;
}
/** A ruling line: horizontal (y0 === y1) or vertical (x0 === x1). */
export interface Edge extends Box {
    orientation: 'h' | 'v';
}
/** One run of text as pdf.js reports it, placed on the page. */
export interface TextPiece extends Box {
    text: string;
    /** Baseline y. */
    baseline: number;
    size: number;
}
/** What the PDF adapter reads off one page before any layout. */
export interface PageContent {
    page: number;
    width: number;
    height: number;
    pieces: TextPiece[];
    edges: Edge[];
    /** Some text is an invisible layer over an image: a scanned page's OCR, read with OCR's confidence. */
    textLayer?: boolean;
}
export type Matrix = [number, number, number, number, number, number];
export declare const IDENTITY: Matrix;
/** m × n: apply n first, then m (pdf.js Util.transform order). */
export declare function multiply(m: Matrix, n: Matrix): Matrix;
export declare function apply(m: Matrix, x: number, y: number): [number, number];
export declare function centerX(b: Box): number;
export declare function centerY(b: Box): number;
export declare function contains(outer: Box, x: number, y: number, tolerance?: number): boolean;
export declare function union(boxes: Box[]): Box;
export declare function round1(n: number): number;
