/**
 * What a written disclosure must keep of its input: per table kind, each table's rows (by side,
 * code and name) and every amount in the document's unit. The 项目支出绩效目标表 of several projects
 * are written as one table, so they are compared joined.
 */
import { normalizeName } from '../src/model/names.js';
import type { BudgetDocument, MoneyUnit, Row, Table } from '../src/model/types.js';
import { inUnit } from '../src/writer/money.js';

const SIDE_ORDER = { income: 0, none: 1, expenditure: 2 } as const;

function rowKey(row: Row, table: Table, unit: MoneyUnit): string {
  const values = Object.entries(row.values)
    .map(([key, a]) => `${key}=${key === 'quantity' ? a.raw : inUnit(a, table.unit, unit).raw}`)
    .sort()
    .join(' ');
  return `${row.side ?? ''}|${row.code ?? ''}|${normalizeName(row.name)}|${values}`;
}

export function writtenProjection(doc: BudgetDocument, unit: MoneyUnit): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const table of doc.tables) {
    if (table.kind === 'unknown') continue;
    const rows = [...table.rows]
      .sort((a, b) => SIDE_ORDER[a.side ?? 'none'] - SIDE_ORDER[b.side ?? 'none'])
      .map((r) => rowKey(r, table, unit));
    const list = out[table.kind] ?? [];
    if (table.kind === 'performance_targets' && list.length > 0) (list[0] as string[]).push(...rows);
    else list.push(rows);
    out[table.kind] = list;
  }
  return out;
}
