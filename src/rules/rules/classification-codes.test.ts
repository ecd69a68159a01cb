import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRule, testRule } from '../testing.js';
import { classificationCodes } from './classification-codes.js';

const table = (rows: string[], year = 2024) => [
  `某某局${year}年部门预算`,
  `${year}年预算支出总表`,
  '单位：万元',
  '科目编码\t科目名称\t合计',
  ...rows,
];

/** 泉州's 一般公共预算支出经济分类情况表: a general budget table by economic classification. */
const economic = (rows: string[]) => [
  '某某局2024年部门预算',
  '2024 年度一般公共预算支出经济分类情况表',
  '单位：万元',
  '科目编码\t科目名称\t预算数',
  ...rows,
];

describe('classification-codes', () => {
  testRule(
    classificationCodes,
    {
      valid: [
        {
          name: 'codes of the list, with their names and parents',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2011301\t行政运行\t1.00']),
        },
        {
          name: 'codes printed in the 万里街道 2024 budget',
          lines: table([
            '204\t公共安全支出\t1.00',
            '20406\t司法\t1.00',
            '2040607\t公共法律服务\t1.00',
            '20499\t其他公共安全支出\t1.00',
            '2049999\t其他公共安全支出\t1.00',
          ]),
        },
        {
          name: 'a 2018 document with the 2018 name',
          lines: table(['210\t医疗卫生与计划生育支出\t1.00'], 2018),
        },
        {
          name: 'a 2025 document printing a code added in 2025',
          lines: table(['231\t债务还本支出\t1.00', '23107\t中央金融机构注资特别国债还本支出\t1.00'], 2025),
        },
        {
          name: 'economic codes in a table titled as general budget spending are checked against the economic list (泉州)',
          lines: economic(['301\t工资福利支出\t1.00', '30101\t基本工资\t1.00', '310\t资本性支出\t2.00']),
        },
        {
          name: 'a 2025 document (derived list)',
          lines: table(['210\t卫生健康支出\t1.00', '21011\t行政事业单位医疗\t1.00', '2101101\t行政单位医疗\t1.00'], 2025),
        },
      ],
      invalid: [
        {
          name: 'a name that is not the code’s',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2011301\t招商引资\t1.00']),
          findings: [{ severity: 'error', line: 7, expected: '行政运行' }],
        },
        {
          name: 'a 项 under the wrong 款',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2010301\t行政运行\t1.00']),
          findings: [{ severity: 'error', line: 7, expected: '20113', actual: '20103' }],
        },
        {
          name: 'a 项 directly under a 类',
          lines: table(['201\t一般公共服务支出\t1.00', '2011301\t行政运行\t1.00']),
          findings: [{ severity: 'error', line: 6 }],
        },
        {
          name: 'a code the list does not have',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2011398\t某某事务\t1.00']),
          findings: [{ severity: 'warning', line: 7, actual: '2011398' }],
        },
        {
          name: 'an old name in a newer document',
          lines: table(['210\t医疗卫生与计划生育支出\t1.00']),
          findings: [{ severity: 'warning', line: 5, expected: '卫生健康支出', message: '2018' }],
        },
        {
          name: 'a new name in an older document, checked against a fallback list',
          lines: table(['210\t卫生健康支出\t1.00'], 2018),
          findings: [
            { severity: 'info', message: '2024' },
            { severity: 'warning', line: 5, expected: '医疗卫生与计划生育支出', message: '2019' },
          ],
        },
        {
          name: 'an economic code with another name in a table titled as general budget spending',
          lines: economic(['301\t工资福利支出\t1.00', '30101\t奖金\t1.00']),
          findings: [{ severity: 'error', line: 6, expected: '基本工资' }],
        },
        {
          name: 'a code added in 2025 (财预〔2025〕41号) printed in a 2024 document',
          lines: table(['229\t其他支出\t1.00', '22911\t中央金融机构注资特别国债财务基金支出\t1.00']),
          findings: [{ severity: 'warning', line: 6, actual: '22911', message: '2025' }],
        },
        {
          name: 'a code added to the 2024 list printed in a 2023 document',
          lines: table(['220\t自然资源海洋气象等支出\t1.00', '22006\t耕地保护考核奖惩基金支出\t1.00'], 2023),
          findings: [
            { severity: 'info', message: '2024' },
            { severity: 'warning', line: 6, actual: '22006', message: '2024' },
          ],
        },
        {
          name: 'a derived year says which list was used',
          lines: table(['201\t一般公共服务支出\t1.00'], 2025),
          findings: [{ severity: 'info', message: '2024' }],
        },
        {
          name: 'a close name against another year’s list is probably a renaming since: a note (湖州 卫健委 2026)',
          lines: table(['210\t卫生健康支出\t1.00', '21004\t公共卫生\t1.00', '2100410\t突发公共卫生事件应急处置\t1.00'], 2026),
          findings: [
            { severity: 'info', message: '2024' },
            { severity: 'info', line: 7, expected: '突发公共卫生事件应急处理', message: '更名未记录' },
          ],
        },
        {
          name: 'any name against an entry whose listed name is unverified, in a derived year, is a note (湖州 退役军人事务局 2026: 2082805 军供保障)',
          lines: table(['208\t社会保障和就业支出\t1.00', '20828\t退役军人管理事务\t1.00', '2082805\t军供保障\t1.00'], 2026),
          findings: [
            { severity: 'info', message: '2024' },
            { severity: 'info', line: 7, expected: '部队供应', message: '更名未记录' },
          ],
        },
        {
          name: 'against the exact list, a name differing from an unverified entry stays a warning (2024: 2082805)',
          lines: table(['208\t社会保障和就业支出\t1.00', '20828\t退役军人管理事务\t1.00', '2082805\t军供保障\t1.00'], 2024),
          findings: [{ severity: 'warning', line: 7, expected: '部队供应' }],
        },
        {
          name: 'a code under a parent whose children the list does not write out cannot be checked (215 资源勘探工业信息等支出: 21505 › 2150501)',
          lines: table(['215\t资源勘探工业信息等支出\t1.00', '21505\t工业和信息产业监管\t1.00', '2150501\t行政运行\t1.00']),
          findings: [{ severity: 'info', line: 7, actual: '2150501' }],
        },
        {
          name: 'a code missing from a derived list is a note naming the list, not a warning (2023: 2010188)',
          lines: table(['201\t一般公共服务支出\t1.00', '20101\t人大事务\t1.00', '2010188\t某某事务\t1.00'], 2023),
          findings: [
            { severity: 'info', message: '2024' },
            { severity: 'info', line: 7, actual: '2010188', message: '推算' },
          ],
        },
        {
          name: 'an unrelated name is still a wrong name in a derived year',
          lines: table(['210\t商贸事务\t1.00'], 2023),
          findings: [
            { severity: 'info', message: '2024' },
            { severity: 'error', line: 5, expected: '卫生健康支出' },
          ],
        },
      ],
    },
    it,
  );
});

/** 上海 普陀 社会福利院 2024 p.14: the 基本支出 table numbers its 302 items in its own order. */
const ownNumbering = (items: string[]) => [
  '上海市普陀区社会福利院2024年单位预算',
  '2024年预算单位一般公共预算基本支出部门预算经济分类预算表',
  '单位：元',
  '经济分类科目编码\t部门经济分类科目名称\t合计\t人员经费\t公用经费',
  '302\t商品和服务支出\t2,120,950\t\t2,120,950',
  '30201\t办公费\t69,000\t\t69,000',
  ...items,
];

describe('classification-codes on a table numbering its items its own way', () => {
  testRule(
    classificationCodes,
    {
      valid: [],
      invalid: [
        {
          name: 'most codes naming other items are one error naming the first few',
          lines: ownNumbering([
            '30202\t咨询费\t20,000\t\t20,000',
            '30203\t水费\t60,000\t\t60,000',
            '30204\t电费\t320,000\t\t320,000',
            '30205\t邮电费\t15,000\t\t15,000',
          ]),
          findings: [{ severity: 'error', line: 7, message: '另一套编码' }],
        },
        {
          name: 'a few wrong names are each an error',
          lines: ownNumbering(['30202\t咨询费\t20,000\t\t20,000', '30205\t电费\t60,000\t\t60,000']),
          findings: [
            { severity: 'error', line: 7, expected: '印刷费' },
            { severity: 'error', line: 8, expected: '水费' },
          ],
        },
      ],
    },
    it,
  );
});

describe('classification-codes on 北京 报表', () => {
  testRule(
    classificationCodes,
    {
      valid: [
        {
          name: 'local 7-digit items of the economic 款 (3021101 差旅费 under 30211, after 30207)',
          lines: [
            '某某办公室2024年部门预算',
            '预算06表 一般公共预算基本支出表',
            '金额单位：万元',
            '部门支出经济分类科目\t合计\t人员经费\t公用经费',
            '30207-邮电费\t0.420000\t\t0.420000',
            '3021101-差旅费\t8.120000\t\t8.120000',
            '3021503-三类会议费\t10.080000\t\t10.080000',
          ],
        },
      ],
      invalid: [
        {
          name: 'a code not in the list, printed on many rows of a detail table, is reported once',
          lines: table(['2019988\t某某新设事务\t1.00', '2019988\t某某新设事务\t2.00']),
          findings: [{ severity: 'warning', actual: '2019988' }],
        },
      ],
    },
    it,
  );
});

describe('classification-codes on a year with no list of its own', () => {
  testRule(
    classificationCodes,
    {
      valid: [],
      invalid: [
        {
          name: 'a name differing in its last words from the 2024 list may be a renaming: a note (北京 2026 2100410)',
          lines: table(['2100410\t突发公共卫生事件应急处置\t1.00'], 2026),
          findings: [{ severity: 'info' }, { severity: 'info', expected: '突发公共卫生事件应急处理' }],
        },
      ],
    },
    it,
  );
});

/**
 * 2026 documents against the list derived from 2024's, with the codes 2026 disclosures of other cities
 * print (src/codes/evidence/observed-2026.csv): 北京 司法局's and 教育委员会's 预算03表 支出总表, 长春
 * 信访局's 预算表 6.
 */
describe('classification-codes with the codes 2026 documents print', () => {
  const sifa = (name2040605: string) =>
    table(
      [
        '204\t公共安全支出\t1.00',
        '20406\t司法\t1.00',
        '2040601\t行政运行\t1.00',
        `2040605\t${name2040605}\t1.00`,
        '2040612\t法治建设\t1.00',
      ],
      2026,
    );
  const jiaoyu = (name2050203: string, name2050201 = '学前教育') =>
    table(
      ['205\t教育支出\t1.00', '20502\t普通教育\t1.00', `2050201\t${name2050201}\t1.00`, `2050203\t${name2050203}\t1.00`],
      2026,
    );
  const basic = (name30213: string) => [
    '长春市信访局2026年部门预算',
    '本年一般公共预算基本支出表(预算表 6)',
    '单位：万元',
    '科目编码\t科目名称\t合计',
    '302\t商品和服务支出\t1.00',
    '30201\t办公费\t1.00',
    `30213\t${name30213}\t1.00`,
  ];
  testRule(
    classificationCodes,
    {
      valid: [
        { name: '项 of 20406 司法 the derived list lacks, printed with these names by 广州 and 西安', lines: sifa('普法宣传') },
        { name: '教育 项 with the names the list and other cities give them', lines: jiaoyu('初中教育') },
        { name: '维修（护）费 printed with half-width brackets', lines: basic('维修(护)费') },
      ],
      invalid: [
        {
          name: 'a code only the evidence has, named as another code (2040606 律师管理): a warning naming the evidence as unofficial',
          lines: sifa('律师管理'),
          findings: [{ severity: 'info' }, { severity: 'warning', expected: '普法宣传', message: '非官方' }],
        },
        {
          name: 'a close name the list and two cities contradict (初中 → 高中教育) is an error, not a possible renaming',
          lines: jiaoyu('高中教育'),
          findings: [{ severity: 'info' }, { severity: 'error', expected: '初中教育', message: '2 个城市' }],
        },
        {
          name: 'on one city’s word (2050201 学前教育, 广州) the wrong name is a warning',
          lines: jiaoyu('初中教育', '高等教育'),
          findings: [{ severity: 'info' }, { severity: 'warning', expected: '学前教育', message: '1 个城市' }],
        },
        {
          name: '长春 信访局 prints 30213 as 维护（护）费: seven cities print 维修（护）费',
          lines: basic('维护（护）费'),
          findings: [{ severity: 'info' }, { severity: 'error', expected: '维修（护）费', message: '7 个城市' }],
        },
      ],
    },
    it,
  );

  it('a code the evidence has is not called unknown (before: “不在 2026 年科目表中” for 2040601 and 2040612)', () => {
    const findings = runRule(classificationCodes, sifa('普法宣传'));
    assert.deepEqual(
      findings.map((f) => f.message).filter((m) => m.includes('不在')),
      [],
    );
  });
});
