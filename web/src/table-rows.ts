/** Which table row a finding or a claim is about (as the CLI's HTML report matches them); no DOM, no words. */
import type { CellRef, Finding, Origin, Report, Row, Table } from './api.js';

/** One line of one file: a document of two files (北京's 情况说明 and 报表) numbers the lines of each. */
export const sameLine = (a: Origin, b: Origin) => a.line === b.line && a.file === b.file;

/**
 * The row a finding is about: its table's kind, at the line (of its file) of the cell it names (or its own), and
 * the row it names among the rows of that line: a table printed across the page (上海's 三公 table:
 * 合计, 因公出国(境)费, 公务接待费… side by side) reads one row per item, all from one line.
 */
export function rowOf(report: Report, finding: CellRef): { table: Table; row: Row; index: number } | null {
  const at = finding.cell ?? finding.source;
  if (!finding.table || at?.line === undefined) return null;
  for (const [index, table] of report.tables.entries()) {
    if (table.kind !== finding.table) continue;
    const rows = table.rows.filter((r) => sameLine(r.source, at));
    const row = rows.find((r) => finding.row !== undefined && (r.name === finding.row || r.label === finding.row)) ?? rows[0];
    if (row) return { table, row, index };
  }
  return null;
}

/** The table a finding belongs to (by its row, or its table's heading line), for grouping. */
export function tableIndexOf(report: Report, finding: Finding): number {
  const found = rowOf(report, finding);
  if (found) return found.index;
  const at = finding.source;
  const index = report.tables.findIndex((t) => t.kind === finding.table && at !== undefined && sameLine(t.source, at));
  return index >= 0 ? index : report.tables.findIndex((t) => t.kind === finding.table);
}

/** The id of a row in the tables as read: by its place in its table (rows read from one line share the line). */
export const rowId = (tableIndex: number, table: Table, row: Row) => `row-${tableIndex}-${table.rows.indexOf(row)}`;
