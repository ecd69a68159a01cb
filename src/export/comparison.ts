/**
 * A comparison's table (src/query/comparison-table.ts) exported with the project's own writers: CSV
 * with the byte-order mark Excel needs, XLSX with amounts as numbers shown at their decimals.
 */
import type { ComparisonTable } from '../query/comparison-table.js';
import { csvText } from './csv.js';
import { type Cell, sheetNames, workbookBytes } from './workbook.js';

export function comparisonCsv(table: ComparisonTable): string {
  const header = table.columns.map((c) => c.label);
  return csvText([header, ...table.rows.map((r) => r.map((v) => v ?? ''))]);
}

function cellOf(value: string | null, type: ComparisonTable['columns'][number]['type']): Cell {
  if (value === null) return null;
  if (type !== 'text' && /^-?\d+(?:\.\d+)?$/.test(value)) return { number: value, decimals: value.split('.')[1]?.length ?? 0 };
  return { text: value };
}

export function comparisonXlsx(table: ComparisonTable): Buffer {
  const [name] = sheetNames([table.title || 'comparison']);
  const rows: Cell[][] = [
    [{ text: table.title, bold: true }],
    [{ text: `单位：${table.unit}` }],
    table.columns.map((c) => ({ text: c.label, bold: true })),
    ...table.rows.map((r) => r.map((v, i) => cellOf(v, table.columns[i]?.type ?? 'text'))),
  ];
  return workbookBytes([
    {
      name: name as string,
      rows,
      widths: table.columns.map((c) => (c.type === 'text' ? 24 : 14)),
      frozenRows: 3,
    },
  ]);
}
