import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changchunFiscalSummary } from '../test-documents.js';
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

/** A 情况说明 that says nothing of the empty tables: the documents below print one with their tables. */
const NARRATIVE = ['第一部分 2026 年度预算情况说明', '一、收支预算总体情况', '本单位收支预算按规定编制。'];

/**
 * 上海 域外农场管理办公室 (单位预算, 元): all its money is 项目支出, the 基本支出 table by economic class is
 * printed empty under the 一般公共预算支出功能分类预算表, whose 合计 leaves 基本支出 blank (or 0).
 */
const basicEmpty = (basicOfWhole: string) => [
  '上海市某某办公室2026年单位预算',
  '2026年预算单位一般公共预算支出功能分类预算表',
  '单位：元',
  '功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出',
  '213\t农林水支出\t118,853,953\t\t118,853,953',
  `\t合计\t118,853,953\t${basicOfWhole}\t118,853,953`,
  '2026年预算单位一般公共预算基本支出部门预算经济分类预算表',
  '单位：元',
  '经济分类科目编码\t部门经济分类科目名称\t合计\t人员经费\t公用经费',
  '\t合计\t\t\t',
  ...NARRATIVE,
];

/** 长春 信访局: the 财政拨款收支总表 prints 政府性基金预算拨款 0.00; 预算表 8 is printed empty, with no note. */
const fundEmpty = (fundIncome: string) => [
  ...changchunFiscalSummary(fundIncome),
  ...fund(['合计\t\t\t\t']).slice(1),
  ...NARRATIVE,
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

/**
 * 上海 福利彩票发行中心 2026 单位预算: an empty 三公 table, and a narrative stating each item (and, in the
 * document, the whole: here left out or written as a placeholder) as 0.00.
 */
const threePublicEmpty = (items: string[]) => [
  '上海市某某中心2026年单位预算',
  '2026年单位“三公”经费和机关运行经费预算表',
  '单位：万元',
  '合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t机关运行经费预算数',
  '\t\t\t\t',
  '其他相关情况说明',
  '一、2026年“三公”经费预算情况说明',
  '2026年“三公”经费预算数为XXX万元，与2025年预算持平。其中：',
  ...items,
  '二、机关运行经费预算',
  '本单位无机关运行经费。',
];
const ITEMS_ZERO = [
  '（一）因公出国（境）费为0.00万元，与2025年预算持平。',
  '（二）公务用车购置及运行费为0.00万元，与2025年预算持平。其中：公务用车购置费为0.00万元，与2025年预算持平；公务用车运行费为0.00万元，与2025年预算持平。',
  '（三）公务接待费为0.00万元，与2025年预算持平。',
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
        {
          name: 'an empty 三公 table whose items the narrative each states as 0.00, the whole not (上海 福利彩票发行中心 2026)',
          lines: threePublicEmpty(ITEMS_ZERO),
        },
      ],
      invalid: [
        {
          name: 'an empty 三公 table whose narrative states two of its three items as 0.00',
          lines: threePublicEmpty(ITEMS_ZERO.slice(0, 2)),
          findings: [{ severity: 'warning', line: 2 }],
        },
        {
          name: 'an empty 基本支出 table where the 一般公共预算支出表 prints no 基本支出 is a note (上海 域外农场管理办公室 2026)',
          lines: basicEmpty(''),
          findings: [{ severity: 'info', line: 7, message: '与之相符' }],
        },
        {
          name: 'so is one where that 基本支出 is printed as 0',
          lines: basicEmpty('0'),
          findings: [{ severity: 'info', line: 7 }],
        },
        {
          name: 'an empty 基本支出 table where the 一般公共预算支出表 prints a 基本支出 is a warning',
          lines: basicEmpty('5,000'),
          findings: [{ severity: 'warning', line: 7 }],
        },
        {
          name: 'an empty fund table where the 财政拨款收支总表 prints that fund’s income as 0.00 is a note (长春 信访局 2026)',
          lines: fundEmpty('0.00'),
          findings: [{ severity: 'info', line: 9, message: '政府性基金预算拨款' }],
        },
        {
          name: 'an empty fund table where the 财政拨款收支总表 prints income of that fund is a warning',
          lines: fundEmpty('12.00'),
          findings: [{ severity: 'warning', line: 9 }],
        },
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
