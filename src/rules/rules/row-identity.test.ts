import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { rowIdentity } from './row-identity.js';

const general = (rows: string[]) => [
  '某某局2024年部门预算',
  '一般公共预算支出预算表',
  '单位：万元',
  '功能分类科目名称\t合计\t基本支出\t\t\t项目支出',
  '\t\t小计\t人员经费\t公用经费\t',
  ...rows,
];

/**
 * The national final account's fund table as 上海 prints it (决算 template 2024, 普陀 规划和自然资源局
 * 2024 p.21–22): 功能分类科目 | 年初结转和结余 | 本年收入 | 本年支出 (合计 | 基本支出 | 项目支出) | 年末结转和结余.
 */
const finalFund = (rows: string[]) => [
  '某某局2024年度部门决算',
  '政府性基金预算财政拨款收入支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余',
  '\t\t\t\t合计\t基本支出\t项目支出\t',
  ...rows,
];

describe('row-identity', () => {
  testRule(
    rowIdentity,
    {
      valid: [
        { name: '合计 = 基本 + 项目, 基本 = 人员 + 公用', lines: general(['合计\t10.00\t6.00\t5.00\t1.00\t4.00']) },
        {
          name: '合计 = sources + 使用非财政拨款结余 + 上年结转 (烟台 收入总体情况表)',
          lines: [
            '某某局2026年部门预算',
            '收入总体情况表',
            '科目名称\t合计\t一般公共预算收入\t事业收入（不含教育收费）\t使用非财政拨款结余\t上年结转',
            '合计\t10.00\t5.00\t2.00\t1.00\t2.00',
          ],
        },
        {
          name: '决算 fund table: 年初 + 本年收入 = 本年支出 + 年末, its 合计 is the spending (national 政府性基金预算财政拨款收入支出决算表)',
          lines: [
            '某某局2024年度部门决算',
            '政府性基金预算财政拨款收入支出决算表',
            '单位：万元',
            '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余',
            '\t\t\t\t合计\t基本支出\t项目支出\t',
            '212\t城乡社区支出\t5.00\t20.00\t18.00\t3.00\t15.00\t7.00',
            '\t合计\t5.00\t20.00\t18.00\t3.00\t15.00\t7.00',
          ],
        },
        {
          name: '决算 fund table: a row with nothing carried in (年初 blank) spends its income and carries the rest',
          lines: finalFund(['212\t城乡社区支出\t\t20.00\t18.00\t3.00\t15.00\t2.00']),
        },
        {
          name: '决算 fund table with a column the rule does not know (结余分配): no identity it cannot complete',
          lines: [
            '某某局2024年度部门决算',
            '政府性基金预算财政拨款收入支出决算表',
            '单位：万元',
            '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t\t\t结余分配\t年末结转和结余',
            '\t\t\t\t合计\t基本支出\t项目支出\t\t',
            '212\t城乡社区支出\t5.00\t20.00\t18.00\t3.00\t15.00\t1.00\t6.00',
          ],
        },
      ],
      invalid: [
        {
          name: '合计 ≠ 基本支出 + 项目支出',
          lines: general(['合计\t11.00\t6.00\t5.00\t1.00\t4.00']),
          findings: [{ severity: 'error', line: 6, expected: '10.00', actual: '11.00' }],
        },
        {
          name: '基本支出 ≠ 人员经费 + 公用经费',
          lines: general(['合计\t10.00\t6.00\t4.00\t1.00\t4.00']),
          findings: [{ severity: 'error', line: 6, expected: '5.00', actual: '6.00', message: '人员经费 + 公用经费' }],
        },
        {
          name: '总计 ≠ 本年 + 上年结转 (per-unit income table)',
          lines: [
            '某某局2024年部门预算',
            '收入预算总表',
            '部门（单位）名称\t总计\t本年预算\t\t上年结转结余',
            '\t\t合计\t一般公共 预算收入\t合计',
            '某某局（本级）\t10.00\t8.00\t8.00\t1.00',
          ],
          findings: [{ severity: 'error', line: 5, expected: '9.00', actual: '10.00' }],
        },
        {
          name: '决算 fund table: 年末结转和结余 ≠ 年初 + 本年收入 − 本年支出',
          lines: finalFund(['212\t城乡社区支出\t5.00\t20.00\t18.00\t3.00\t15.00\t8.00']),
          findings: [
            {
              severity: 'error',
              line: 6,
              expected: '7.00',
              actual: '8.00',
              message: '年末结转和结余应为 年初结转和结余 + 本年收入 − 本年支出/合计 = 7.00',
            },
          ],
        },
        {
          name: '决算 fund table: a mistyped 本年支出 合计 misses its parts and the balance by the same 1.00, one finding',
          lines: finalFund(['\t合计\t5.00\t20.00\t19.00\t3.00\t15.00\t7.00']),
          findings: [{ severity: 'error', line: 6, expected: '18.00', actual: '19.00', message: '基本支出 + 项目支出' }],
        },
      ],
    },
    it,
  );
});

describe('row-identity with 其中 columns (北京 预算03表 支出总表)', () => {
  const spending = (row: string) => [
    '某某办公室2026年部门预算',
    '预算03表 支出总表',
    '金额单位：万元',
    '支出功能分类科目\t合计\t基本支出\t项目支出\t其中\t\t',
    '\t\t\t\t事业单位经营支出\t上缴上级支出\t对附属单位补助支出',
    row,
  ];
  testRule(
    rowIdentity,
    {
      valid: [
        {
          name: 'what 其中 lists is part of 项目支出, no further part of the row',
          lines: spending('2013601-行政运行\t10.000000\t6.000000\t4.000000\t1.000000\t\t'),
        },
      ],
      invalid: [
        {
          name: '合计 ≠ 基本支出 + 项目支出',
          lines: spending('2013601-行政运行\t10.000001\t6.000000\t4.000000\t1.000000\t\t'),
          findings: [{ severity: 'info', expected: '10.000000', actual: '10.000001' }],
        },
      ],
    },
    it,
  );
});
