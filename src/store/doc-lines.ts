/**
 * A document's lines, written when it is stored (rows of `doc_lines`, schema version 4): every row
 * that prints a classification code or a 合计/基本支出/项目支出 amount, with its table's kind and unit,
 * its code, name, level, total flag and side, those three amounts and its origin. Code search, the
 * code comparison and one department across years read these narrow rows instead of joining
 * `doc_tables`, `doc_rows` and `cells` (the scan of `cells` was nearly all of the code comparison's
 * time: the documents printing a code are spread over the whole store).
 */
import type { Amount, Table } from '../model/types.js';
import { decimalOf, originValues, type Value } from './values.js';

/** The amount columns kept beside each line: what the code comparison shows, the first what years compare. */
export const LINE_AMOUNT_KEYS = ['total', 'basic', 'project'] as const;

/** An amount as the two columns a line keeps: its decimal and the decimals printed (null, null when absent). */
export const amountValues = (amount: Amount | undefined): Value[] => (amount ? [decimalOf(amount), amount.scale] : [null, null]);

/** The `doc_lines` rows of a document's tables, in table and row order. */
export function lineRecords(tables: readonly Table[], id: bigint): Value[][] {
  const out: Value[][] = [];
  tables.forEach((table, tableNo) => {
    table.rows.forEach((row, rowNo) => {
      const amounts = LINE_AMOUNT_KEYS.map((key) => row.values[key]);
      if (row.code === null && amounts.every((a) => a === undefined)) return;
      out.push([
        id,
        tableNo,
        rowNo,
        table.kind,
        table.unit,
        row.code,
        row.name,
        row.level,
        row.isTotal,
        row.side ?? null,
        ...amounts.flatMap(amountValues),
        ...originValues(row.source),
      ]);
    });
  });
  return out;
}
