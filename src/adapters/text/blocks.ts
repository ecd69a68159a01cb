/** What the text reader hands to recognition: paragraphs and grid rows, each with its line. */

export interface Cell {
  text: string;
  /** Column index as the dump gives it (tab position, or cell order in a Word dump). */
  col: number;
}

export interface GridRow {
  type: 'row';
  cells: Cell[];
  line: number;
  /** Number of lines the row spans (Word dumps: one line per cell). */
  lines: number;
}

export interface Paragraph {
  type: 'para';
  text: string;
  line: number;
  /** Markdown heading depth (#, ##, …) when the source marked it. */
  heading?: number;
}

export type Block = GridRow | Paragraph;

export type TextStyle = 'tsv' | 'word-cells';

export function rowText(row: GridRow): string[] {
  return row.cells.map((c) => c.text);
}

export function nonEmptyCells(row: GridRow): Cell[] {
  return row.cells.filter((c) => c.text !== '');
}
