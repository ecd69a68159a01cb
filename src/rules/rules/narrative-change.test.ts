import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeChange } from './narrative-change.js';

const doc = (text: string) => ['某某局2024年部门预算', '第三部分 情况说明', '一、机关运行经费', text];

describe('narrative-change', () => {
  testRule(
    narrativeChange,
    {
      valid: [
        {
          name: 'change and percentage agree (prior = current ∓ change)',
          lines: doc('机关运行经费财政拨款预算 1292.34 万元，比 2023 年预算减少 61.90 万元，下降 4.57%。'),
        },
        {
          name: 'the stated prior-year figure agrees',
          lines: doc('机关运行经费财政拨款预算62.12万元,与2023年预算58.90万元相比,增加3.22万元,增长5.47%。'),
        },
        {
          name: 'only the two figures and the percentage are stated, and they agree (Shanghai)',
          lines: doc(
            '“社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元。2023年当年预算执行数为711.34万元，2024年预算安排738.66万元，比2023年预算执行数增加3.84%。',
          ),
        },
      ],
      invalid: [
        {
          name: 'an item whose heading and body give two figures is one finding naming both (万里街道 住房公积金 350.35, then 352.67; 0.53% follows the first)',
          lines: doc(
            '“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。',
          ),
          findings: [{ severity: 'error', line: 3, expected: '350.35', actual: '352.67', message: '前后不一致' }],
        },
        {
          name: 'figures that fall while the text says they rise',
          lines: doc('2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数增加1.39%。'),
          findings: [{ severity: 'error', line: 3, message: '却说增加' }],
        },
        {
          name: 'a percentage that does not follow',
          lines: doc('机关运行经费财政拨款预算 1292.34 万元，比 2023 年预算减少 61.90 万元，下降 5.57%。'),
          findings: [{ severity: 'error', line: 3, expected: '4.57', actual: '5.57' }],
        },
        {
          name: 'a change that disagrees with the stated prior figure',
          lines: doc('机关运行经费财政拨款预算62.12万元,与2023年预算58.90万元相比,增加4.22万元。'),
          findings: [{ severity: 'error', line: 3, expected: '3.22', actual: '4.22' }],
        },
        {
          name: 'a change with nothing to check against is a note (info), not silence',
          lines: doc('“三公”经费预算数为 848.66 万元，比上年减少 411.81 万元。'),
          findings: [{ severity: 'info', line: 3, message: '1 处比上年增减' }],
        },
      ],
    },
    it,
  );
});

/** 北京 情况说明: the prior figure stated in the 比-clause, lines justified with spaces between characters. */
describe('narrative-change with the prior figure in the 比-clause', () => {
  const beijing = (text: string) => [
    '某某办公室2026年部门预算',
    '第一部分 2026 年度部门预算情况说明',
    '三、支出预算情况说明',
    text,
  ];
  testRule(
    narrativeChange,
    {
      valid: [
        {
          name: 'current, prior, change and percentage agree (中共北京市委军民融合发展委员会办公室)',
          lines: beijing(
            '2026 年 支 出 预 算 9151.31 万 元 ， 比 2025 年 年 初 预 算 数 17278.68 万元减少 8127.37 万元，减少 47.04%。',
          ),
        },
        {
          name: 'the change of the figure just before, from the executed figure (北京市国资委)',
          lines: beijing(
            '国有资本经营预算收入 495,836.20 万元比 2025 年初预算数 56,831.85 增加较多，主要原因是 2026 年初批复率提高，比 2025 年预算收入执行数 483,923.17 万元增加 11,913.03 万元，增长 2.46%。',
          ),
        },
      ],
      invalid: [
        {
          name: 'three rounded figures missing by one unit: rounding (北京市国资委 一般公共预算收入)',
          lines: beijing('一般公共预算收入 19,828.57 万元比 2025 年初预算数 20,292.85 万元减少 464.27 万元，降低 2.29%。'),
          findings: [{ severity: 'info', expected: '-464.28', actual: '-464.27' }],
        },
        {
          name: 'a change that is not the difference of the figures',
          lines: beijing('2026 年支出预算 9151.31 万元，比 2025 年年初预算数 17278.68 万元减少 8127.47 万元。'),
          findings: [{ severity: 'error', expected: '-8127.37', actual: '-8127.47' }],
        },
      ],
    },
    it,
  );
});

/** 重庆 气象局 2026 部门预算情况说明 二、部门收支总体情况 (p.1): a whole's change, then its parts'. */
describe('narrative-change: the parts’ changes listed with their whole', () => {
  const chongqing = (text: string) => ['重庆市气象局2026年部门预算情况说明', '二、部门收支总体情况', text];
  const income = (word: string) =>
    `（一）收入预算：2026年年初预算数14,770.62万元。收入比2025年增加2,515.39万元，主要是一般公共预算拨款增加552.5万元，政府性基金预算资金增加579.89万元，事业收入资金${word}388万元，其他收入资金增加995万元。`;
  testRule(
    narrativeChange,
    {
      valid: [
        { name: 'the parts’ changes add up to the whole’s', lines: chongqing(income('增加')) },
        {
          // Each clause its own list: 基本支出 = 人员经费 + 公用经费; 项目支出 has one reason only.
          name: 'a clause per whole, split at ；, each adding up (财政拨款情况说明 p.2)',
          lines: chongqing(
            '其中：基本支出5,445.39万元，比2025年增加994.5万元，主要原因是人员经费增加990.07万元，公用经费增加4.43万元；项目支出7,227.34万元，比2025年减少442万元，主要是建设项目预算减少。',
          ),
        },
        {
          // A list of main reasons that leaves parts out: no direction word turned makes it add up.
          name: 'main reasons that do not add up to the whole, with no single word to blame',
          lines: chongqing('支出比2025年增加2,515.39万元，主要是基本支出增加1,000万元，项目支出增加1,262.89万元。'),
        },
      ],
      invalid: [
        {
          name: 'one part said to fall while the sum needs it to rise (事业收入资金 减少 388)',
          lines: chongqing(income('减少')),
          findings: [{ severity: 'warning', line: 2, expected: '2515.39', actual: '1739.39', message: '却说减少' }],
        },
        {
          name: 'the whole said to fall while its parts rise',
          lines: chongqing('支出比2025年减少2,515.39万元，主要是基本支出增加1,252.5万元，项目支出增加1,262.89万元。'),
          findings: [{ severity: 'warning', line: 2, message: '“支出”若是增加 2,515.39 万元' }],
        },
      ],
    },
    it,
  );
});

/** 烟台 人社局 2026 委托业务费情况: the prior figure stated after 比上年, and the amount before it left as a placeholder. */
describe('narrative-change: the figure a change is of, and the one it is from', () => {
  const yantai = (figure: string, percent: string) => [
    '烟台市人力资源和社会保障局2026年部门预算',
    '第二部分 情况说明',
    '八、委托业务费情况',
    `委托业务费指委托外单位办理业务而支付的各项资金。2026年本部门委托业务费财政拨款预算为${figure}万元,比上年预算2,920.59万元,减少878.04万元,下降${percent}%。`,
  ];
  testRule(
    narrativeChange,
    {
      valid: [
        { name: 'current, prior, change and percentage agree', lines: yantai('2,042.55', '30') },
        {
          // The placeholder is the figure changed; 2,920.59 is the prior, never the base of a second change.
          name: 'the current figure left as “XXX”: the percentage still follows from the stated prior',
          lines: yantai('XXX', '30'),
        },
      ],
      invalid: [
        {
          name: 'a percentage that is not the change over the stated prior (878.04 / 2,920.59 = 30.06%)',
          lines: yantai('2,042.55', '35'),
          findings: [{ severity: 'error', line: 3, expected: '30', actual: '35', message: '按上年 2920.59 万元应为 30%' }],
        },
        {
          name: 'the same, the current figure a placeholder',
          lines: yantai('XXX', '35'),
          findings: [
            {
              severity: 'error',
              line: 3,
              expected: '30',
              actual: '35',
              message: '比上年 2,920.59 万元增减 878.04 万元，应为 30%',
            },
          ],
        },
        {
          name: 'a current figure that is not the prior less the change',
          lines: yantai('2,142.55', '30'),
          findings: [{ severity: 'error', line: 3, expected: '-778.04', actual: '-878.04' }],
        },
      ],
    },
    it,
  );
});

/** 上海 2026 单位预算: a whole's change, then its parts' (持平 = 0), the parts' amounts adding up to the whole's. */
describe('narrative-change: parts whose amounts add up to the whole', () => {
  const shanghai = (heading: string, text: string) => ['上海市数据局2026年单位预算', '第一部分 情况说明', heading, text];
  // 上海市数据局 2026 “三公”经费预算情况说明 (143.14 = 109.14 + 14.00 + 20.00; 14.00 = 0.00 + 14.00).
  const threePublic = (abroad: string, purchase: string) =>
    shanghai(
      '三、2026年“三公”经费预算情况说明',
      `2026年“三公”经费预算数为143.14万元,比2025年预算减少20.36万元。其中:
(一)因公出国(境)费109.14万元,比2025年预算${abroad}4.14万元,主要原因是所属单位数转中心的预算合并至本级。
(二)公务用车购置及运行费14.00万元,比2025年预算减少24.50万元,主要原因是无公务用车购置。其中:公务用车购置费0.00万元,比2025年预算${purchase}28.00万元,主要原因是未安排公务用车购置;公务用车运行费14.00万元,比2025年预算增加3.50万元,主要原因是增加一部公务用车。
(三)公务接待费20.00万元,与2025年预算持平。`,
    );
  // 上海市自然资源确权登记事务中心 2026 单位预算编制说明 (3,173 = 3,130 + 44 in whole 万元).
  const funds = (word: string) =>
    shanghai(
      '一、2026年单位预算编制说明',
      `支出预算5,004万元,其中:财政拨款支出预算3,173万元,比2025年预算减少878万元。财政拨款支出预算中,一般公共预算拨款支出预算3,130万元,比2025年预算${word}78万元;政府性基金拨款支出预算44万元,比2025年预算减少956万元;国有资本经营预算拨款支出预算为0。`,
    );
  // 上海市海洋监测预报中心 2026: a part that is itself a whole of parts (6.30 = 0.00 + 6.30).
  const car = (word: string) =>
    shanghai(
      '三、2026年“三公”经费预算情况说明',
      `2026年“三公”经费预算数为16.80万元,比2025年预算减少15.50万元。其中:
(一)因公出国(境)费10.00万元,与2025年预算持平。
(二)公务用车购置及运行费6.30万元,比2025年预算${word}15.00万元,主要原因是2026年无新购公务用车。其中:公务用车购置费0.00万元,比2025年预算减少15.00万元,主要原因是减少公务用车购置;公务用车运行费6.30万元,与2025年预算持平。
(三)公务接待费0.50万元,比2025年预算减少0.50万元,主要原因是按年度公务接待实际情况测算。`,
    );
  // 上海市应急管理局执法总队 2026: "购置费0.00万元,与2025年预算持平;公务用车运行费17.50万元,…" — the 与-clause ends at ；.
  const law = (word: string) =>
    shanghai(
      '三、2026年“三公”经费预算情况说明',
      `2026年“三公”经费预算数为43.50万元,比2025年预算增加18.00万元。其中:
(一)因公出国(境)费24.00万元,比2025年预算${word}10.00万元,主要原因是按2026年出访计划列支。
(二)公务用车购置及运行费17.50万元,比2025年预算增加8.00万元,主要原因是按限额标准编制。其中:公务用车购置费0.00万元,与2025年预算持平;公务用车运行费17.50万元,比2025年预算增加8.00万元,主要原因是按限额标准编制。
(三)公务接待费2.00万元,与2025年预算持平。`,
    );
  // 上海市文化和旅游局执法总队 2026: the reasons of a change stated before, naming it ("财政拨款收入支出增加的主要原因是:").
  const reasons = (word: string) =>
    shanghai(
      '一、2026年单位预算编制说明',
      `支出预算4,939万元,其中:财政拨款支出预算4,939万元,比2025年预算增加69万元。
财政拨款收入支出增加的主要原因是:人员经费增加187万元,公用经费${word}13万元,项目经费减少105万元。`,
    );
  testRule(
    narrativeChange,
    {
      valid: [
        { name: 'the parts’ changes add up at both levels (数据局)', lines: threePublic('增加', '减少') },
        { name: 'a figure after a 持平 clause is a part, not a prior figure (应急管理局执法总队)', lines: law('增加') },
        { name: 'the reasons listed add up to the change they explain (文旅局执法总队)', lines: reasons('减少') },
        { name: 'the funds of 财政拨款 add up, within the rounding of whole 万元 (确权登记中心)', lines: funds('增加') },
        { name: 'a part that is a whole itself, 持平 counted as 0 (海洋监测预报中心)', lines: car('减少') },
      ],
      invalid: [
        {
          name: 'one part turned (因公出国 减少 4.14)',
          lines: threePublic('减少', '减少'),
          findings: [
            { severity: 'warning', line: 3, expected: '-20.36', actual: '-28.64', message: '“因公出国(境)费”若是增加 4.14 万元' },
          ],
        },
        {
          name: 'a part of a part turned (公务用车购置费 增加 28.00 to 0.00)',
          lines: threePublic('增加', '增加'),
          findings: [
            { severity: 'warning', line: 3, expected: '-24.50', actual: '31.50', message: '“公务用车购置费”若是减少 28.00 万元' },
          ],
        },
        {
          name: 'one fund turned (一般公共预算 减少 78)',
          lines: funds('减少'),
          findings: [{ severity: 'warning', line: 3, expected: '-878', actual: '-1034', message: '若是增加 78 万元' }],
        },
        {
          // In its own list (购置费 −15, 运行费 持平) either word could be the wrong one; in its whole's list only it: one finding.
          name: 'a part that is a whole of parts turned is reported once, by the list that tells which word',
          lines: car('增加'),
          findings: [{ severity: 'warning', line: 3, expected: '-15.50', actual: '14.50', message: '若是减少 15.00 万元' }],
        },
        {
          name: 'a part turned after a 持平 clause (因公出国 减少 10.00)',
          lines: law('减少'),
          findings: [
            { severity: 'warning', line: 3, expected: '18.00', actual: '-2.00', message: '“因公出国(境)费”若是增加 10.00 万元' },
          ],
        },
        {
          name: 'a reason turned (公用经费 增加 13): the reasons no longer add up to the change they explain',
          lines: reasons('增加'),
          findings: [{ severity: 'warning', line: 3, expected: '69', actual: '95', message: '“公用经费”若是减少 13 万元' }],
        },
        {
          name: 'a whole said to change while every part is 持平 (the amounts tie: the list is complete)',
          lines: shanghai(
            '三、2026年“三公”经费预算情况说明',
            '2026年“三公”经费预算数为82.72万元,比2025年预算增加2.00万元。其中:(一)因公出国(境)费38.00万元,与2025年预算持平。(二)公务用车购置及运行费37.50万元,与2025年预算持平。(三)公务接待费7.22万元,与2025年预算持平。',
          ),
          findings: [{ severity: 'warning', line: 3, expected: '2.00', actual: '0.00', message: '各项金额合计正好等于' }],
        },
      ],
    },
    it,
  );
});

/** A reason clause belongs to the change it follows, and names the way that change went. */
describe('narrative-change: the reasons of a change say the way it went', () => {
  const shanghai = (income: string, reason: string) => [
    '上海市海洋监测预报中心2026年单位预算',
    '2026年单位预算编制说明',
    `2026年，上海市海洋监测预报中心收入预算18037万元，其中：财政拨款收入17883万元，比2025年预算${income}156万元；事业收入119万元；事业单位经营收入0万元；其他收入35万元。`,
    `支出预算18037万元，其中：财政拨款支出预算17883万元，比2025年预算${income}156万元。`,
    `财政拨款收入支出${reason}的主要原因是海洋灾害综合防治体系建设工程（地方配套）为跨年合并政府采购项目，按年度计划本年度预算减少。`,
  ];
  const yantai = (reason: string) => [
    '烟台市大数据局2026年部门预算',
    '第一部分 部门预算情况说明',
    '一、收支预算情况',
    `（三）增减变化情况：2026年收支预算7,503.31万元，比上年减少1,226.81万元，其中：1.收入预算减少1,226.81万元，其中一般公共预算收入减少1,219.11万元，使用非财政拨款结余减少7.7万元。2.支出预算减少1,226.81万元，其中基本支出增加92.17万元，项目支出减少1,318.98万元。3.收支预算${reason}的主要原因，一是根据预算编制要求，进一步落实政府过紧日子要求。`,
  ];
  const huzhou = (word: string) => [
    '湖州市卫生健康委员会2026年部门预算',
    '第二部分 部门预算情况说明',
    '三、“三公”经费预算情况说明',
    `2.公务接待费：2026年安排公务接待费预算14.60万元，比上年预算数${word}19.3%。主要用于接待上级部门及兄弟地市来人等支出。减少的主要原因是按照厉行节约有关要求，压减公务接待经费。`,
  ];
  testRule(
    narrativeChange,
    {
      valid: [
        { name: 'a reason naming the changes stated before it, the same way (上海 单位预算)', lines: shanghai('增加', '增加') },
        { name: '收支 names the income and the spending, both fell (烟台 大数据局)', lines: yantai('减少') },
        { name: 'a reason naming nothing follows the change just before it (湖州 公务接待费)', lines: huzhou('下降') },
        {
          name: 'figures said to be 持平, and a reason for 持平 (上海 市政府办公厅文印中心)',
          lines: [
            '上海市某某中心2026年单位预算',
            '2026年单位预算编制说明',
            '财政拨款收入120万元，与2025年预算持平；事业收入0万元。支出预算120万元，其中：财政拨款支出预算120万元，与2025年预算持平。财政拨款收入支出持平的主要原因是文印设备采购支出持平。',
          ],
        },
        {
          name: 'a reason naming a part no change was stated of is not given another change',
          lines: [
            '某某局2026年部门预算',
            '一、收支预算总体情况',
            '支出预算增加120.5万元，主要是在职人员增加。项目支出减少的主要原因是信息化项目完成。',
          ],
        },
        {
          name: 'a reason naming nothing after a direction word that is no change against last year (人员增加)',
          lines: [
            '某某局2026年部门预算',
            '一、收支预算总体情况',
            '支出预算比上年减少120.5万元，主要是项目完成，在职人员增加。增加的主要原因是新招录人员。',
          ],
        },
      ],
      invalid: [
        {
          name: 'a 增加 of 156, then the reasons of a 减少 (上海 海洋监测预报中心 2026, p.6)',
          lines: shanghai('增加', '减少'),
          findings: [
            {
              severity: 'warning',
              line: 2,
              expected: '增加、增加',
              actual: '减少',
              message: '财政拨款收入增加 156 万元、财政拨款支出增加 156 万元',
            },
            { severity: 'info', message: '2 处比上年增减' },
          ],
        },
        {
          name: 'both sides fell, the reason is for a rise (烟台)',
          lines: yantai('增加'),
          findings: [
            {
              severity: 'warning',
              expected: '减少、减少',
              actual: '增加',
              message: '收入减少 1,226.81 万元、支出减少 1,226.81 万元，其后却说明“收支预算增加的主要原因”',
            },
            { severity: 'info', message: '4 处比上年增减' },
          ],
        },
        {
          name: 'a rise of 19.3%, then the reasons of a fall (湖州)',
          lines: huzhou('增长'),
          findings: [{ severity: 'warning', expected: '增长', actual: '减少', message: '增长 19.3%' }],
        },
      ],
    },
    it,
  );
});

/** The percentage's own word says the way the change went too (广州 2026 部门预算, 泉州 2026 部门预算). */
describe('narrative-change: a change and its percentage go the same way', () => {
  const guangzhou = (change: string) => [
    '广州市气象局2026年部门预算',
    '第三部分 部门预算情况说明',
    '三、机关运行经费安排情况',
    `2026年，本部门机关运行经费安排523.62万元，比上年${change}，主要原因是落实党政机关过紧日子要求，进一步减少行政性经费支出。`,
  ];
  const quanzhou = (percent: string) => [
    '泉州市公安局2026年部门预算',
    '第三部分 部门预算情况说明',
    '二、一般公共预算拨款支出情况',
    `2026年度一般公共预算拨款支出46941.63万元，比上年减少2988.85万元，降低${percent}%，主要原因是：减少了科技强警等项目支出。`,
  ];
  testRule(
    narrativeChange,
    {
      valid: [
        { name: '减少 and 下降 (广州 气象局 p.23)', lines: guangzhou('减少4.88万元，下降0.9%') },
        { name: 'a percentage said with 降低 is read and checked (泉州 公安局)', lines: quanzhou('5.99') },
      ],
      invalid: [
        {
          // 4.88 / 518.74 and 4.88 / 528.50 both round to 0.9%: only the two words can tell.
          name: 'a change said to rise and its percentage to fall',
          lines: guangzhou('增加4.88万元，下降0.9%'),
          findings: [
            { severity: 'error', expected: '增加', actual: '下降', message: '比上年增加 4.88 万元，百分比却说下降 0.9%' },
          ],
        },
        {
          name: 'a 降低 percentage that does not follow (2988.85 / 49930.48 = 5.99%)',
          lines: quanzhou('6.99'),
          findings: [{ severity: 'error', expected: '5.99', actual: '6.99' }],
        },
      ],
    },
    it,
  );
});

/** 广州 2026: 公务用车购置费 and 运行维护费 in a parenthesis after their whole, the whole's change after the “）”. */
describe('narrative-change: parts in a parenthesis after their whole', () => {
  const guangzhou = (heading: string, text: string) => [
    `${heading}2026年部门预算`,
    '第三部分 部门预算情况说明',
    '二、“三公”经费安排情况',
    text,
  ];
  // 广东省人民政府办公厅 (广州 corpus zhengfuban-2026.pdf p.24): a whole of 0 whose parts are 0 and 0.
  const office = (purchase: string, whole: string) =>
    guangzhou(
      '广东省人民政府办公厅',
      `2026年本部门财政拨款安排“三公”经费226.86万元,比上年减少489.77万元,下降68.3%,主要原因是一是我厅原有公务用车已全部移交至市机关事务管理局统一管理。其中:因公出国(境)费215.6万元,比上年增加0万元,增长0%,主要原因是与上年持平,无增减变化;公务用车购置及运行维护费0万元(公务用车购置费0万元,比上年${purchase}70万元;公务用车运行维护费0万元,比上年减少318.88万元。)比上年${whole}388.88万元,下降100%,主要原因是2026年我厅无公务用车购置计划;公务接待费11.26万元,比上年减少100.89万元,下降90%,主要原因是减少了接待办公室职能。`,
    );
  // 广州市城市管理和综合执法局 (chengguan-2026.pdf p.36): 364.17 = 18 + 346.17, 21.02 = 18 + 3.02.
  const cityManagement = guangzhou(
    '广州市城市管理和综合执法局',
    '2026年本部门财政拨款安排“三公”经费399.88万元,比上年增加20.82万元,增长5.5%,主要原因是公务用车购置及运行维护费用增加。其中:因公出国(境)费25.16万元,比上年增加0万元,增长0%,主要原因是与上年持平,无增减变化;公务用车购置及运行维护费364.17万元(公务用车购置费18万元,比上年增加18万元;公务用车运行维护费346.17万元,比上年增加3.02万元。)比上年增加21.02万元,增长6.1%,主要原因是按规定更新购置;公务接待费10.55万元,比上年减少0.2万元,下降1.9%,主要原因是根据工作实际,压减公务接待计划。',
  );
  testRule(
    narrativeChange,
    {
      valid: [
        {
          name: 'the parts in the parenthesis add up to a whole of 0, the three items to the 三公 (广东省人民政府办公厅)',
          lines: office('减少', '减少'),
        },
        { name: 'the parts in the parenthesis and the whole after it agree (城市管理和综合执法局)', lines: cityManagement },
      ],
      invalid: [
        {
          name: 'a part in the parenthesis turned (公务用车购置费 增加 70)',
          lines: office('增加', '减少'),
          findings: [
            { severity: 'warning', line: 3, expected: '-388.88', actual: '-248.88', message: '“公务用车购置费”若是减少 70 万元' },
          ],
        },
        {
          name: 'the whole’s change after the “）” turned (公务用车购置及运行维护费 增加 388.88)',
          lines: office('减少', '增加'),
          findings: [
            {
              severity: 'error',
              line: 3,
              expected: '增加',
              actual: '下降',
              message: '比上年增加 388.88 万元，百分比却说下降 100%',
            },
            { severity: 'warning', line: 3, message: '“公务用车购置及运行维护费”若是减少 388.88 万元' },
          ],
        },
      ],
    },
    it,
  );
});
