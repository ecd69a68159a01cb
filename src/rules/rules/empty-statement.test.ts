import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRule, testRule } from '../testing.js';
import { emptyStatement } from './empty-statement.js';

const fund = (rows: string[]) => [
  '某某局2024年部门预算',
  '政府性基金预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  ...rows,
];

/** 广州 表7 printed empty: the 一般公共预算 by economic classification has no 项目支出. */
const projectByEconomic = (narrative: string) => [
  '广州市某某局2026年部门预算',
  '一般公共预算项目支出情况表(按经济分类科目)',
  '单位：万元',
  '科目编码\t科目名称\t预算',
  '\t合计\t',
  '2026年单位预算编制说明',
  narrative,
];

/** 北京's 附件2 报表: tables with data, an empty 政府性基金 table, and no 情况说明 (the other file). */
const tablesOnly = [
  '北京市某某局2026年度部门预算报表',
  '预算05表 一般公共预算支出表',
  '金额单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '2013601\t行政运行\t100.000000\t100.000000\t',
  '\t合计\t100.000000\t100.000000\t',
  '预算07表 政府性基金预算支出表',
  '金额单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t\t\t',
];

describe('empty-statement', () => {
  it('notes, without warning, an empty table of a file of tables alone: its statement may be in the 情况说明 published apart (北京 报表)', () => {
    const findings = runRule(emptyStatement, tablesOnly);
    assert.deepEqual(
      findings.map((f) => [f.severity, f.source?.line]),
      [['info', 7]],
    );
  });
  it('warns when the same file also holds a narrative that does not say it', () => {
    const findings = runRule(emptyStatement, [
      ...tablesOnly,
      '第一部分 2026 年度部门预算情况说明',
      '一、收入预算情况说明',
      '2026 年度收入预算 100.00 万元，全部为一般公共预算。',
    ]);
    assert.deepEqual(
      findings.map((f) => f.severity),
      ['warning'],
    );
  });
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
        {
          name: 'an empty 一般公共预算 table by economic classification stated empty in the narrative',
          lines: projectByEconomic('2026年一般公共预算拨款支出预算3,204.78万元，全部为基本支出，一般公共预算项目支出预算为0。'),
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
        {
          name: 'an empty 一般公共预算 table by economic classification when only another fund is said to be none',
          lines: projectByEconomic('2026年一般公共预算拨款支出预算3,204.78万元，全部为基本支出，政府性基金预算拨款支出预算为0。'),
          findings: [{ severity: 'warning', line: 2 }],
        },
      ],
    },
    it,
  );
});
