import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeGroups, joinCodeParts, SplitCodeReader } from './split-codes.js';
const column = (index, key, role, type = 'text') => ({
    index,
    key,
    role,
    type,
    path: [key],
    because: { rule: 'label', label: key },
});
describe('split classification codes', () => {
    it('joins 类 | 款 | 项 parts and pads a one-digit part', () => {
        assert.deepEqual(joinCodeParts(['201', '13', '01']), { code: '2011301', malformed: false });
        assert.deepEqual(joinCodeParts(['201', '3', '1']), { code: '2010301', malformed: false });
        assert.deepEqual(joinCodeParts(['20', '13', '']), { code: null, malformed: true });
    });
    it('carries the 类 and 款 parts down to the rows that print only their own part (烟台 收入总体情况表)', () => {
        const reader = new SplitCodeReader();
        const codes = [
            ['201', '', ''],
            ['', '06', ''],
            ['', '', '01'],
            ['', '', '50'],
            ['', '', ''],
            ['205', '', ''],
            ['', '08', ''],
            ['', '', '03'],
        ].map((parts) => reader.read(parts));
        assert.deepEqual(codes.map((c) => c.code), ['201', '20106', '2010601', '2010650', null, '205', '20508', '2050803']);
        assert.ok(codes.every((c) => !c.malformed));
    });
    it('still reports a 款 part with nothing printed above it', () => {
        assert.deepEqual(new SplitCodeReader().read(['', '06', '']).malformed, true);
    });
    it('keeps the 部门 and 政府 economic codes of a 基本支出表 apart (301 | 01 | 基本工资 | 501 | 01 | 工资奖金津补贴)', () => {
        const groups = codeGroups([
            column(0, 'code', 'code'),
            column(1, 'code', 'code'),
            column(2, 'label', 'label'),
            column(3, 'code', 'code'),
            column(4, 'code', 'code'),
            column(5, 'gov_economic_name', 'text'),
            column(6, 'total', 'text', 'amount'),
        ]);
        assert.deepEqual(groups.map((g) => [g.key, g.columns.map((c) => c.index)]), [
            [null, [0, 1]],
            ['gov_economic_code', [3, 4]],
        ]);
    });
});
//# sourceMappingURL=split-codes.test.js.map