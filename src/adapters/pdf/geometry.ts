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

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: apply n first, then m (pdf.js Util.transform order). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function centerX(b: Box): number {
  return (b.x0 + b.x1) / 2;
}

export function centerY(b: Box): number {
  return (b.y0 + b.y1) / 2;
}

export function contains(outer: Box, x: number, y: number, tolerance = 0): boolean {
  return x >= outer.x0 - tolerance && x <= outer.x1 + tolerance && y >= outer.y0 - tolerance && y <= outer.y1 + tolerance;
}

export function union(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
