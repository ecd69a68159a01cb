/**
 * A table laid out as the writer prints it (table-grid.ts) as the cells of a sheet: for the tables
 * whose rows are projects, items or indicators rather than codes (项目支出, 政府采购, 绩效目标), the
 * workbook holds the grid the written document prints, which the reader already reads back whole.
 * Amounts become number cells of the exact figure (no rounding: the table's own unit and decimals).
 */
import { columnLetters } from '../../adapters/xlsx/adapter.js';
import type { Cell } from '../../export/workbook.js';
import type { Table } from '../../model/types.js';
import { placeCells } from '../grid-matrix.js';
import type { GridCell, TableGrid } from '../layout.js';
import type { MoneyFormat } from '../money.js';
import { tableGrid } from '../table-grid.js';

const AMOUNT = /^-?\d+(?:\.(\d+))?$/;

/** The table's amounts at their own unit and finest decimals, printed plainly: what the sheet's number cells hold. */
export function exactFormat(table: Table): MoneyFormat {
  const scales = table.rows.flatMap((r) => Object.values(r.values).map((a) => a.scale));
  return { unit: table.unit, decimals: Math.max(0, ...scales), grouped: false };
}

function cellOf(cell: GridCell, header: boolean): Cell {
  if (cell.text === '') return null;
  const amount = !header && cell.align === 'right' ? AMOUNT.exec(cell.text) : null;
  if (amount) return { number: cell.text, decimals: amount[1]?.length ?? 0 };
  return header ? { text: cell.text, bold: true } : { text: cell.text };
}

/** A grid as sheet rows from row `top` (0-based), with the merged ranges of its spanning cells. */
export function gridCells(grid: TableGrid, top: number): { rows: Cell[][]; merges: string[]; width: number } {
  const all = [...grid.header, ...grid.body];
  const merges: string[] = [];
  const rows = placeCells(all, grid.width).map((placed, r) => {
    const row: Cell[] = Array.from({ length: grid.width }, () => null);
    for (const p of placed) {
      if (p.kind !== 'origin') continue;
      row[p.col] = cellOf(p.cell, r < grid.header.length);
      const down = p.cell.rowSpan ?? 1;
      if (p.span > 1 || down > 1)
        merges.push(`${columnLetters(p.col)}${top + r + 1}:${columnLetters(p.col + p.span - 1)}${top + r + down}`);
    }
    return row;
  });
  return { rows, merges, width: grid.width };
}

/** A filled table's sheet cells: the writer's grid of it, every amount exact. */
export function filledGrid(table: Table, top: number, department: string) {
  return gridCells(tableGrid(table, exactFormat(table), department), top);
}
