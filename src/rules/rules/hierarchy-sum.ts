import type { Row } from '../../model/types.js';
import { amountKeys, childrenOf, reportSums, rowName, tableName, topRows } from '../table-helpers.js';
import type { Rule } from '../types.js';

/**
 * Does every row under a 类 or 款 of a two-sided table carry a code (printed, or its name's in the
 * list)? A name the list lacks has no level to trust (湖州 交通运输局 2026 p.22 prints the 款
 * 超长期特别国债安排的支出 by name only, indented as a 款, and it would be read as a 项 of 公路水路运输).
 * The rows under it run to the next coded row of its level or above.
 */
function codedBelow(rows: Row[], index: number): boolean {
  const row = rows[index] as Row;
  if (row.code === null) return false;
  for (const next of rows.slice(index + 1)) {
    if (next.isTotal) return true;
    if (next.code === null) return false;
    if (next.level !== null && next.level <= (row.level ?? 0)) return true;
  }
  return true;
}

/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (and 项目类型 = Σ 一级项目 = Σ 二级项目) in every column. */
export const hierarchySum: Rule = {
  meta: {
    id: 'hierarchy-sum',
    title: { zh: '层级合计', en: 'Hierarchy sums' },
    description: {
      zh: '每个类等于其下各款之和，每个款等于其下各项之和，合计行等于各类之和（项目表按项目类型、一级项目、二级项目）。差额在每项 0.01 以内视为四舍五入。同一行的几列差额相同（如缺一个项，合计、小计和资金列都少同一数）时合为一条，列出这些列。收支总表等两方表：支出方的类、款、项也这样核对（总计见 balance），但只在该类或款以下各行都有科目编码（印出的或按名称查到的）时：名称不在科目表中的行层级不可靠。一个错的单元格使上级之和与本行勾稽（row-identity）差同一数时，只报这一条。',
      en: 'Each 类 equals the sum of its 款, each 款 the sum of its 项, and the total row the sum of the 类 (project tables: type, first- and second-level projects). Differences within one printed unit per term are rounding. Columns of one row that fail with the same figures (a missing 项 makes 合计, 小计 and the fund column short by the same amount) are one finding naming them. In two-sided tables the spending side’s 类, 款 and 项 are checked the same way (its totals are balance’s), only where every row under the 类 or 款 has a code, printed or found by its name: a name the list lacks has no level to trust. A wrong cell that makes its parent\u2019s sum and its own row\u2019s identity (row-identity) fail by the same amount is reported here once.',
    },
    severity: 'error',
    tags: ['arithmetic'],
    messages: {
      parent: {
        zh: '{table}：“{row}”的{column}应为下级之和 {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: {column} of "{row}" should be the sum of its parts, {expected}; the table prints {actual} (difference {difference})',
      },
      total: {
        zh: '{table}：合计行的{column}应为各{level}之和 {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: {column} of the total row should be the sum of the top-level rows, {expected}; the table prints {actual} (difference {difference})',
      },
      rounding: {
        zh: '{table}：“{row}”的{column}与下级之和相差 {difference}，属四舍五入误差',
        en: '{table}: {column} of "{row}" differs from the sum of its parts by {difference}, within rounding',
      },
    },
  },
  check(context) {
    for (const table of context.doc.tables) {
      if (table.kind === 'performance_targets' || table.kind === 'unit_performance') continue;
      const rows = table.rows.filter((r) => r.side !== 'income');
      if (!rows.some((r) => r.level !== null)) continue;
      const keys = amountKeys(table, rows.some((r) => r.side === 'expenditure') ? 'expenditure' : undefined);
      // One finding per row and figures: the columns that fail alike are named together.
      const report = (row: Row, used: string[], parts: Row[], messageId: 'parent' | 'total') =>
        reportSums(context, {
          table,
          row,
          keys: used,
          parts: (key) => parts.map((p) => p.values[key]),
          partCells: (key) => parts.map((p) => ({ row: p, key })),
          messageId,
          data: { table: tableName(table), row: rowName(row), level: '类' },
        });
      const twoSided = table.rows.some((r) => r.side === 'expenditure');
      rows.forEach((row, index) => {
        if (row.level === null) return;
        if (twoSided && !codedBelow(rows, index)) return;
        const children = childrenOf(rows, index);
        if (children.length === 0) return;
        const used = keys.filter((key) => row.values[key] !== undefined || children.some((c) => c.values[key] !== undefined));
        report(row, used, children, 'parent');
      });
      // Two-sided tables: the spending side’s 类 = Σ 款 = Σ 项 above; its totals are `balance`'s.
      if (twoSided) continue;
      const tops = topRows(rows);
      // A total row printed without its label (北京 收入总表's last row) is still the total.
      const totals = rows.filter((r) => r.isTotal && /^(?:合计|总计|小计|部门合计|)$/.test(r.name));
      for (const total of totals) {
        const used = keys.filter((key) => total.values[key] !== undefined || tops.some((t) => t.values[key] !== undefined));
        report(total, used, tops, 'total');
      }
    }
  },
};
