/**
 * pdf.js text items → text pieces placed on the page (top-left origin). Items that hold several
 * cells separated by runs of spaces are split, with positions shared out by character width.
 */
import { apply, type Matrix, multiply, type TextPiece } from './geometry.js';

export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Full-width digits and punctuation → half-width; stray control characters dropped. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const code = ch.codePointAt(0) ?? 0;
    // Control characters, soft hyphens and zero-width marks carry nothing a reader sees.
    if ((code < 0x20 && code !== 0x09) || code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0xfeff) continue;
    out += code === 0x09 || code === 0xa0 || code === 0x3000 ? ' ' : ch;
  }
  return out;
}

/** Relative advance of a character: CJK and full-width forms are about twice a Latin glyph. */
function advance(ch: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
}

export function piecesFromItems(items: RawTextItem[], view: Matrix): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const item of items) {
    const text = normalizeText(item.str);
    if (text.trim() === '') continue;
    const m = multiply(view, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]) || item.height || 10;
    const upright = Math.abs(m[1]) < 1e-3 && Math.abs(m[2]) < 1e-3;
    const [x, baseline] = apply(m, 0, 0);
    if (!upright) {
      // Rotated or vertical text (stamps, side captions): keep it as one piece around its origin.
      const [xe, ye] = apply(view, item.transform[4] as number, item.transform[5] as number);
      pieces.push({ text: text.trim(), baseline: ye, size, x0: xe, x1: xe + size, y0: ye - size, y1: ye });
      continue;
    }
    const width = item.width * Math.hypot(view[0], view[1]);
    const parts = splitOnGaps(text);
    const total = [...text].reduce((sum, ch) => sum + advance(ch), 0) || 1;
    for (const part of parts) {
      const start = x + (width * part.before) / total;
      const end = start + (width * part.advance) / total;
      pieces.push({
        text: part.text,
        baseline,
        size,
        x0: start,
        x1: end,
        y0: baseline - size * 0.88,
        y1: baseline + size * 0.12,
      });
    }
  }
  return pieces;
}

/** Split on runs of two or more spaces: PDF producers pad cells of one text run with spaces. */
function splitOnGaps(text: string): Array<{ text: string; before: number; advance: number }> {
  const parts: Array<{ text: string; before: number; advance: number }> = [];
  let before = 0;
  for (const token of text.split(/( {2,})/)) {
    const adv = [...token].reduce((sum, ch) => sum + advance(ch), 0);
    if (token.trim() !== '' && !/^ {2,}$/.test(token)) {
      const lead = token.length - token.trimStart().length;
      parts.push({
        text: token.trim().replace(/\s+/g, ' '),
        before: before + lead,
        advance: adv - lead - (token.length - token.trimEnd().length),
      });
    }
    before += adv;
  }
  return parts;
}
