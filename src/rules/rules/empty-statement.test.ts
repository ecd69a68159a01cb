import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { emptyStatement } from './empty-statement.js';

const fund = (rows: string[]) => [
  '某某局2024年部门预算',
  '政府性基金预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  ...rows,
];

describe('empty-statement', () => {
  testRule(
    emptyStatement,
    {
      valid: [
        { name: 'an empty table with its statement', lines: fund(['合计\t\t\t\t', '注：本表无数据']) },
        { name: 'a table with data and no statement', lines: fund(['合计\t\t1.00\t1.00\t']) },
        {
          name: 'the narrative says in a clause of a longer sentence that the fund is zero (上海 单位预算编制说明)',
          lines: [
            ...fund(['合计\t\t\t\t']),
            '2024年单位预算编制说明',
            '支出预算2,144万元，其中：财政拨款支出预算2,114万元，比2023年预算增加19万元。财政拨款支出预算中，一般公共预算拨款支出预算2,114万元，比2023年预算增加19万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0。',
          ],
        },
      ],
      invalid: [
        {
          name: 'an empty table without a statement',
          lines: fund(['合计\t\t\t\t']),
          findings: [{ severity: 'warning', line: 2 }],
        },
        {
          name: 'the narrative says another fund is zero',
          lines: [
            ...fund(['合计\t\t\t\t']),
            '2024年单位预算编制说明',
            '财政拨款支出预算中，一般公共预算拨款支出预算2,114万元；国有资本经营预算拨款支出预算为0。',
          ],
          findings: [{ severity: 'warning', line: 2 }],
        },
        {
          name: 'a statement contradicted by the data',
          lines: fund(['合计\t\t7.00\t7.00\t', '注：无政府性基金预算，空表列示。']),
          findings: [{ severity: 'error', line: 6 }],
        },
      ],
    },
    it,
  );
});
