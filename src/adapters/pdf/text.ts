/**
 * pdf.js text items → text pieces placed on the page (top-left origin). Items that hold several
 * cells separated by runs of spaces are split, with positions shared out by character width.
 */
import { normalizeText } from '../normalize.js';
import { apply, type Matrix, multiply, type TextPiece } from './geometry.js';

export { normalizeText };

export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Relative advance of a character: CJK and full-width forms are about twice a Latin glyph. */
export function advance(ch: string): number {
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

/**
 * A piece that runs across a column border of a ruled table holds the texts of two cells (tight
 * cells written as one text run: "12396.60 7573.72", "人员经费公用经费"): split it at the space or
 * between the Chinese characters nearest each border it crosses, when that lies close to the border.
 */
/** Never inside a number or a word: only at a space or between two Chinese characters. */
function cuttable(before: string, after: string): boolean {
  const cjk = /[\u4e00-\u9fff]/;
  return before === ' ' || after === ' ' || (cjk.test(before) && cjk.test(after));
}

export function splitAtBorders(piece: TextPiece, borders: number[]): TextPiece[] {
  const chars = [...piece.text];
  const inside = borders.filter((x) => x > piece.x0 + piece.size * 0.5 && x < piece.x1 - piece.size * 0.5);
  if (inside.length === 0 || chars.length < 2) return [piece];
  const total = chars.reduce((sum, ch) => sum + advance(ch), 0) || 1;
  const unit = (piece.x1 - piece.x0) / total;
  const bounds: number[] = [];
  let acc = 0;
  for (const ch of chars) {
    acc += advance(ch);
    bounds.push(piece.x0 + acc * unit);
  }
  const cuts: number[] = [];
  for (const x of inside) {
    let best = -1;
    for (let i = 0; i < chars.length - 1; i++)
      if (
        cuttable(chars[i] as string, chars[i + 1] as string) &&
        (best < 0 || Math.abs((bounds[i] as number) - x) < Math.abs((bounds[best] as number) - x))
      )
        best = i;
    if (best >= 0 && Math.abs((bounds[best] as number) - x) <= piece.size * 0.8) cuts.push(best + 1);
  }
  if (cuts.length === 0) return [piece];
  const out: TextPiece[] = [];
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
    const text = chars.slice(start, cut).join('');
    const x0 = start === 0 ? piece.x0 : (bounds[start - 1] as number);
    const x1 = bounds[cut - 1] as number;
    if (text.trim() !== '') out.push({ ...piece, text: text.trim(), x0, x1 });
    start = cut;
  }
  return out;
}
