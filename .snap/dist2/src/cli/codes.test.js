import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCodeMatches, lookupCodes } from './codes.js';
describe('codes lookup', () => {
    it('finds a code with its parents and says when the year has no list of its own', () => {
        const exact = lookupCodes({ query: '2040607', year: 2024, scheme: 'function', format: 'text' });
        assert.equal(exact.length, 1);
        assert.equal(formatCodeMatches(exact), '204 公共安全支出 › 20406 司法 › 2040607 公共法律服务  (支出功能分类 function)\n');
        const derived = lookupCodes({ query: '2040607', year: 2025, scheme: 'function', format: 'text' });
        assert.equal(derived[0]?.coverage, 'derived');
        assert.match(formatCodeMatches(derived), /按 2024 年科目表/);
    });
    it('looks an old name up in its own year', () => {
        const matches = lookupCodes({ query: '医疗卫生与计划生育', year: 2018, scheme: 'function', format: 'text' });
        assert.deepEqual(matches.map((m) => m.entry.code), ['210']);
    });
});
//# sourceMappingURL=codes.test.js.map