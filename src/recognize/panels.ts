/**
 * Tables printed in two halves side by side (the 决算 基本支出表: 人员经费 on the left, 公用经费 on
 * the right, each half ending in its own 合计). Each half's amounts are keyed by what its total
 * row names (人员经费合计 → `personnel`, 公用经费合计 → `public_use`), besides `total`, and the two
 * half totals become one total row, so the table reads like the budget-phase 基本支出表.
 */
import type { Column, Row } from '../model/types.js';

const HALF_KEYS: Array<[RegExp, string, string]> = [
  [/人员经费/, 'personnel', '人员经费'],
  [/公用经费/, 'public_use', '公用经费'],
];

export function mergePanels(panels: Row[][], columns: Column[]): { rows: Row[]; columns: Column[] } {
  const keys = panels.map((rows) => {
    const total = rows.find((r) => r.isTotal);
    return HALF_KEYS.find(([re]) => total && re.test(total.name)) ?? null;
  });
  const uniqueColumns = columns.filter((c, i) => columns.findIndex((d) => d.key === c.key) === i);
  if (keys.some((k) => k === null)) return { rows: panels.flat(), columns: uniqueColumns };
  const others = uniqueColumns.filter((c) => c.key !== 'total');
  const rows: Row[] = [];
  const totals: Row[] = [];
  panels.forEach((half, i) => {
    const [, key] = keys[i] as [RegExp, string, string];
    for (const row of half) {
      // The half's amounts are its own column: a `total` beside them would be a 合计 nobody printed.
      if (row.values.total) row.values[key] = row.values.total;
      delete row.values.total;
      if (row.isTotal) totals.push(row);
      else rows.push(row);
    }
  });
  const [first] = totals;
  if (first) {
    const merged: Row = {
      ...first,
      label: totals.map((t) => t.label).join('、'),
      name: '合计',
      values: Object.fromEntries(totals.flatMap((t) => Object.entries(t.values).filter(([k]) => k !== 'total'))),
    };
    rows.push(merged);
  }
  const halves = keys.map((k) => k as [RegExp, string, string]);
  return {
    rows,
    columns: [
      ...others,
      ...halves.map(
        ([, key, label]): Column => ({ key, label, path: [label], type: 'amount', because: { rule: 'panel', label } }),
      ),
    ],
  };
}
