import { formatAmount } from '../model/amount.js';
import type { BudgetDocument, Row, Table } from '../model/types.js';
import type { AmountClaim } from '../narrative/claims.js';
import { targetOf } from './rules/narrative-amount.js';
import { tableName } from './table-helpers.js';
import type { ClaimCell } from './types.js';

/** A table cell as a checked claim names it. */
export function claimCell(table: Table, row: Row, key: string): ClaimCell {
  const value = row.values[key];
  return {
    table: table.kind,
    tableTitle: tableName(table),
    row: row.label || row.name,
    column: key,
    cell: row.source,
    printed: value ? formatAmount(value) : null,
    unit: table.unit,
  };
}

/** The cell printing the figure a change or share is of (its subject, its whole), when a table prints it. */
export function cellOfAmount(doc: BudgetDocument, claim: AmountClaim | null | undefined): Partial<ClaimCell> {
  const target = claim ? targetOf(doc, claim) : null;
  return target ? claimCell(target.table, target.row, target.key) : {};
}
