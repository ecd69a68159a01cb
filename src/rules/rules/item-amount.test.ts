import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { itemAmount } from './item-amount.js';

const doc = (...text: string[]) => ['某某局2026年部门预算', '第三部分 2026年部门预算情况说明', ...text];

describe('item-amount', () => {
  testRule(
    itemAmount,
    {
      valid: [
        {
          name: 'headings with amounts whose parts follow (北京市财政局 2026 情况说明 p. 4)',
          lines: doc(
            '一、收入预算情况',
            '（一）本年财政拨款收入 44156.64 万元',
            '1.一般公共预算拨款收入 44156.64 万元。',
            '2.政府性基金预算拨款收入 0 万元。',
            '（二）本年其他资金收入 0 万元',
            '4.财政专户管理资金收入 0 万元。',
            '（三）上年结转结余 12.72 万元',
            '10.上年结转结余 12.72 万元。',
          ),
        },
        {
          name: 'the heading’s amount restated alike, with last year’s and a part beside it',
          lines: doc(
            '四、机关运行经费支出预算情况',
            '（一）机关运行经费 120.5万元',
            '2026年机关运行经费预算为120.5万元，比2025年减少5万元。2025年机关运行经费125.5万元。其中：机关运行经费中的办公费30万元。',
          ),
        },
        {
          name: 'a paragraph giving its 项 and the change, not a second figure of it (苏州市审计局 2026 p. 25)',
          lines: doc(
            '五、一般公共预算支出情况',
            '（一）一般公共服务支出（类）',
            '1.审计事务（款）行政运行（项）支出 2,342 万元，与上年相比增加 27.86 万元，增长 1.2%。主要原因是人员经费增加。',
            '2.审计事务（款）一般行政管理事务（项）支出 339.5 万元，与上年相比减少 55.03 万元，减少 13.95%。',
          ),
        },
        {
          name: 'a label that is a predicate names no item: two subjects “涉及财政性资金” (苏州市审计局 2026 p. 30)',
          lines: doc(
            '十五、预算绩效目标设置情况说明',
            '1.2026年度，本部门整体支出纳入绩效目标管理，涉及财政性资金 4,651.67 万元；本部门共 7 个项目纳入绩效目标管理，涉及财政性资金合计 339.5 万元，占财政性资金总额的比例为 100%。',
          ),
        },
        {
          name: 'a threshold is not the item’s amount',
          lines: doc('六、政府采购情况', '（一）政府采购 120.5万元', '单价50万元以上的政府采购 80万元。'),
        },
      ],
      invalid: [
        {
          name: 'the heading and the body give 机关运行经费 two amounts',
          lines: doc(
            '四、机关运行经费支出预算情况',
            '（一）机关运行经费 120.5万元',
            '2026年机关运行经费预算为125.5万元，主要用于办公费、水电费等。',
          ),
          findings: [{ severity: 'error', line: 4, expected: '120.5', actual: '125.5' }],
        },
        {
          name: 'a numbered paragraph opens with one figure of its item and restates it as another (the wording of 苏州市审计局 p. 25)',
          lines: doc(
            '五、一般公共预算支出情况',
            '（一）一般公共服务支出（类）',
            '1.审计事务（款）行政运行（项）支出 2,342 万元，与上年相比增加 27.86 万元。审计事务（款）行政运行（项）支出 2,324 万元主要用于人员经费。',
          ),
          findings: [{ severity: 'error', expected: '2,342', actual: '2,324' }],
        },
      ],
    },
    it,
  );
});
