import { standardColumnLabel } from '../model/column-labels.js';
import type { Amount, Row, Table } from '../model/types.js';
import { compareSum } from './arithmetic.js';
import type { RuleContext } from './types.js';

/**
 * A column as messages name it: its printed label, else its printed header path, else the standard
 * name of its key (合计, 基本支出 …) — never the internal key itself.
 */
export function columnLabel(table: Table, key: string, side?: Row['side']): string {
  const column = table.columns.find((c) => c.key === key && (side === undefined || c.side === undefined || c.side === side));
  const path = column?.path.filter((p) => p.trim() !== '').join('/');
  // Two columns printed with one label (当年预算 › 小计 and 上年结转结余 › 小计) are named by their header path.
  const shared = column?.label && table.columns.some((c) => c !== column && c.label === column.label);
  if (shared && path && path !== column?.label) return path;
  return column?.label || path || standardColumnLabel(key) || '金额列';
}

/** A row as messages name it: its printed label or name, or its place when it prints none. */
export function rowName(row: Row): string {
  return row.label || row.name || (row.isTotal ? '合计' : '（无名称行）');
}

export function amountKeys(table: Table, side?: Row['side']): string[] {
  const keys = table.columns
    .filter((c) => c.type === 'amount' && (side === undefined || c.side === undefined || c.side === side))
    .map((c) => c.key);
  return [...new Set(keys)];
}

export function hasValues(row: Row): boolean {
  return Object.keys(row.values).length > 0;
}

export function rowValue(row: Row | undefined, key: string): Amount | undefined {
  return row?.values[key];
}

/** The display name of a table in messages: its printed title. */
export function tableName(table: Table): string {
  return table.title || table.kind;
}

/** Children of the row at `index`: the following rows one level deeper, until a row at its level or above. */
export function childrenOf(rows: Row[], index: number): Row[] {
  const parent = rows[index];
  if (!parent || parent.level === null) return [];
  const children: Row[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.isTotal || row.level === null) break;
    if (row.level <= parent.level) break;
    if (row.level === parent.level + 1) children.push(row);
  }
  return children;
}

/**
 * Compare a printed total with the sum of its parts and report a difference: as `messageId`, or as
 * the rule's `rounding` message (severity info) when it is within rounding.
 */
export function reportSum(
  context: RuleContext,
  args: {
    table: Table;
    row: Row;
    key: string;
    parts: Array<Amount | undefined>;
    messageId: string;
    data: Record<string, string | number>;
  },
): void {
  const cmp = compareSum(args.row.values[args.key], args.parts);
  if (cmp.equal) return;
  context.report({
    messageId: cmp.rounding ? 'rounding' : args.messageId,
    severity: cmp.rounding ? 'info' : undefined,
    data: { ...args.data, expected: cmp.expected, actual: cmp.actual, difference: cmp.difference },
    table: args.table,
    row: args.row,
    column: args.key,
    expected: cmp.expected,
    actual: cmp.actual,
    difference: cmp.difference,
  });
}
