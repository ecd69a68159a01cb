/** Ruling lines and text pieces for the layout tests, in page points (top-left origin), font size 10. */
import type { Edge, TextPiece } from '../geometry.js';

export const h = (y: number, x0: number, x1: number): Edge => ({ orientation: 'h', x0, x1, y0: y, y1: y });
export const v = (x: number, y0: number, y1: number): Edge => ({ orientation: 'v', x0: x, x1: x, y0, y1 });
export const piece = (text: string, x0: number, baseline: number, width = text.length * 10): TextPiece => ({
  text,
  x0,
  x1: x0 + width,
  baseline,
  size: 10,
  y0: baseline - 9,
  y1: baseline + 1,
});
