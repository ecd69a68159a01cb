import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byCodeUnit } from './order.js';
test('byCodeUnit orders rule ids and classification codes as localeCompare does', () => {
    const ids = ['row-identity', 'narrative-sum', 'narrative-share', 'balance', 'cross-table', 'narrative', 'three-public-sum'];
    const codes = ['2080501', '208', '20805', '2010301', '201', '30101', '2080599', '2130101'];
    for (const list of [ids, codes])
        assert.deepEqual([...list].sort(byCodeUnit), [...list].sort((a, b) => a.localeCompare(b)));
    assert.equal(byCodeUnit('a', 'a'), 0);
});
//# sourceMappingURL=order.test.js.map