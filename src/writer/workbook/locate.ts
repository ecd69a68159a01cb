/**
 * From a recognized row back to the cell a person typed: the row's block (its grid row, by line)
 * holds each cell with its sheet and reference, so a refusal can say `收支总表!D7`, not just row 7.
 */
import type { Block, GridRow } from '../../adapters/blocks.js';
import { columnIndex, columnLetters } from '../../adapters/xlsx/adapter.js';
import { compact } from '../../model/names.js';
import type { Origin, Row, Table } from '../../model/types.js';

/** Where a refusal points: sheet and cell, or a line. */
export interface Place {
  sheet?: string;
  cell?: string;
  line?: number;
}

export class CellLocator {
  private readonly byLine = new Map<number, GridRow>();

  constructor(blocks: Block[]) {
    for (const block of blocks) if (block.type === 'row') this.byLine.set(block.line, block);
  }

  /** The cell of `origin`'s row whose text is `text` (an amount as printed, a code), else the row's first cell. */
  cell(origin: Origin, text?: string, nth = 0): Place {
    const block = origin.line === undefined ? undefined : this.byLine.get(origin.line);
    const want = text === undefined ? undefined : compact(text);
    const hit = want === undefined ? undefined : block?.cells.filter((c) => compact(c.text) === want)[nth];
    const at = hit?.at ?? block?.cells[0]?.at;
    const sheet = at?.sheet ?? origin.sheet;
    // Without a sheet (a JSON document, a text file) the line is the place.
    if (sheet === undefined) return origin.line === undefined ? {} : { line: origin.line };
    return { sheet, cell: at?.cell ?? origin.cell };
  }

  /**
   * The cell holding the amount of `row` under `key`: the cell printing that amount, the n-th such
   * when several of the row's columns print the same figure (合计 = 基本支出 when there is no 项目支出).
   */
  amountCell(table: Table, row: Row, key: string | undefined): Place {
    const amount = key ? row.values[key] : undefined;
    if (!amount) return this.cell(row.source);
    const same = table.columns.filter(
      (c) => (!row.side || !c.side || c.side === row.side) && row.values[c.key]?.raw === amount.raw,
    );
    return this.cell(
      row.source,
      amount.raw,
      Math.max(
        0,
        same.findIndex((c) => c.key === key),
      ),
    );
  }

  /**
   * The cells a table's rows take on its sheet: from its first row to its last, across every column
   * its header or rows print in (`收入总表!A6:K6` for an unfilled table, only its 合计 row there).
   */
  rowsRange(table: Table): Place {
    const first = table.rows[0]?.source;
    const last = table.rows.at(-1)?.source;
    if (first?.line === undefined || last?.line === undefined || table.source.line === undefined) return this.cell(table.source);
    let width = 0;
    for (let line = table.source.line; line <= last.line; line++)
      for (const cell of this.byLine.get(line)?.cells ?? [])
        width = Math.max(width, columnIndex(splitCell(cell.at?.cell).letters));
    const top = splitCell(this.cell(first).cell);
    const bottom = splitCell(this.cell(last).cell);
    const sheet = table.source.sheet;
    if (!sheet || top.row === '' || bottom.row === '') return this.cell(first);
    return {
      sheet,
      cell: `${top.letters || 'A'}${top.row}:${columnLetters(Math.max(width, columnIndex(top.letters)))}${bottom.row}`,
    };
  }
}

/** `K12` → letters K, row 12. */
function splitCell(cell: string | undefined): { letters: string; row: string } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  return { letters: m?.[1] ?? '', row: m?.[2] ?? '' };
}
