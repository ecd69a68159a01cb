/**
 * Some templates (Shanghai) print the 三公 table column-wise — one data row, the items as columns
 * (合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费: 小计 | 购置费 | 运行费), often with the
 * 机关运行经费 as a last column. The model wants items as rows (contract: `three_public` rows are
 * named items with `values.total`), so such a table is turned: each item column becomes a row, and
 * the 机关运行经费 column becomes an `agency_operating` table of its own.
 */
import { compact } from '../model/names.js';
import type { Amount, Column, Row, Table } from '../model/types.js';
import { hasNoDataRow } from './empty-table.js';
import { AGENCY_OPERATING, THREE_PUBLIC_ITEM, THREE_PUBLIC_TOTAL } from './vocabulary.js';

const ITEM_WORD = /^(?:合计|小计|总计|因公出国|公务接待|公务用车|购置费?$|运行(?:维护)?费?$|会议费$|培训费$)/;
const isItem = (text: string) => ITEM_WORD.test(text) || THREE_PUBLIC_TOTAL.test(text);
/** The 三公 total printed as its own header: 合计, or “三公”经费合计 (苏州, beside 会议费 and 培训费). */
const isTotalItem = (text: string) => /^(?:合计|总计)$/.test(text) || THREE_PUBLIC_TOTAL.test(text);

/** An item label as printed, without the 其中： that marks a part of the item before it (其中：公务用车购置费). */
const itemText = (label: string) => compact(label).replace(/^其中[:：]/, '');

/** Where the item part of a header path starts (labels above it name the table or the measure). */
function itemStart(path: string[]): number {
  return path.findIndex((p) => isItem(itemText(p)));
}

/** Final accounts print 预算数 | 决算数 under each item: the measure is the leaf. */
const MEASURE = /^(?:预算数|决算数|年初预算数|全年预算数|调整预算数|执行数)$/;

function splitPath(path: string[]): { items: string[]; measure: string[] } {
  const start = itemStart(path);
  const rest = path.slice(start);
  const leaf = compact(rest[rest.length - 1] ?? '');
  if (rest.length > 1 && MEASURE.test(leaf)) return { items: rest.slice(0, -1), measure: [rest[rest.length - 1] as string] };
  return { items: rest, measure: path.slice(0, start) };
}

function itemName(items: string[]): { label: string; name: string; isTotal: boolean } {
  const [first = '', second] = items.map(itemText);
  const label = items[items.length - 1] ?? '';
  // 长沙 heads the three items' sum 小计, beside them (小计 | 公务接待费 | 因公出国（境）费 | …).
  if (isTotalItem(first) || (/^小计$/.test(first) && second === undefined)) return { label, name: '合计', isTotal: true };
  if (/^公务用车/.test(first) && second !== undefined) {
    if (/^小计$/.test(second)) return { label: items[0] ?? label, name: first, isTotal: false };
    return { label, name: `公务用车${second.replace(/^公务用车/, '')}`, isTotal: false };
  }
  // A part of an item (因公出国（境）费 › 科研因公出国（境）费用) is a row of its own.
  if (second !== undefined && !/^小计$/.test(second) && second !== first) return { label, name: second, isTotal: false };
  return { label, name: first, isTotal: false };
}

const yearOf = (measure: string[]): number | null => {
  const match = /(\d{4})年/.exec(compact(measure[measure.length - 1] ?? ''));
  return match ? Number(match[1]) : null;
};

/**
 * The measure a column reports, as a column key: the amount itself is `total` (决算数 in final
 * accounts, the budget in budgets); a final account's 预算数 beside it is `budget`; the year before's
 * budget printed beside this year's (2025年预算数 | 2026年预算数, 上年预算数 | 本年预算数) is `prior_year`.
 */
function measureKey(measure: string[], latestYear: number | null): { key: string; label: string } {
  const text = compact(measure[measure.length - 1] ?? '');
  const year = yearOf(measure);
  // 长春 prints this year's money (当年预算) and what was carried over (上年结转结余) side by side.
  if (/结转/.test(text)) return { key: 'carryover', label: measure[measure.length - 1] as string };
  if ((year !== null && latestYear !== null && year < latestYear) || /^上年/.test(text)) {
    return { key: 'prior_year', label: measure[measure.length - 1] as string };
  }
  if (/^决算数$/.test(text)) return { key: 'total', label: '决算数' };
  if (/^(?:全年|调整)预算数$/.test(text)) return { key: 'adjusted_budget', label: '全年预算数' };
  if (/^(?:年初)?预算数$/.test(text)) return { key: 'budget', label: '预算数' };
  return { key: 'total', label: measure[measure.length - 1] ?? '合计' };
}

export function isColumnWise(table: Table): boolean {
  const items = table.columns.filter(
    (c) => c.type === 'amount' && itemStart(c.path) >= 0 && THREE_PUBLIC_ITEM.test(c.path.join('')),
  );
  const dataRows = table.rows.filter((r) => Object.keys(r.values).length > 0);
  return items.length >= 2 && (dataRows.length <= 2 || byUnitTotal(table) !== undefined);
}

/**
 * A column-wise table with a row per unit (湖州: 单位名称 | “三公”经费合计 | … over 合计, the department,
 * its units): the department's figures are its 合计 row, the first total row.
 */
function byUnitTotal(table: Table): Row | undefined {
  if (!table.columns.some((c) => c.key === 'unit_name')) return undefined;
  return table.rows.find((r) => r.isTotal && Object.keys(r.values).length > 0);
}

export function turnThreePublic(table: Table): Table[] {
  if (!isColumnWise(table)) return [table];
  const data = byUnitTotal(table) ?? table.rows.find((r) => Object.keys(r.values).length > 0) ?? table.rows[0];
  const rows = new Map<string, Row>();
  const measures = new Map<string, Column>();
  const agencyValues: Record<string, Amount> = {};
  const years = table.columns
    .filter((c) => c.type === 'amount' && itemStart(c.path) >= 0)
    .map((c) => yearOf(splitPath(c.path).measure))
    .filter((y): y is number => y !== null);
  const latestYear = years.length > 0 ? Math.max(...years) : null;
  for (const column of table.columns) {
    if (column.type !== 'amount') continue;
    const value = data?.values[column.key];
    if (AGENCY_OPERATING.test(column.path.join(''))) {
      if (value) agencyValues.total = value;
      continue;
    }
    if (itemStart(column.path) < 0) continue;
    const parts = splitPath(column.path);
    const measure = measureKey(parts.measure, latestYear);
    measures.set(measure.key, {
      key: measure.key,
      label: measure.label,
      path: parts.measure,
      type: 'amount',
      because: { rule: 'turned', label: compact(measure.label) },
    });
    const item = itemName(parts.items);
    const row = rows.get(item.name) ?? {
      label: item.label,
      name: item.name,
      code: null,
      codeSource: null,
      level: null,
      isTotal: item.isTotal,
      values: {},
      texts: {},
      source: data?.source ?? table.source,
    };
    // The item's own column comes first (小计 before the parts it repeats): the first printed value stands.
    if (value && !row.values[measure.key]) row.values[measure.key] = value;
    rows.set(item.name, row);
  }
  const turned: Table = { ...table, columns: [...measures.values()], rows: [...rows.values()] };
  turned.empty = hasNoDataRow(turned.rows, turned.columns, table.emptyStatement);
  const out = [turned];
  if (table.columns.some((c) => AGENCY_OPERATING.test(c.path.join('')))) {
    const agency: Table = {
      kind: 'agency_operating',
      title: table.title,
      unit: table.unit,
      source: table.source,
      columns: [
        {
          key: 'total',
          label: '机关运行经费',
          path: ['机关运行经费'],
          type: 'amount',
          because: { rule: 'turned', label: '机关运行经费' },
        },
      ],
      rows: [
        {
          label: '机关运行经费',
          name: '合计',
          code: null,
          codeSource: null,
          level: null,
          isTotal: true,
          values: agencyValues,
          texts: {},
          source: data?.source ?? table.source,
        },
      ],
      empty: Object.keys(agencyValues).length === 0,
      notes: [],
      recognition: {
        kind: 'agency_operating',
        score: 0,
        evidence: [
          {
            source: 'context',
            kind: 'agency_operating',
            weight: 0,
            note: '“三公”经费表中的机关运行经费列 / the 机关运行经费 column of the “三公” table',
            seen: ['机关运行经费'],
          },
        ],
        alternatives: [],
        lacking: [],
      },
    };
    out.push(agency);
  }
  return out;
}
