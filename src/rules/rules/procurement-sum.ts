import { compact } from '../../model/names.js';
import { PROCUREMENT_CATEGORY } from '../../recognize/vocabulary.js';
import { amountKeys, reportSums, tableName } from '../table-helpers.js';
import type { Rule } from '../types.js';

/**
 * 政府采购 by category: the 合计 = 货物 + 工程 + 服务 in every column. Only a table whose rows are all
 * categories (北京 预算10表: A-货物, C-服务; 重庆: 货物, 服务) is a flat list; one by function or by unit and
 * project (烟台 by 功能科目 names without codes, 苏州 货物 › 单位 › 品目) nests rows whose levels are not printed.
 */
export const procurementSum: Rule = {
  meta: {
    id: 'procurement-sum',
    title: { zh: '政府采购合计', en: 'Procurement totals' },
    description: {
      zh: '按采购类别列示的政府采购预算表（货物、工程、服务，或 A-货物、B-工程、C-服务）：合计行每一列等于各类别之和。差额在每项 0.01 以内视为四舍五入。按功能科目或按单位、项目列示的采购表行有层级而未印出，不核对。',
      en: 'A procurement table listed by category (货物, 工程, 服务, or A-货物, B-工程, C-服务): its total row equals the sum of the categories in every column. Differences within one printed unit per term are rounding. Procurement tables listed by function or by unit and project nest rows whose levels are not printed, and are not checked.',
    },
    severity: 'error',
    tags: ['arithmetic'],
    messages: {
      total: {
        zh: '{table}：合计行的{column}应为各采购类别之和 {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: {column} of the total row should be the sum of the procurement categories, {expected}; the table prints {actual} (difference {difference})',
      },
      rounding: {
        zh: '{table}：合计行的{column}与各采购类别之和相差 {difference}，属四舍五入误差',
        en: '{table}: {column} of the total row differs from the sum of the procurement categories by {difference}, within rounding',
      },
    },
  },
  check(context) {
    for (const table of context.doc.tables) {
      if (table.kind !== 'procurement') continue;
      const totals = table.rows.filter((r) => r.isTotal);
      const categories = table.rows.filter((r) => !r.isTotal);
      if (totals.length !== 1 || categories.length === 0) continue;
      if (!categories.every((r) => PROCUREMENT_CATEGORY.test(compact(r.name)))) continue;
      const total = totals[0] as (typeof totals)[0];
      const keys = amountKeys(table).filter(
        (k) => total.values[k] !== undefined || categories.some((c) => c.values[k] !== undefined),
      );
      reportSums(context, {
        table,
        row: total,
        keys,
        parts: (key) => categories.map((c) => c.values[key]),
        partCells: (key) => categories.map((c) => ({ row: c, key })),
        messageId: 'total',
        data: { table: tableName(table) },
      });
    }
  },
};
