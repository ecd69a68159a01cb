import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../../reader.js';
import { check } from '../engine.js';
import { testRule } from '../testing.js';
import { narrativeAmount } from './narrative-amount.js';

const doc = (sentence: string) => [
  '某某局2024年部门预算',
  '一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '项 目\t2024 年预算数',
  '合 计\t10.00',
  '1、因公出国（境）费用\t2.00',
  '2、公务接待费\t3.00',
  '3、公务用车费\t5.00',
  '第三部分 情况说明',
  '一、2024 年“三公”经费情况',
  sentence,
];

/** A general budget table in 元 and a narrative naming one of its 项 by its path. */
const fundPath = (printed: string, stated: string) => [
  '某某院2024年单位预算',
  '2024年预算单位一般公共预算支出功能分类预算表',
  '单位：元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  `208\t社会保障和就业支出\t${printed}\t${printed}\t`,
  `20810\t社会福利\t${printed}\t${printed}\t`,
  `2081005\t社会福利事业单位\t${printed}\t${printed}\t`,
  '第三部分 情况说明',
  '一、财政拨款支出主要内容',
  `“社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”${stated}万元，主要用于人员经费及公用经费。`,
];

/** 苏州's template: a summary, and a 三公 table that prints 会议费 and 培训费 beside the three items. */
const withMeetings = (sentence: string) => [
  '2026 年度某某局部门预算公开',
  '收支总表',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  '一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t100.00',
  '收入总计\t100.00\t支出总计\t100.00',
  '一般公共预算“三公”经费、会议费、培训费支出表',
  '单位：万元',
  '项 目\t预算数',
  '合 计\t10.00',
  '1、因公出国（境）费\t2.00',
  '2、公务接待费\t3.00',
  '3、公务用车购置及运行维护费\t5.00',
  '4、会议费\t1.00',
  '第三部分 情况说明',
  '九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明',
  sentence,
];

/** A 一般公共预算支出表 with one 类, and a narrative paragraph on its project spending (长沙 公安局). */
const projectParagraph = (stated: string) => [
  '长沙市某局2025年部门预算',
  '2025年一般公共预算支出情况表',
  '单位：万元',
  '科目编码\t功能科目\t总计\t基本支出\t项目支出',
  '\t合计\t68629.12\t28398.17\t40230.95',
  '204\t公共安全支出\t68629.12\t28398.17\t40230.95',
  '第一部分 部门预算公开说明',
  '一、一般公共预算拨款支出',
  '（二）项目支出：2025年本单位项目支出预算40230.95万元，主要是单位为完成特定工作任务而发生的支出。' +
    `公共安全支出${stated}万元，主要用于警务辅助人员经费等方面。`,
];

describe('narrative-amount', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        {
          name: 'the narrative restates the table',
          lines: doc(
            '2024 年“三公”经费预算数为 10.00 万元。其中：1.因公出国（境）费 2.00 万元。2.公务接待费 3.00 万元。3.公务用车购置及运行费 5.00 万元。',
          ),
        },
        {
          name: 'a table in 元 restated in 万元 at the narrative’s precision',
          lines: fundPath('6,964,796', '696.48'),
        },
        {
          name: 'a classification path whose amount is the all-funds row’s (a narrative of 支出预算, not 财政拨款)',
          lines: [
            ...fundPath('6,964,796', '958.48').slice(0, 7),
            '2024年预算单位支出预算总表',
            '单位：元',
            '科目编码\t科目名称\t合计\t基本支出\t项目支出',
            '208\t社会保障和就业支出\t9,584,796\t6,964,796\t2,620,000',
            '20810\t社会福利\t9,584,796\t6,964,796\t2,620,000',
            '2081005\t社会福利事业单位\t9,584,796\t6,964,796\t2,620,000',
            ...fundPath('6,964,796', '958.48').slice(7),
          ],
        },
        {
          name: 'an item’s 预算支出 is the item’s row, not the budget’s 支出总计 (苏州)',
          lines: withMeetings(
            '1．因公出国（境）费预算支出 2.00 万元。2．公务接待费预算支出 3.00 万元。某某局 2026 年度一般公共预算拨款安排的会议费预算支出 1.00 万元。',
          ),
        },
        {
          name: 'the department’s 支出预算 is the budget’s 支出总计',
          lines: withMeetings('某某局 2026 年支出预算合计 100.00 万元。'),
        },
        {
          name: 'the department’s 收支总预算 is the budget’s 总计 (杭州市公安局 2026: 2026年收支总预算404,415.23万元)',
          lines: withMeetings('某某局2026年收支总预算100.00万元。'),
        },
        {
          name: 'a 类 stated in a paragraph on 项目支出 is its project column',
          lines: projectParagraph('40230.95'),
        },
        {
          name: '人员经费 of a 基本支出表 printed by economic class, without a 人员经费 column, is not compared with 0 (泉州)',
          lines: [
            '某某局2026年部门预算',
            '2026 年度一般公共预算基本支出经济分类情况表',
            '单位：万元',
            '科目编码\t科目名称\t合计',
            '\t合计\t100.00',
            '301\t工资福利支出\t80.00',
            '302\t商品和服务支出\t20.00',
            '第三部分 情况说明',
            '五、一般公共预算拨款基本支出情况',
            '2026年一般公共预算基本支出100.00万元，其中：人员经费80.00万元，公用经费20.00万元。',
          ],
        },
        {
          name: 'an amount no row is named for, but a table prints',
          lines: doc('2024 年“三公”经费预算数为 10.00 万元，主要用于保障 5.00 万元的公务用车运行。'),
        },
      ],
      invalid: [
        {
          name: 'a 类 of a 项目支出 paragraph that is neither its project column nor its total',
          lines: projectParagraph('40000.00'),
          findings: [{ severity: 'error', expected: '40230.95', actual: '40000.00' }],
        },
        {
          name: 'a classification path whose amount is not its row’s (福利院: 738.66 for 696.48)',
          lines: fundPath('6,964,796', '738.66'),
          findings: [{ severity: 'error', line: 9, expected: '696.48', actual: '738.66' }],
        },
        {
          name: 'amounts that no table prints are unverifiable: one note (info) for the section, not silence',
          lines: doc('2024 年“三公”经费预算数为 10.00 万元。政府采购预算 997.60 万元，其中货物 120.50 万元。'),
          findings: [
            { severity: 'info', line: 10, message: '2 个金额在表格中没有可以核对的数字：政府采购 997.60 万元；货物 120.50 万元' },
          ],
        },
        {
          name: 'a stated budget total that is not the summary total (a single source is not taken for it)',
          lines: [
            '某某局2024年部门预算',
            '收支预算总表',
            '单位：万元',
            '收 入\t\t支 出\t',
            '项 目\t预算数\t项 目\t预算数',
            '一、一般公共预算拨款收入\t10.00\t一、一般公共服务支出\t10.00',
            '收入总计\t10.00\t支出总计\t10.00',
            '第三部分 情况说明',
            '一、2024 年收入预算情况',
            '2024 年收入预算 12.00 万元，其中：一般公共预算收入 10.00 万元。',
          ],
          findings: [{ severity: 'error', line: 9, expected: '10.00', actual: '12.00' }],
        },
        {
          name: 'a 会议费 the 三公 table prints otherwise',
          lines: withMeetings('某某局 2026 年度一般公共预算拨款安排的会议费预算支出 1.50 万元。'),
          findings: [{ severity: 'error', line: 17, expected: '1.00', actual: '1.50' }],
        },
        {
          name: 'a 收支总计 that matches nothing (issue 13: "收支总计0.3万元…持平" beside a table of 2,961.68)',
          lines: withMeetings('2026年收支总计0.3万元，与上年持平。'),
          findings: [{ severity: 'error', line: 17, expected: '100.0', actual: '0.3' }],
        },
        {
          name: 'a narrative amount that matches nothing (000: 公务用车购置及运行费 0 万元 vs 48.24)',
          lines: doc('2024 年“三公”经费预算数为 10.00 万元。3.公务用车购置及运行费 0 万元。'),
          findings: [{ severity: 'error', line: 10, expected: '5.00', actual: '0' }],
        },
      ],
    },
    it,
  );
});

/** 北京: the 情况说明 states 万元 to 2 decimals, the 报表 print them to 6. */
describe('narrative-amount against tables printed more finely', () => {
  const beijing = (stated: string) => [
    '某某办公室2026年部门预算',
    '预算09表 财政拨款“三公”经费支出表',
    '金额单位：万元',
    '项 目\t预算数',
    '合 计\t40.770000',
    '1、因公出国（境）费用\t17.100000',
    '2、公务接待费\t0.150000',
    '3、公务用车费\t23.520000',
    '第一部分 情况说明',
    '四、财政拨款“三公”经费预算情况说明',
    `2026年财政拨款“三公”经费预算 ${stated} 万元。`,
  ];
  testRule(
    narrativeAmount,
    {
      valid: [
        { name: 'the narrative rounds the table’s figure', lines: beijing('40.77') },
        { name: 'a figure of a file whose tables are elsewhere is not reported unverifiable', lines: beijing('40.77').slice(8) },
      ],
      invalid: [
        {
          name: 'a figure that is not the table’s',
          lines: beijing('40.87'),
          findings: [{ severity: 'error', expected: '40.77', actual: '40.87' }],
        },
      ],
    },
    it,
  );
});

/**
 * 上海市普陀区规划和自然资源局 2024 决算 (p. 14 and 22–23): the 一般公共预算财政拨款支出决算表 and the
 * paragraphs that restate its 项 one by one. `budget` adds a 年初预算数 column, as a 决算表 printing the
 * budget beside the outturn does (the document's 三公 table prints both).
 */
const outturnDoc = (paragraphs: string[], budget = false) => [
  '上海市普陀区某局2024年度部门决算',
  '一般公共预算财政拨款支出决算表',
  '单位：万元',
  budget ? '科目编码\t科目名称\t年初预算数\t决算数' : '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  budget ? '\t合计\t82.64\t82.64' : '\t合计\t82.64\t82.64\t0.00',
  ...[
    ['208', '社会保障和就业支出', '82.64'],
    ['20805', '行政事业单位养老支出', '82.64'],
    ['2080501', '行政单位离退休', '54.53'],
    ['2080502', '事业单位离退休', '28.11'],
  ].map(([code, name, v]) => (budget ? `${code}\t${name}\t${v}\t${v}` : `${code}\t${name}\t${v}\t${v}\t0.00`)),
  '第三部分 2024年度部门决算情况说明',
  '五、一般公共预算财政拨款支出决算情况说明',
  '（一）一般公共预算财政拨款支出决算具体情况',
  ...paragraphs,
];

const item = (n: number, xiang: string, budget: string, outturn: string) =>
  `${n}、社会保障和就业支出（类）行政事业单位养老支出（款）${xiang}（项）。主要用于：行政单位退休人员支出。年初预算为 ${budget} 万元，支出决算为 ${outturn} 万元，完成年初预算的 100.00%。决算数同预算数持平。`;

describe('narrative-amount: a final account restates its 决算表 row by row', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        {
          name: 'each paragraph’s outturn is its 项’s 决算数 (普陀 规划和自然资源局)',
          lines: outturnDoc([
            '一般公共预算财政拨款支出年初预算为 82.64 万元，支出决算为 82.64 万元，完成年初预算的 100.00%。其中：',
            item(1, '行政单位离退休', '54.53', '54.53'),
            item(2, '事业单位离退休', '28.11', '28.11'),
          ]),
        },
        {
          name: 'a budget column: each budget is its row’s 年初预算数',
          lines: outturnDoc([item(1, '行政单位离退休', '54.53', '54.53')], true),
        },
        {
          name: 'a 项 the table does not print is not tied to another row (普陀: 机关事业单位退休人员活动费支出 0.88)',
          lines: outturnDoc([item(5, '机关事业单位退休人员活动费支出', '54.53', '54.53')]),
        },
        {
          name: 'a reason naming a 类 is no paragraph’s subject: the pair after it is the whole’s',
          lines: outturnDoc([
            '一般公共预算财政拨款支出年初预算为 82.64 万元，支出决算为 82.64 万元。决算数同预算数持平。',
            '社会保障和就业支出（类）未完成年初预期。',
          ]),
        },
      ],
      invalid: [
        {
          name: 'an outturn printed in the table, but in another row: the paragraph’s own row decides',
          lines: outturnDoc([item(1, '行政单位离退休', '28.11', '28.11')]),
          findings: [
            {
              severity: 'error',
              message: '行政单位离退休（项）决算数 28.11 万元，一般公共预算财政拨款支出决算表“行政单位离退休”的',
              expected: '54.53',
              actual: '28.11',
            },
          ],
        },
        {
          name: 'a budget that is not the row’s 年初预算数',
          lines: outturnDoc([item(2, '事业单位离退休', '30.00', '28.11')], true),
          findings: [{ severity: 'error', message: '“事业单位离退休”的年初预算数为 28.11', expected: '28.11', actual: '30.00' }],
        },
        {
          name: 'the whole of the fund’s spending against the table’s 合计',
          lines: outturnDoc(['一般公共预算财政拨款支出年初预算为 82.64 万元，支出决算为 80.64 万元，完成年初预算的 97.58%。']),
          findings: [
            { severity: 'error', message: '一般公共预算财政拨款支出决算数 80.64 万元', expected: '82.64', actual: '80.64' },
          ],
        },
      ],
    },
    it,
  );
});

describe('narrative-amount records every claim it compared', () => {
  it('a true claim and a false one, each with the cell it was checked against', () => {
    const lines = doc('2024 年“三公”经费预算数为 10.00 万元。其中：1.因公出国（境）费 2.00 万元。2.公务接待费 4.00 万元。');
    const result = check(readText(lines.join('\n'), 'case.txt'), { rules: [narrativeAmount] });
    const claims = result.claims ?? [];
    assert.deepEqual(
      claims.map((c) => [c.label, c.stated, c.row, c.printed, c.agrees]),
      [
        ['三公经费', '10.00', '合 计', '10.00', true],
        ['因公出国(境)费', '2.00', '1、因公出国（境）费用', '2.00', true],
        ['公务接待费', '4.00', '2、公务接待费', '3.00', false],
      ],
    );
    for (const c of claims) {
      assert.equal(c.rule, 'narrative-amount');
      assert.equal(c.table, 'three_public');
      assert.equal(c.source.line, 10, 'the claim is placed at its section (its heading)');
      assert.ok(c.cell?.line !== undefined && c.cell?.line >= 5 && c.cell?.line <= 8, 'the cell is placed at its row');
    }
    assert.equal(result.findings.filter((f) => f.severity === 'error').length, 1);
  });
});

/** A 三公 table of 2026 with 公务接待费 printed as `reception`, and the narrative after it. */
const threePublic = (reception: string, narrative: string[]) => [
  '某某局2026年部门预算',
  '2026年一般公共预算“三公”经费支出情况表',
  '单位：万元',
  '项 目\t2026 年预算数',
  `合 计\t${(Number(reception) + 5).toFixed(2)}`,
  '1、因公出国（境）费用\t0.00',
  `2、公务接待费\t${reception}`,
  '3、公务用车购置及运行费\t5.00',
  '第三部分 情况说明',
  ...narrative,
];

/** 长沙 信访局 2026: the 三公 as a numbered paragraph of “其他重要事项的情况说明”. */
const changsha = [
  '八、其他重要事项的情况说明',
  '（二）“三公”经费预算：2026 年某某局“三公”经费预算数为 8.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 5.00 万元，因公出国（境）费 0.00 万元。',
];

/** 泉州 公安局 2026: each item a heading of its own over its figure. */
const quanzhou = [
  '六、一般公共预算“三公”经费支出情况',
  '（一）因公出国（境）经费',
  '2026 年预算安排 0.00 万元，比上年增加 0.00 万元，增长 0.00%，与上年持平。',
  '（二）公务接待费',
  '2026 年预算安排 3.00 万元，比上年减少 0.10 万元，下降 3.23%。',
  '（三）公务用车购置及运行费',
  '2026 年预算安排 5.00 万元，其中：公务用车运行费 5.00 万元。',
];

describe('narrative-amount: 三公 items stated outside a 三公 heading or under their own', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        { name: 'a numbered 三公 paragraph under another heading (长沙)', lines: threePublic('3.00', changsha) },
        { name: 'an item heading over its figure (泉州)', lines: threePublic('3.00', quanzhou) },
      ],
      invalid: [
        {
          name: 'the table’s 公务接待费 is not the paragraph’s (长沙)',
          lines: threePublic('4.00', changsha),
          // The total named with the department (某某局三公经费) is the table's 合计: 9.00 there, 8.00 here.
          findings: [
            { severity: 'error', expected: '9.00', actual: '8.00' },
            { severity: 'error', expected: '4.00', actual: '3.00' },
          ],
        },
        {
          name: 'the table’s 公务接待费 is not the one its heading states (泉州)',
          lines: threePublic('4.00', quanzhou),
          findings: [{ severity: 'error', expected: '4.00', actual: '3.00' }],
        },
      ],
    },
    it,
  );
});

/**
 * 北京 财政局 2026 (情况说明 p. 8, 预算09表 of its 报表): each item a numbered paragraph whose title names it, over
 * an unnamed figure (“（二）公务接待费。2026 年预算数 11.64 万元”), the vehicle item named with 和.
 */
const beijingItems = (reception: string, vehicle = '5.00', tail = '') =>
  threePublic('3.00', [
    '四、财政拨款“三公”经费预算情况说明',
    '2026 年财政拨款“三公”经费预算 8.00 万元，比 2025 年财政拨款“三公”经费年初预算减少 1.00 万元。其中：',
    '（一）因公出国（境）费用。2026 年预算数 0 万元。',
    `（二）公务接待费。2026 年预算数 ${reception} 万元，主要用于公务接待工作。${tail}`,
    `（三）公务用车购置和运行维护费。2026 年预算数 ${vehicle} 万元，包括公务用车购置费预算 0 万元、公务用车运行维护费预算 ${vehicle} 万元。`,
  ]);

describe('narrative-amount: 三公 items under a numbered paragraph that names them (北京)', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        { name: 'each paragraph’s figure is its item’s', lines: beijingItems('3.00') },
        {
          // A figure of another year, or the change, in the same paragraph is not the item's budget.
          name: 'a figure of another year or a change in the paragraph is not the item’s',
          lines: beijingItems('3.00', '5.00', '2025 年预算数 4.00 万元，比上年减少 1.00 万元。'),
        },
      ],
      invalid: [
        {
          name: 'a paragraph whose title names no item leaves its unnamed figure unverified',
          lines: threePublic('3.00', ['四、财政拨款“三公”经费预算情况说明', '（一）其他情况。2026 年预算数 4.00 万元。']),
          findings: [{ severity: 'info' }],
        },
        {
          name: 'the table’s 公务接待费 is not the figure under its paragraph',
          lines: beijingItems('3.50'),
          findings: [{ severity: 'error', expected: '3.00', actual: '3.50' }],
        },
        {
          name: 'the item named with 和 is the table’s 公务用车购置及运行费',
          lines: beijingItems('3.00', '6.00'),
          // The table prints no 运行维护费 row: its 6.00 is left unverified.
          findings: [{ severity: 'error', expected: '5.00', actual: '6.00' }, { severity: 'info' }],
        },
      ],
    },
    it,
  );
});

/**
 * 上海市普陀区规划和自然资源局 2024 决算 (情况说明 七, p. 23): each item's outturn named 公务接待费支出决算,
 * checked against the 决算数 of the 三公 决算表.
 */
const outturnThreePublic = (reception: string) => [
  '上海市普陀区某局2024年度部门决算',
  '财政拨款“三公”经费支出决算表',
  '单位：万元',
  '项 目\t年初预算数\t决算数',
  '合 计\t2.85\t0.39',
  '因公出国（境）费\t0.00\t0.00',
  '公务用车购置及运行维护费\t0.00\t0.00',
  '公务接待费\t2.85\t0.39',
  '第三部分 2024年度部门决算情况说明',
  '七、财政拨款“三公”经费支出决算情况说明',
  `“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.00 万元，占 0.00%；公务用车购置及运行维护费支出决算 0.00 万元，占 0.00%；公务接待费支出决算 ${reception} 万元，占 100.00%。`,
];

describe('narrative-amount: a final account’s 三公 items named with their measure (决算)', () => {
  testRule(
    narrativeAmount,
    {
      valid: [{ name: 'each item’s 支出决算 is its 决算数 (普陀)', lines: outturnThreePublic('0.39') }],
      invalid: [
        {
          name: 'a 公务接待费支出决算 that is not the table’s 决算数',
          lines: outturnThreePublic('0.93'),
          findings: [{ severity: 'error', expected: '0.39', actual: '0.93' }],
        },
      ],
    },
    it,
  );
});

/**
 * 重庆 经济信息委 2026: the 三公 table prints 公务用车运行费 and leaves 公务用车购置费 empty; the narrative
 * names the first 公务用车运行维护费 and states the second as 0.
 */
const chongqing = (purchase: string, running: string) => [
  '重庆市某某委员会2026年部门预算',
  '2026年财政拨款“三公”经费支出情况表',
  '单位：万元',
  '项 目\t2026 年预算数',
  '合 计\t858.78',
  '因公出国（境）费\t207.50',
  '公务用车购置及运行费\t447.63',
  '公务用车购置费\t',
  '公务用车运行费\t447.63',
  '公务接待费\t203.65',
  '第三部分 情况说明',
  '四、“三公”经费情况说明',
  `2026年“三公”经费预算858.78万元，比2025年减少95.32万元。其中：因公出国（境）费用207.5万元；公务接待费203.65万元；公务用车运行维护费${running}万元，比2025年减少16.33万元；公务用车购置费${purchase}万元，与上年持平。`,
];

/** 广州 城管局 2026: rows ending in 支出, the 三公 total a row of its own, the department before the total. */
const guangzhou = (stated: string) => [
  '广州市某某局2026年部门预算',
  '财政拨款安排的行政经费及“三公”经费预算表',
  '单位：万元',
  '项 目\t合计',
  '行政经费\t2,611.42',
  '“三公”经费\t399.88',
  '因公出国（境）支出\t25.16',
  '公务用车购置及运行维护支出\t364.17',
  '公务用车购置费\t18.00',
  '公务用车运行维护费\t346.17',
  '公务接待费支出\t10.55',
  '第三部分 情况说明',
  '七、“三公”经费安排情况',
  `2026年本部门财政拨款安排“三公”经费${stated}万元，比上年增加20.82万元。其中：因公出国（境）费25.16万元；公务用车购置及运行维护费364.17万元（公务用车购置费18万元，比上年增加18万元；公务用车运行维护费346.17万元）；公务接待费10.55万元。`,
];

describe('narrative-amount: 三公 items the table and the text name in other words', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        { name: '运行维护费 is the table’s 运行费, 0 its empty cell (重庆)', lines: chongqing('0', '447.63') },
        { name: 'the total and items named as 广州 names them', lines: guangzhou('399.88') },
      ],
      invalid: [
        {
          name: 'a figure for an empty cell is no rounding of it (重庆)',
          lines: chongqing('1', '447.63'),
          findings: [{ severity: 'error', expected: '0', actual: '1' }],
        },
        {
          name: '运行维护费 other than the 运行费 row (重庆)',
          lines: chongqing('0', '474.63'),
          findings: [{ severity: 'error', expected: '447.63', actual: '474.63' }],
        },
        {
          name: 'the department’s 三公 total other than the table’s (广州)',
          lines: guangzhou('393.88'),
          findings: [{ severity: 'error', expected: '399.88', actual: '393.88' }],
        },
      ],
    },
    it,
  );
});

/** 重庆 经济信息委 2026: 部门收支总体情况 names its income sources and 类 in other words than its table. */
const wholeBudget = (income: string, education: string, carried = '') => [
  '重庆市某某委员会2026年部门预算',
  '2026年部门收支总体情况表',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  '一般公共预算资金\t192.00\t一般公共服务支出\t190.63',
  '事业收入资金\t18.00\t教育支出\t19.37',
  ...(carried ? [`上年结转结余\t${carried}\t\t`] : []),
  '收入总计\t210.00\t支出总计\t210.00',
  '第三部分 情况说明',
  '一、部门收支总体情况',
  `（一）收入预算：2026年年初预算数210.00万元，其中：一般公共预算拨款192.00万元，事业收入资金${income}万元。`,
  `（二）支出预算：2026年年初预算数210.00万元。按支出功能分类，包括一般公共服务支出190.63万元，教育支出${education}万元。`,
];

describe('narrative-amount: the lines of the whole budget named in other words', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        { name: '一般公共预算拨款 is the 一般公共预算资金 line, 教育支出 its 类 (重庆)', lines: wholeBudget('18.00', '19.37') },
      ],
      invalid: [
        {
          name: 'a 类 other than the summary’s',
          lines: wholeBudget('18.00', '91.37'),
          findings: [{ severity: 'error', expected: '19.37', actual: '91.37' }],
        },
        {
          name: 'an income source other than the summary’s',
          lines: wholeBudget('81.00', '19.37'),
          findings: [{ severity: 'error', expected: '18.00', actual: '81.00' }],
        },
        {
          // 北京: a fund's income may include its carry-over; the line alone is no measure of it.
          name: 'a budget carrying funds over leaves its lines unchecked',
          lines: wholeBudget('81.00', '19.37', '5.00'),
          findings: [{ severity: 'info' }],
        },
      ],
    },
    it,
  );
});

/** A budget carrying 5.00 over (北京 国资委 2026, 苏州 2026): what the text says is this year's income is checked. */
const carriedOver = (narrative: string[]) => [
  '某某局2026年部门预算',
  '2026年部门收支总表',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  '一般公共预算拨款收入\t192.00\t一般公共服务支出\t195.63',
  '事业收入\t18.00\t教育支出\t19.37',
  '其他收入\t0.00\t\t',
  '本年收入合计\t210.00\t本年支出合计\t215.00',
  '上年结转结余\t5.00\t\t',
  '收入总计\t215.00\t支出总计\t215.00',
  '第三部分 情况说明',
  ...narrative,
];
/** 北京: the sources listed under （一）本年财政拨款收入 and （二）本年其他资金收入, then the carry-over. */
const beijing = (fiscal: string, business: string, other = '18.00') =>
  carriedOver([
    '二、收入预算情况说明',
    '2026年收入预算215.00万元。',
    '（一）本年财政拨款收入192.00万元',
    `1.一般公共预算拨款收入${fiscal}万元。`,
    `2.政府性基金预算拨款收入0.00万元。（二）本年其他资金收入${other}万元`,
    `3.事业收入${business}万元。`,
    '（三）上年结转结余5.00万元',
  ]);
/** 苏州: 本年 in the label itself, and the sources after “1．本年收入合计”. */
const suzhou = (own: string, listed: string) =>
  carriedOver([
    '一、收支预算总体情况说明',
    '（一）收入预算总计215.00万元。包括：',
    '1．本年收入合计210.00万元。',
    `（1）一般公共预算拨款收入${listed}万元。`,
    '（2）事业收入18.00万元。',
    '2．上年结转结余为5.00万元。',
    '二、收入预算情况说明',
    `本年一般公共预算收入${own}万元，占91.43%。`,
  ]);

describe('narrative-amount: this year’s income in a budget carrying funds over', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        { name: 'the sources under （一）本年财政拨款收入 (北京)', lines: beijing('192.00', '18.00') },
        // 北京 教育委员会 2026, p. 7: （二） after a page break read as text; the sum of the other sources is no 其他收入 line.
        { name: '本年其他资金收入 is not the 其他收入 line', lines: beijing('192.00', '18.00', '839,965.26') },
        { name: '本年一般公共预算收入, and the sources after 本年收入合计 (苏州)', lines: suzhou('192.00', '192.00') },
      ],
      invalid: [
        {
          name: 'a source under 本年财政拨款收入 other than the summary’s',
          lines: beijing('129.00', '18.00'),
          findings: [{ severity: 'error', expected: '192.00', actual: '129.00' }],
        },
        {
          name: 'a source under 本年其他资金收入 other than the summary’s',
          lines: beijing('192.00', '81.00'),
          findings: [{ severity: 'error', expected: '18.00', actual: '81.00' }],
        },
        {
          name: '本年一般公共预算收入 other than the summary’s',
          lines: suzhou('197.00', '192.00'),
          findings: [{ severity: 'error', expected: '192.00', actual: '197.00' }],
        },
        {
          name: 'a source listed after 本年收入合计 other than the summary’s',
          lines: suzhou('192.00', '197.00'),
          findings: [{ severity: 'error', expected: '192.00', actual: '197.00' }],
        },
        {
          // 北京 国资委: 一般公共预算收入 19,828.57 = 19,756.66 + 71.92 结转; not said to be this year's, it is not checked.
          name: 'a fund’s income not said to be this year’s stays unchecked',
          lines: carriedOver(['二、收入预算情况说明', '2026年收入预算215.00万元，其中：一般公共预算收入197.00万元。']),
          findings: [{ severity: 'info' }],
        },
      ],
    },
    it,
  );
});

describe('narrative-amount: a figure stated in whole 万元 against a cell in hundredths', () => {
  // 烟台 财政局 2026: “公务接待费5万元” over a table printing 5.00.
  const yantai = (printed: string, stated: string) =>
    threePublic(printed, ['六、“三公”经费支出情况', `1.公务接待费${stated}万元，与上年基本持平。`]);
  testRule(
    narrativeAmount,
    {
      valid: [{ name: '5 of 5.00', lines: yantai('5.00', '5') }],
      invalid: [
        {
          name: '6 of 5.00 is no rounding of it',
          lines: yantai('5.00', '6'),
          findings: [{ severity: 'error', expected: '5', actual: '6' }],
        },
        { name: '6 of 5.40 may be (a rounding note)', lines: yantai('5.40', '6'), findings: [{ severity: 'info' }] },
      ],
    },
    it,
  );
});
