/**
 * The figures the prior-year rule compares, written when a document is stored (rows of
 * `year_figures`), so that the rule is one indexed join instead of a search through every cell:
 *
 * - restated: what a document prints of an earlier budget — a budget's 上年预算数 (`prior_year…`)
 *   columns, a final account's 年初预算数 — under the year of that budget and the column of it they
 *   restate (`total`, `basic` …);
 * - own: what a budget prints for its own year (the columns documents restate: 合计, 基本, 项目),
 *   under that year and its own column keys.
 *
 * Both are keyed by the year the figures are of, the line (table kind, side, code, else name; totals
 * match totals) and the column key, from the first table of each kind that prints such figures (the
 * later ones are per-unit repeats); the department is the document's. A document without a
 * department or a year has nothing to compare and gets no rows.
 */
import { lineKey, lineKeys, RESTATED_KEYS, restatedKey, restatedYear } from '../model/earlier-figures.js';
import type { BudgetDocument, Column, Row, Table, TableKind } from '../model/types.js';
import { decimalOf, type Value } from './values.js';

/** The figure key each amount column gives, or null: restated keys for `restated`, own keys otherwise. */
type KeyOf = (column: Column) => string | null;

function figureRows(tables: readonly Table[], keyOf: KeyOf, head: { id: bigint; year: number; restated: boolean }): Value[][] {
  const out: Value[][] = [];
  const done = new Set<TableKind>();
  tables.forEach((table, tableNo) => {
    if (done.has(table.kind)) return;
    const columns = table.columns.flatMap((c) => {
      const figure = c.type === 'amount' ? keyOf(c) : null;
      return figure === null ? [] : [{ column: c, figure }];
    });
    const rows: Array<{ row: Row; rowNo: number }> = [];
    table.rows.forEach((row, rowNo) => {
      if (columns.some(({ column }) => row.values[column.key])) rows.push({ row, rowNo });
    });
    if (rows.length === 0) return;
    done.add(table.kind);
    const lines = lineKeys(rows, ({ row }) => lineKey(table.kind, row));
    rows.forEach(({ row, rowNo }, i) => {
      for (const { column, figure } of columns) {
        const amount = row.values[column.key];
        if (!amount) continue;
        out.push([
          head.id,
          head.restated,
          head.year,
          lines[i] as string,
          figure,
          head.restated ? column.label : null,
          tableNo,
          rowNo,
          decimalOf(amount),
          amount.scale,
          table.unit,
        ]);
      }
    });
  });
  return out;
}

/** The `year_figures` rows of a document. */
export function yearFigureRecords(doc: Pick<BudgetDocument, 'department' | 'year' | 'phase' | 'tables'>, id: bigint): Value[][] {
  const { department, year, phase } = doc;
  if (department === null || year === null) return [];
  const restated = figureRows(doc.tables, (c) => restatedKey(c, phase), {
    id,
    year: restatedYear(phase, year),
    restated: true,
  });
  if (phase !== 'budget') return restated;
  const own = figureRows(doc.tables, (c) => (RESTATED_KEYS.has(c.key) ? c.key : null), {
    id,
    year,
    restated: false,
  });
  return [...restated, ...own];
}
