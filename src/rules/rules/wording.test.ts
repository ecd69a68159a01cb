import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { wording } from './wording.js';

const doc = (heading: string, text: string) => ['某某局2024年部门预算', '第三部分 情况说明', heading, text];

describe('wording', () => {
  testRule(
    wording,
    {
      valid: [
        { name: 'plain wording', lines: doc('九、2024 年国有资本经营预算支出情况', '本部门无国有资本经营预算拨款。') },
        { name: 'a change in one direction', lines: doc('一、三公经费', '公务接待费 153.42 万元，比上年减少 105.13 万元。') },
        {
          name: 'a classification named as in the document year',
          lines: doc('一、支出情况', '“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”50.37万元。'),
        },
        {
          name: 'alternatives naming a topic, not a figure, are no contradiction (烟台 文旅局: 收支预算增加（减少）的主要原因)',
          lines: doc('一、预算收支增减变化情况说明', '收支预算增加（减少）的主要原因，一是人员工资经费增加，故收支预算增加。'),
        },
        {
          name: 'alternatives of the same direction ("增加（增长）") are not a contradiction',
          lines: doc('一、三公经费', '公务接待费 0.39 万元，比上年增加（增长）0.05 万元。'),
        },
        {
          name: 'alternatives of the same direction in other words ("压减（节约）") are not a contradiction',
          lines: doc('一、三公经费', '公务接待费 0.39 万元，比上年压减（节约）0.05 万元。'),
        },
        {
          name: 'an earlier year named as the figure compared with, not as the document',
          lines: doc('一、收支情况', '2024年收支预算比2023年预算增加 10.00 万元，与2023年度部门预算公开的口径一致。'),
        },
        {
          name: 'the old name in a document of the year before the renaming',
          lines: ['某某局2018年部门预算', '第三部分 情况说明', '一、支出情况', '“医疗卫生与计划生育支出（类）”50.37万元。'],
        },
      ],
      invalid: [
        {
          name: '增加减少',
          lines: doc('一、三公经费', '公务接待费 153.42 万元，比 2023 年当年预算数增加减少 105.13 万元。'),
          findings: [{ severity: 'error', line: 3, message: '增加减少' }],
        },
        {
          name: 'a section about another fund',
          lines: doc('九、2024 年国有资本经营预算支出情况', '本部门无政府性基金预算拨款。'),
          findings: [{ severity: 'error', line: 3, message: '政府性基金' }],
        },
        {
          name: 'a heading year that is not the document year',
          lines: doc('一、2023 年收入预算情况', '收入预算 10.00 万元。'),
          findings: [{ severity: 'error', line: 3, message: '2023' }],
        },
        {
          name: 'a text calling the document by another year (a 2024 document: 2023年度部门决算公开)',
          lines: [
            '某某局2024年度部门决算',
            '第三部分 情况说明',
            '一、部门决算情况说明',
            '现将我局2023年度部门决算公开如下。本年支出 10.00 万元。',
          ],
          findings: [{ severity: 'error', line: 3, message: '2023年度部门决算公开' }],
        },
        {
          name: 'a year left as the template’s “×年”',
          lines: doc('一、收支情况', '×年收支预算总额 10.00 万元。'),
          findings: [{ severity: 'warning', line: 3, message: '占位符' }],
        },
        {
          name: 'a malformed year',
          lines: doc('一、收支安排', '202,4年预算收支安排671.44万元。'),
          findings: [{ severity: 'error', line: 3, message: '202,4年' }],
        },
        {
          name: 'a template’s alternatives left in a filled document (规划和自然资源局: 下降（增长）27.78%)',
          lines: doc('一、三公经费', '决算数比 2023 年度减少 0.15 万元，下降（增长）27.78%。'),
          findings: [{ severity: 'error', line: 3, message: '下降(增长)' }],
        },
        {
          name: 'alternatives in any direction words of the vocabulary (上升（降低）), not only 增加/减少/增长/下降',
          lines: doc('一、三公经费', '决算数比 2023 年度增加 0.15 万元，上升（降低）27.78%。'),
          findings: [{ severity: 'error', line: 3, message: '上升(降低)' }],
        },
        {
          name: 'an unfilled template is a warning, and its alternatives are the template’s own',
          lines: doc('一、收入决算情况说明', '本年收入合计 XXX 万元，比上年增加（减少）XXX 万元。'),
          findings: [{ severity: 'warning', line: 3, message: '占位符' }],
        },
        {
          name: 'a classification name renamed before the document year (福利院 2024: 医疗卫生与计划生育支出)',
          lines: doc('一、支出情况', '“医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）”50.37万元。'),
          findings: [{ severity: 'warning', line: 3, message: '卫生健康支出' }],
        },
      ],
    },
    it,
  );
});
