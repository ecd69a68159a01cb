/**
 * The 绩效目标 sheet's money cells: 年度资金总额 and 实施期资金总额 under their headers. The reader takes a
 * project's amount only from a cell that looks like money, so words typed there (二十万元) would leave the
 * project without its amount and no finding; the writer knows the sheet it made and refuses them at their cell.
 */
import type { Block, GridRow } from '../../adapters/blocks.js';
import { parseAmount, printsNoAmount } from '../../model/amount.js';
import { standardColumnLabel } from '../../model/column-labels.js';
import { compact } from '../../model/names.js';
import type { Refusal } from './refusal.js';

const MONEY_HEADERS = new Set(['amount', 'period_total'].map((key) => standardColumnLabel(key) as string));

/** Every cell under a 年度资金总额 or 实施期资金总额 header of `sheets` that is neither empty nor an amount. */
export function wordsInPerformanceAmounts(blocks: Block[], sheets: Set<string>): Refusal[] {
  const out: Refusal[] = [];
  const columns = new Map<string, Map<number, string>>();
  for (const block of blocks) {
    if (block.type !== 'row') continue;
    const sheet = sheetOf(block);
    if (sheet === undefined || !sheets.has(sheet)) continue;
    const headers = block.cells.filter((c) => MONEY_HEADERS.has(compact(c.text)));
    if (headers.length > 0) {
      columns.set(sheet, new Map(headers.map((c) => [c.col, compact(c.text)])));
      continue;
    }
    for (const cell of block.cells) {
      const header = columns.get(sheet)?.get(cell.col);
      const text = cell.text.trim();
      if (header === undefined || printsNoAmount(text) || parseAmount(text)) continue;
      out.push({
        reason: 'not-a-number',
        zh: `${header}不是数字：“${text}”`,
        en: `the ${header} cell is not a number: "${text}"`,
        sheet,
        ...(cell.at?.cell ? { cell: cell.at.cell } : {}),
      });
    }
  }
  return out;
}

const sheetOf = (row: GridRow) => row.at?.sheet ?? row.cells[0]?.at?.sheet;
