/** Ruling lines and text pieces for the layout tests, in page points (top-left origin), font size 10. */
import type { Edge, TextPiece } from '../geometry.js';
export declare const h: (y: number, x0: number, x1: number) => Edge;
export declare const v: (x: number, y0: number, y1: number) => Edge;
export declare const piece: (text: string, x0: number, baseline: number, width?: number) => TextPiece;
