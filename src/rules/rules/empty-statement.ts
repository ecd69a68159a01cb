import { narrativeElsewhere } from '../../model/document-set.js';
import { compact } from '../../model/names.js';
import type { BudgetDocument, Table } from '../../model/types.js';
import { AGENCY_OPERATING, FUND_NAME, THREE_PUBLIC } from '../../recognize/vocabulary.js';
import { fundGivenAsZero } from '../fund-money.js';
import { columnLabel, tableName } from '../table-helpers.js';
import type { Rule } from '../types.js';

const FUND_OF: Partial<Record<Table['kind'], RegExp>> = {
  general_budget_expenditure: FUND_NAME.general_budget,
  general_budget_basic_expenditure: FUND_NAME.general_budget,
  general_budget_economic_expenditure: FUND_NAME.general_budget,
  general_budget_project_expenditure: FUND_NAME.general_budget,
  gov_fund_expenditure: FUND_NAME.gov_fund,
  gov_fund_income: FUND_NAME.gov_fund,
  state_capital: FUND_NAME.state_capital,
  three_public: /三公/,
  agency_operating: AGENCY_OPERATING,
};

/**
 * The parts of a table's money, each of which said to be none says the table is empty too: 上海's
 * "（一）因公出国（境）费为0.00万元…（二）公务用车购置及运行费为0.00万元…（三）公务接待费为0.00万元".
 */
const ITEMS_OF: Partial<Record<Table['kind'], RegExp[]>> = {
  three_public: [THREE_PUBLIC.travel, THREE_PUBLIC.reception, THREE_PUBLIC.vehicleAny],
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
  const none = doc.narrative.flatMap((s) =>
    compact(s.text)
      .split(/[。；;，,\n]/)
      .filter((clause) => clause.length < 80 && NONE.test(clause)),
  );
  const items = ITEMS_OF[table.kind];
  return none.some((clause) => fund.test(clause)) || (!!items && items.every((item) => none.some((c) => item.test(c))));
}

/** The column of another table that holds all an empty table would show: 基本支出 of the 一般公共预算支出表. */
const WHOLE_OF: Partial<Record<Table['kind'], { kind: Table['kind']; key: string }>> = {
  general_budget_basic_expenditure: { kind: 'general_budget_expenditure', key: 'basic' },
  general_budget_project_expenditure: { kind: 'general_budget_expenditure', key: 'project' },
};

/**
 * The tables themselves say why it is empty: the table holding its whole prints that column, with
 * data in its total row, and the column is 0 or blank there (上海 域外农场管理办公室: all its money is
 * 项目支出, so the 基本支出 table by economic class is empty and the 一般公共预算支出功能分类预算表's
 * 合计 prints no 基本支出). Returns the whole as messages name it, or null.
 */
function wholeZero(doc: BudgetDocument, table: Table): { whole: string; column: string } | null {
  const of = WHOLE_OF[table.kind];
  if (!of) return null;
  for (const whole of doc.tables.filter((t) => t.kind === of.kind)) {
    const total = whole.rows.find((r) => r.isTotal);
    if (!total || !whole.columns.some((c) => c.key === of.key)) continue;
    const filled = Object.values(total.values).some((v) => v.scaled !== 0n);
    const value = total.values[of.key];
    if (filled && (value === undefined || value.scaled === 0n))
      return { whole: tableName(whole), column: columnLabel(whole, of.key) };
  }
  return null;
}

/**
 * A fund's table printed empty where the 收支总表 or 财政拨款收支总表, holding data, prints that fund's
 * income at 0 or blank (长春 信访局: 政府性基金预算拨款收入 0.00 beside an empty 预算表 8).
 */
function fundZero(doc: BudgetDocument, table: Table): { whole: string; column: string } | null {
  const fund = table.kind === 'gov_fund_expenditure' ? 'gov_fund' : table.kind === 'state_capital' ? 'state_capital' : null;
  const zero = fund ? fundGivenAsZero(doc, fund) : null;
  return zero ? { whole: tableName(zero.table), column: zero.row.label || zero.row.name } : null;
}

/**
 * Why an empty table with no statement under it is no warning, the one place that decides it: the
 * narrative states it ('stated'), or another table shows it as 0 — the column holding its whole, or
 * its fund's income in a summary (the whole and column to name) — or null when nothing says why.
 */
export function whyEmpty(doc: BudgetDocument, table: Table): 'stated' | { whole: string; column: string } | null {
  if (statedInNarrative(doc, table)) return 'stated';
  return wholeZero(doc, table) ?? fundZero(doc, table);
}

/** An empty table carries its statement; a statement that a table is empty is not contradicted by it. */
export const emptyStatement: Rule = {
  meta: {
    id: 'empty-statement',
    title: { zh: '空表说明', en: 'Empty-table statements' },
    description: {
      zh: '没有数据的表格须公开并附说明（如“本表无数据”“本部门无……”，或情况说明中该项资金为 0；“三公”经费表也可由因公出国（境）费、公务用车购置及运行费、公务接待费各为 0 说明）；声明为空表的表格不应含有数据。没有说明的空表为警告；若另一张表中包含其全部内容的列合计为 0（如一般公共预算支出表的基本支出）或收支总表中该项资金的收入为 0，空表与之相符，为提示。',
      en: 'A table without data is still published with a statement ("本表无数据", "本部门无…", or the narrative giving its money as 0; for the 三公 table, each of its three items given as 0); a table declared empty must not hold data. An empty table without a statement is a warning; when the column of another table that holds its whole (the 基本支出 of the 一般公共预算支出表) totals 0, or the 收支总表 prints the fund’s income as 0, the empty table agrees with it and the finding is a note.',
    },
    severity: 'error',
    tags: ['completeness'],
    messages: {
      missing: {
        zh: '{table}没有数据，也没有说明为何为空',
        en: '{table} has no data and no statement saying why',
      },
      zeroElsewhere: {
        zh: '{table}没有数据，也没有说明为何为空；{whole}的“{column}”为 0，与之相符',
        en: '{table} has no data and no statement saying why; "{column}" of {whole} is 0, which agrees',
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
      if (!hasData && !table.emptyStatement) {
        const reason = whyEmpty(context.doc, table);
        if (reason === 'stated') continue;
        if (reason)
          context.report({ messageId: 'zeroElsewhere', severity: 'info', data: { table: tableName(table), ...reason }, table });
        else {
          const messageId = tablesOnly ? 'missingTablesOnly' : 'missing';
          context.report({ messageId, severity: tablesOnly ? 'info' : 'warning', data: { table: tableName(table) }, table });
        }
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
