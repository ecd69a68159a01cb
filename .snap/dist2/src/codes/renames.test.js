import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRenames, knownRenames, nameInOtherYear, renamesOf } from './renames.js';
const same = (a, b) => a === b;
const rename = (r) => ({
    oldCode: '201',
    oldName: '旧名',
    newCode: '201',
    newName: '新名',
    fromYear: 2025,
    status: 'known',
    note: '',
    ...r,
});
describe('renames', () => {
    it('reads the function renamings; none for the economic lists', () => {
        const all = renamesOf('function') ?? [];
        assert.ok(all.some((r) => r.newCode === '210' && r.oldName === '医疗卫生与计划生育支出' && r.fromYear === 2019));
        assert.ok(knownRenames('function').every((r) => r.status === 'known'));
        assert.equal(renamesOf('economic-department'), null);
    });
    it('moves a list forwards and backwards across a renaming, children following a new code', () => {
        const entries = [
            { code: '201', name: '旧名', parent: null },
            { code: '20101', name: '款', parent: '201' },
        ];
        const renumbered = [rename({ newCode: '202' })];
        const forward = applyRenames(entries, renumbered, 2024, 2025);
        assert.deepEqual(forward, [
            { code: '202', name: '新名', parent: null },
            { code: '20101', name: '款', parent: '202' },
        ]);
        assert.deepEqual(applyRenames(forward, renumbered, 2025, 2024), entries);
        assert.deepEqual(applyRenames(entries, renumbered, 2024, 2024), entries);
    });
    it('names the other year of an old or a new name', () => {
        assert.deepEqual(nameInOtherYear('function', '210', '医疗卫生与计划生育支出', 2024, same), {
            year: 2018,
            code: '210',
            name: '卫生健康支出',
        });
        assert.deepEqual(nameInOtherYear('function', '210', '卫生健康支出', 2018, same), {
            year: 2019,
            code: '210',
            name: '医疗卫生与计划生育支出',
        });
        assert.equal(nameInOtherYear('function', '210', '卫生健康支出', 2024, same), null);
        // Unverified renamings give no finding.
        assert.equal(nameInOtherYear('function', '20701', '文化', 2024, same), null);
    });
});
//# sourceMappingURL=renames.test.js.map