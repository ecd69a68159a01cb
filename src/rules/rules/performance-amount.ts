import { amountEquals } from '../../model/amount.js';
import { normalizeName } from '../../model/names.js';
import type { Amount, Row, Table } from '../../model/types.js';
import { compareAcrossUnits, sumPrinted } from '../arithmetic.js';
import { columnLabel } from '../table-helpers.js';
import type { Rule } from '../types.js';

const CURRENT = ['general_budget', 'gov_fund', 'state_capital', 'fiscal_special_account', 'unit_funds', 'current_year'];

/** Key for matching project names across tables: normalised, trailing dots and spaces dropped. */
const key = (name: string) => normalizeName(name).replace(/[.。]+$/, '');

function projectIndex(tables: Table[]): Map<string, Array<{ table: Table; row: Row }>> {
  const index = new Map<string, Array<{ table: Table; row: Row }>>();
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.isTotal || (row.level !== null && row.level !== 3)) continue;
      const list = index.get(key(row.name)) ?? [];
      list.push({ table, row });
      index.set(key(row.name), list);
    }
  }
  return index;
}

/** A project's 年度资金总额 in its performance table equals its amount in the project table; a one-year project's 实施期 total equals its annual total. */
export const performanceAmount: Rule = {
  meta: {
    id: 'performance-amount',
    title: { zh: '绩效目标表金额', en: 'Performance-target amounts' },
    description: {
      zh: '项目支出绩效目标表中每个项目的年度资金总额应等于项目支出表中同名项目的金额（本年预算或总计，万元与元换算）；一次性（1年）项目的实施期资金总额应等于年度资金总额。',
      en: "A project's annual amount in its performance-target table equals its amount in the project expenditure table (current-year or total; 元 and 万元 converted); a one-year project's implementation-period total equals its annual total.",
    },
    severity: 'error',
    tags: ['performance', 'cross-table'],
    messages: {
      amount: {
        zh: '绩效目标表中项目“{name}”的{column} {actual} {unit}，项目支出表为 {expected} 万元',
        en: 'Performance table: project "{name}" has {column} {actual} {unit}; the project table says {expected} 万元',
      },
      period: {
        zh: '项目“{name}”为{nature}，实施期资金总额 {period_total} 应等于年度资金总额 {amount}',
        en: 'Project "{name}" is {nature}: its implementation-period total {period_total} should equal its annual total {amount}',
      },
    },
  },
  check(context) {
    const projectTables = context.doc.tables.filter((t) => t.kind === 'project_expenditure');
    const index = projectIndex(projectTables);
    for (const table of context.doc.tables.filter((t) => t.kind === 'performance_targets')) {
      for (const row of table.rows.filter((r) => r.level === 1)) {
        const amount = row.values.amount;
        const nature = `${row.texts.nature ?? ''}${row.texts.period ?? ''}`;
        const period = row.values.period_total;
        if (amount && period && /一次性|1年结束|^1年$/.test(nature) && !amountEquals(period, amount)) {
          context.report({
            messageId: 'period',
            data: {
              name: row.label,
              nature: row.texts.nature ?? `项目期${row.texts.period}`,
              period_total: period.raw,
              amount: amount.raw,
            },
            table,
            row,
            column: 'period_total',
            expected: amount.raw,
            actual: period.raw,
          });
        }
        if (!amount) continue;
        const matches = index.get(key(row.name)) ?? [];
        if (matches.length !== 1) continue; // names shared by several projects cannot be told apart
        const match = matches[0] as { table: Table; row: Row };
        if (match.table.unit !== '万元') continue;
        const stated = { amount, unit: table.unit };
        const total = match.row.values.total;
        const current = sumPrinted(CURRENT.map((k) => match.row.values[k]));
        const against = (reference: Amount | undefined) =>
          reference ? compareAcrossUnits(stated, { amount: reference, unit: '万元' }) : null;
        const cmp = against(total) ?? against(current);
        if (!cmp || cmp.equal || against(current)?.equal) continue;
        // The project table's figure as it prints it (234.48), not rounded to the form's precision (175).
        const printed = (total ?? current)?.raw;
        context.report({
          messageId: 'amount',
          data: {
            name: row.label,
            column: columnLabel(table, 'amount'),
            actual: amount.raw,
            unit: table.unit,
            expected: printed ?? cmp.expected,
          },
          severity: cmp.rounding ? 'info' : undefined,
          table,
          row,
          column: 'amount',
          expected: cmp.expected,
          actual: cmp.actual,
          difference: cmp.difference,
        });
      }
    }
  },
};
