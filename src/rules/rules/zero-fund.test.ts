import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupDocuments } from '../../model/document-set.js';
import type { BudgetDocument } from '../../model/types.js';
import { readText } from '../../reader.js';
import { check } from '../engine.js';
import { changchunFiscalSummary } from '../test-documents.js';
import { runRule, testRule } from '../testing.js';
import { narrativeAmount } from './narrative-amount.js';
import { narrativeChange } from './narrative-change.js';
import { zeroFund } from './zero-fund.js';

/**
 * 长春 信访局 (预算表 4, p. 9): the 财政拨款收支总表 prints 政府性基金预算拨款 0.00 and 预算表 8 empty; the
 * narrative is worded as 烟台 水利局's (“…其中一般公共预算收入减少13,724.77万元，政府性基金预算收入增加25.22万元”)
 * and 阳泉 商务局's (seed 003: “政府性基金预算拨款收入0万元，占0%”).
 */
const doc = (fundIncome: string, ...narrative: string[]) => [
  ...changchunFiscalSummary(fundIncome),
  '政府性基金预算支出表(预算表 8)',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '合计\t\t\t\t',
  '第三部分 2026年度部门预算情况说明',
  '一、收支预算总体情况',
  ...narrative,
];

describe('zero-fund', () => {
  it('the contradiction is one finding: the change and amount rules do not list it as unverifiable too', () => {
    const lines = doc('', '收入预算1,378.41万元，其中政府性基金预算拨款收入25.22万元。政府性基金预算收入增加1,421.25万元。');
    assert.equal(runRule(zeroFund, lines).length, 2);
    assert.deepEqual(
      [...runRule(narrativeChange, lines), ...runRule(narrativeAmount, lines)].map((f) => f.message),
      [],
    );
  });
  testRule(
    zeroFund,
    {
      valid: [
        {
          name: 'the fund is stated as 0, as the tables give it (阳泉 商务局 wording)',
          lines: doc(
            '0.00',
            '2026年度预算收入1,378.41万元，主要包括一般公共预算拨款收入1,378.41万元，占100.00%；政府性基金预算拨款收入0万元，占0%。',
          ),
        },
        {
          name: 'a decrease to 0 is possible (烟台 水利局 wording)',
          lines: doc(
            '0.00',
            '1.收入预算减少13,699.55万元，其中一般公共预算收入减少13,724.77万元，政府性基金预算收入减少25.22万元。',
          ),
        },
        {
          name: 'an increase of a fund the tables give money (烟台 水利局 wording)',
          lines: doc(
            '25.22',
            '1.收入预算减少13,699.55万元，其中一般公共预算收入减少13,724.77万元，政府性基金预算收入增加25.22万元。',
          ),
        },
        {
          name: 'last year’s figure of the fund is not this year’s',
          lines: doc('0.00', '2025年政府性基金预算拨款收入1,421.25万元，本年无政府性基金预算拨款。'),
        },
        {
          name: 'an item of the fund is not the fund as a whole (another rule checks items)',
          lines: doc('0.00', '政府性基金预算安排的城乡社区支出增加1,421.25万元。'),
        },
        {
          name: 'a change that names no subject of its own is not the fund’s',
          lines: doc('0.00', '政府性基金预算拨款收入0万元。本年预算比上年增加1,421.25万元。'),
        },
      ],
      invalid: [
        {
          name: 'an increase of a fund the tables give as 0 (烟台 水利局 wording, with the fund at 0)',
          lines: doc(
            '0.00',
            '1.收入预算减少13,699.55万元，其中一般公共预算收入减少13,724.77万元，政府性基金预算收入增加1,421.25万元。',
          ),
          findings: [{ severity: 'error', line: 14, expected: '0', actual: '1,421.25', message: '政府性基金预算拨款' }],
        },
        {
          name: 'an amount of a fund the tables give as blank (阳泉 商务局 wording)',
          lines: doc(
            '',
            '2026年度预算收入1,378.41万元，主要包括一般公共预算拨款收入1,378.41万元；政府性基金预算拨款收入25.22万元。',
          ),
          findings: [{ severity: 'error', expected: '0', actual: '25.22' }],
        },
      ],
    },
    it,
  );
});

/**
 * 北京 publishes the 情况说明 and the 报表 as two files (北京市发展和改革委员会 2026: "2.政府性基金预算拨款收入0万元。"
 * in the one, 预算01表 收支总表 with 二、政府性基金预算拨款收入 blank in the other, as 北京市财政局 prints it).
 * Read together they are one document, and the narrative is held to the tables of the other file.
 */
describe('zero-fund across the two files of one disclosure (北京 情况说明 + 报表)', () => {
  const narrative = (amount: string) => [
    '北京市某某委员会 2026 年度部门预算信息公开',
    '第一部分 2026 年度部门预算情况说明',
    '一、收入预算情况说明',
    '2026年度收入预算92600.30万元。',
    '（一）本年财政拨款收入92600.30万元',
    '1.一般公共预算拨款收入92600.30万元。',
    `2.政府性基金预算拨款收入${amount}万元。`,
    '附件：北京市某某委员会 2026 年度部门预算报表',
  ];
  const tables = [
    '北京市某某委员会2026年度部门预算',
    '预算01表 收支总表',
    '金额单位：万元',
    '收 入\t\t支 出\t',
    '项 目\t预算数\t项 目\t预算数',
    '一、一般公共预算拨款收入\t92,600.300000\t一、一般公共服务支出\t92,600.300000',
    '二、政府性基金预算拨款收入\t\t二、外交支出\t',
    '本年收入合计\t92,600.300000\t本年支出合计\t92,600.300000',
    '收入总计\t92,600.300000\t支出总计\t92,600.300000',
  ];
  const findings = (...docs: BudgetDocument[]) =>
    groupDocuments(docs).flatMap((doc) => check(doc, { rules: [zeroFund] }).findings);
  const read = (lines: string[], file: string) => readText(lines.join('\n'), file);

  it('a fund the 报表 gives as blank, stated with an amount in the 情况说明, is found once the two are read as one', () => {
    const found = findings(read(tables, 'bb.txt'), read(narrative('120.00'), 'sm.txt'));
    assert.deepEqual(
      found.map((f) => [f.expected, f.actual, f.source?.file, f.cell?.file]),
      [['0', '120.00', 'sm.txt', 'bb.txt']],
    );
  });

  it('valid: the fund stated as 0, as the 报表 gives it', () => {
    assert.deepEqual(findings(read(tables, 'bb.txt'), read(narrative('0'), 'sm.txt')), []);
  });

  it('the 情况说明 alone does not know the fund is 0: its tables are in the other file', () => {
    assert.deepEqual(findings(read(narrative('120.00'), 'sm.txt')), []);
  });
});
