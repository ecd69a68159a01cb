import { narrativeElsewhere } from '../../model/document-set.js';
import { compact } from '../../model/names.js';
import type { BudgetDocument, Table } from '../../model/types.js';
import { tableName } from '../table-helpers.js';
import type { Rule } from '../types.js';

const FUND_OF: Partial<Record<Table['kind'], RegExp>> = {
  general_budget_expenditure: /一般公共预算/,
  general_budget_basic_expenditure: /一般公共预算/,
  general_budget_economic_expenditure: /一般公共预算/,
  general_budget_project_expenditure: /一般公共预算/,
  gov_fund_expenditure: /政府性基金/,
  gov_fund_income: /政府性基金/,
  state_capital: /国有资本经营/,
  three_public: /三公/,
  agency_operating: /机关运行经费/,
};

/** A clause saying there is none, or that it is zero ("政府性基金拨款支出预算为0", "…0.00万元"). */
const NONE = /无|没有|为(?:0|零)(?:\.0+)?(?:万?元)?$|(?:^|[^\d.,])0(?:\.0+)?万?元$/;

/**
 * The narrative may carry the statement instead, in a clause of its own that names the right fund:
 * "本部门无政府性基金预算拨款", or 上海's "…；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0".
 */
function statedInNarrative(doc: BudgetDocument, table: Table): boolean {
  const fund = FUND_OF[table.kind];
  if (!fund) return false;
  return doc.narrative.some((s) =>
    compact(s.text)
      .split(/[。；;，,\n]/)
      .some((clause) => clause.length < 80 && fund.test(clause) && NONE.test(clause)),
  );
}

/** An empty table carries its statement; a statement that a table is empty is not contradicted by it. */
export const emptyStatement: Rule = {
  meta: {
    id: 'empty-statement',
    title: { zh: '空表说明', en: 'Empty-table statements' },
    description: {
      zh: '没有数据的表格须公开并附说明（如“本表无数据”“本部门无……”）；声明为空表的表格不应含有数据。',
      en: 'A table without data is still published with a statement ("本表无数据", "本部门无…"); a table declared empty must not hold data.',
    },
    severity: 'error',
    tags: ['completeness'],
    messages: {
      missing: {
        zh: '{table}没有数据，也没有说明为何为空',
        en: '{table} has no data and no statement saying why',
      },
      missingTablesOnly: {
        zh: '{table}没有数据，表下没有说明；本文件没有情况说明，空表的说明可能在另行公开的情况说明中（与情况说明文件一起检查即可核对）',
        en: '{table} has no data and no statement under it; this file has no narrative, which may state it separately (check it together with the narrative’s file)',
      },
      contradicted: {
        zh: '{table}注明“{statement}”，但表中有数据',
        en: '{table} says "{statement}" but holds data',
      },
    },
  },
  check(context) {
    // A file of tables alone (北京's 报表) leaves the statement to its 情况说明: a note, not a warning.
    const tablesOnly = narrativeElsewhere(context.doc);
    for (const table of context.doc.tables) {
      if (['performance_targets', 'unit_performance', 'organization_units', 'unknown'].includes(table.kind)) continue;
      const hasData = table.rows.some((r) => Object.values(r.values).some((v) => v.scaled !== 0n));
      if (!hasData && !table.emptyStatement && !statedInNarrative(context.doc, table)) {
        const messageId = tablesOnly ? 'missingTablesOnly' : 'missing';
        context.report({ messageId, severity: tablesOnly ? 'info' : 'warning', data: { table: tableName(table) }, table });
      } else if (hasData && table.emptyStatement) {
        context.report({
          messageId: 'contradicted',
          data: { table: tableName(table), statement: table.emptyStatement.text },
          table,
          source: table.emptyStatement.source,
        });
      }
    }
  },
};
