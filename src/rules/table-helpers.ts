import { standardColumnLabel } from '../model/column-labels.js';
import type { Amount, Row, Table } from '../model/types.js';
import { compareSum } from './arithmetic.js';
import type { LocalizedText, RuleContext } from './types.js';

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

/** Columns printed under a 其中 group: parts of another column's money, not further parts of the row. */
export function isOfWhich(table: Table, key: string): boolean {
  return table.columns.some((c) => c.key === key && c.path.slice(0, -1).some((p) => /^其中[:：]?$/.test(p.replace(/\s/g, ''))));
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

/** Both rows carry a code and the second's does not extend the first's: it is no part of it. */
const outsideCode = (parent: Row, row: Row) => parent.code !== null && row.code !== null && !row.code.startsWith(parent.code);

/**
 * Children of the row at `index`: the following rows one level deeper, until a row at its level or
 * above, or (where codes say) a row that is not under it — a flat list of 款 where one is split into
 * local 7-digit items (30207 邮电费 then 3021101 差旅费) has no parent row for those.
 */
export function childrenOf(rows: Row[], index: number): Row[] {
  const parent = rows[index];
  if (!parent || parent.level === null) return [];
  const children: Row[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.isTotal || row.level === null) break;
    if (row.level <= parent.level || outsideCode(parent, row)) break;
    if (row.level === parent.level + 1) children.push(row);
  }
  return children;
}

/**
 * The rows a total adds up: those of the highest level printed, and any row whose parent the table
 * does not print (a 7-digit item whose 款 is not a row; 项 rows of a table that prints no 类).
 */
export function topRows(rows: Row[]): Row[] {
  const classified = rows.filter((r) => r.level !== null && !r.isTotal);
  if (classified.length === 0) return [];
  const topLevel = Math.min(...classified.map((r) => r.level as number));
  const codes = new Set(classified.map((r) => r.code).filter((c): c is string => c !== null));
  const hasParentRow = (code: string) => {
    for (let n = code.length - 1; n >= 3; n--) if (codes.has(code.slice(0, n))) return true;
    return false;
  };
  return classified.filter((r) => r.level === topLevel || (r.code !== null && !hasParentRow(r.code)));
}

/** One printed figure: a column of a row. */
export interface Cell {
  row: Row;
  key: string;
}

const cellData = new WeakMap<Row, Map<string, object>>();

/**
 * The datum a cell is, for Report.about: the same object for the same row and column whichever rule
 * asks, so a wrong cell that makes its parent's sum and its own row's identity fail is one fact.
 */
export function cellDatum(row: Row, key: string): object {
  const byKey = cellData.get(row) ?? new Map<string, object>();
  cellData.set(row, byKey);
  const datum = byKey.get(key) ?? { key };
  byKey.set(key, datum);
  return datum;
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
    /** The data the finding is about, when another rule may report the same fact (Report.about). */
    about?: object[];
    /** The cells the parts are printed in: the finding is about them and the total's cell. */
    partCells?: Cell[];
  },
): void {
  const { key, parts, partCells, ...rest } = args;
  reportSums(context, { ...rest, keys: [key], parts: () => parts, ...(partCells ? { partCells: () => partCells } : {}) });
}

/** A total's cell that prints nothing is counted as 0, and the message says it is blank, as the reader sees it. */
const BLANK_CELL: LocalizedText = { zh: '空白（按 0 计）', en: 'nothing (blank, counted as 0)' };

/**
 * Several columns of one row checked against the same parts: columns that fail with the same figures
 * (合计, 小计 and 一般公共预算 of a row whose 项 is missing) are one fact, reported once naming them all.
 */
export function reportSums(
  context: RuleContext,
  args: {
    table: Table;
    row: Row;
    keys: string[];
    parts: (key: string) => Array<Amount | undefined>;
    messageId: string;
    data: Record<string, string | number>;
    about?: object[];
    /**
     * The cells the parts of `key` are printed in. A difference beyond rounding is then about the
     * total's cell and these: a wrong cell makes every sum it is in fail by its error, one fact.
     */
    partCells?: (key: string) => Cell[];
  },
): void {
  const groups = new Map<string, { keys: string[]; cmp: ReturnType<typeof compareSum>; blank: boolean }>();
  for (const key of args.keys) {
    const cmp = compareSum(args.row.values[key], args.parts(key));
    if (cmp.equal) continue;
    const blank = args.row.values[key] === undefined;
    const id = `${cmp.rounding}|${cmp.expected}|${cmp.actual}|${blank}`;
    const group = groups.get(id) ?? { keys: [], cmp, blank };
    group.keys.push(key);
    groups.set(id, group);
  }
  for (const { keys, cmp, blank } of groups.values()) {
    // The caller's name for a single column stands; several are named together.
    const cells =
      !cmp.rounding && args.partCells ? keys.flatMap((k) => [{ row: args.row, key: k }, ...(args.partCells?.(k) ?? [])]) : [];
    const about = [...(args.about ?? []), ...cells.map((c) => cellDatum(c.row, c.key))];
    const column =
      keys.length === 1 && args.data.column !== undefined
        ? args.data.column
        : keys.map((k) => columnLabel(args.table, k, args.row.side)).join('、');
    context.report({
      messageId: cmp.rounding ? 'rounding' : args.messageId,
      severity: cmp.rounding ? 'info' : undefined,
      data: { ...args.data, column, expected: cmp.expected, actual: blank ? BLANK_CELL : cmp.actual, difference: cmp.difference },
      table: args.table,
      row: args.row,
      column: keys[0] as string,
      expected: cmp.expected,
      actual: cmp.actual,
      difference: cmp.difference,
      ...(about.length > 0 ? { about } : {}),
    });
  }
}
