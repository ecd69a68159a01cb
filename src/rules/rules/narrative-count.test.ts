import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeCount } from './narrative-count.js';

const doc = (sentence: string) => [
  '某某局2024年部门预算',
  '项目支出预算表',
  '单位：万元',
  '类型\t项目名称\t\t部门（单位）名称\t合计',
  '\t一级项目\t二级项目\t\t',
  '合计\t\t\t\t3.00',
  '专项业务支出\t\t\t\t3.00',
  '\t综合管理\t\t\t3.00',
  '\t\t甲项目\t某某局\t1.00',
  '\t\t乙项目\t某某局\t2.00',
  '第三部分 情况说明',
  '一、项目支出情况说明',
  sentence,
];

describe('narrative-count', () => {
  testRule(
    narrativeCount,
    {
      valid: [
        {
          name: 'counts that match the project table',
          lines: doc('2024 年部门项目支出 3.00 万元，其中：一级项目 1 个，二级项目 2 个。'),
        },
      ],
      invalid: [
        {
          name: 'a second-level count the table does not list (001: 47 stated, 46 printed)',
          lines: doc('2024 年部门项目支出 3.00 万元，其中：一级项目 1 个，二级项目 3 个。'),
          findings: [{ severity: 'warning', line: 12, expected: '2', actual: '3' }],
        },
      ],
    },
    it,
  );
});
