/** Where a datum sits, in words, and which table row a finding is about (as the CLI's HTML report matches them). */
import type { CellRef, Finding, Origin, Report, Row, Table } from './api.js';
import { lang } from './i18n.js';

export function originLabel(origin: Origin | undefined): string {
  if (!origin) return '';
  if (origin.sheet) return `${origin.sheet}!${origin.cell ?? ''}`;
  if (origin.page !== undefined) return lang() === 'zh' ? `第 ${origin.page} 页` : `p. ${origin.page}`;
  if (origin.cell) return origin.cell;
  return origin.line !== undefined ? (lang() === 'zh' ? `第 ${origin.line} 行` : `line ${origin.line}`) : '';
}

/** The row a finding is about: its table's kind, at the line of the cell it names (or its own). */
export function rowOf(report: Report, finding: CellRef): { table: Table; row: Row; index: number } | null {
  const line = (finding.cell ?? finding.source)?.line;
  if (!finding.table || line === undefined) return null;
  for (const [index, table] of report.tables.entries()) {
    if (table.kind !== finding.table) continue;
    const row = table.rows.find((r) => r.source.line === line);
    if (row) return { table, row, index };
  }
  return null;
}

/** The table a finding belongs to (by its row, or its table's heading line), for grouping. */
export function tableIndexOf(report: Report, finding: Finding): number {
  const found = rowOf(report, finding);
  if (found) return found.index;
  const line = finding.source?.line;
  const index = report.tables.findIndex((t) => t.kind === finding.table && t.source.line === line);
  return index >= 0 ? index : report.tables.findIndex((t) => t.kind === finding.table);
}

export const rowId = (tableIndex: number, row: Row) => `row-${tableIndex}-${row.source.line ?? 0}`;
