/**
 * A document's line for each classification code it prints in a spending table, chosen when it is
 * stored (rows of `code_spending`, schema version 5): the line the code comparison shows for that
 * document — from the most preferred table (all funds before one fund, by function before by
 * economic item), its first row with the code — with its table's title and unit, its amounts and
 * its place. The comparison then reads one row per document, with no window choosing among the
 * lines of every table and no join for the table's title, at the cost of one row per code kept.
 */
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
import type { Row, Table, TableKind } from '../model/types.js';
import { amountValues, LINE_AMOUNT_KEYS } from './doc-lines.js';
import type { Value } from './values.js';

/** The tables a code is read from, in order of preference. */
export const CODE_SPENDING_KINDS: readonly TableKind[] = [...SPENDING_BY_FUNCTION, ...SPENDING_BY_ECONOMIC];

interface Pick {
  rank: number;
  tableNo: number;
  rowNo: number;
  table: Table;
  row: Row;
}

/** The `code_spending` rows of a document's tables: one per code, in the order the codes first appear. */
export function codeSpendingRecords(tables: readonly Table[], id: bigint): Value[][] {
  const picked = new Map<string, Pick>();
  tables.forEach((table, tableNo) => {
    const rank = CODE_SPENDING_KINDS.indexOf(table.kind);
    if (rank < 0) return;
    table.rows.forEach((row, rowNo) => {
      if (row.code === null) return;
      const seen = picked.get(row.code);
      // Tables and rows come in order, so a code keeps its first line unless a preferred table prints it.
      if (!seen || rank < seen.rank) picked.set(row.code, { rank, tableNo, rowNo, table, row });
    });
  });
  return [...picked].map(([code, { tableNo, rowNo, table, row }]) => [
    id,
    code,
    table.kind,
    tableNo,
    rowNo,
    table.title,
    table.unit,
    row.name,
    ...LINE_AMOUNT_KEYS.flatMap((key) => amountValues(row.values[key])),
    row.source.page ?? null,
    row.source.line ?? null,
    row.source.cell ?? null,
  ]);
}
