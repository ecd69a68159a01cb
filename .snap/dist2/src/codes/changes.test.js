import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyChanges, changesOf, inYear, knownChanges, outOfYear } from './changes.js';
import { BASE_YEAR, codeList, LIST_YEARS } from './lists.js';
const entry = (code, parent = null) => ({
    code,
    name: `科目${code}`,
    level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
    parent,
    status: 'known',
    years: [],
});
const change = (c) => ({
    code: '20102',
    name: '新款',
    level: 2,
    parent: '201',
    change: 'added',
    year: 2025,
    status: 'known',
    source: 'test',
    ...c,
});
describe('changes', () => {
    it('reads the function additions, each with a source; none for the economic lists', () => {
        const all = changesOf('function') ?? [];
        assert.ok(all.length > 0);
        for (const c of all) {
            assert.ok(c.source.length > 0, c.code);
            assert.ok(['known', 'verified', 'unverified', 'observed'].includes(c.status), c.code);
            // Code length, level and parent agree, as in the lists.
            assert.equal(c.level, [3, 5, 7].indexOf(c.code.length) + 1, c.code);
            assert.equal(c.parent, c.level === 1 ? null : c.code.slice(0, [3, 5][c.level - 2]), c.code);
        }
        assert.equal(changesOf('economic-department'), null);
    });
    it('agrees with the 2024 file: a code is written there exactly when it is in the 2024 list', () => {
        const base = codeList('function', BASE_YEAR);
        for (const c of knownChanges('function')) {
            const listed = base.byCode.get(c.code);
            assert.equal(listed !== undefined, inYear(c, BASE_YEAR), c.code);
            if (listed)
                assert.deepEqual([listed.name, listed.parent, listed.level], [c.name, c.parent, c.level]);
        }
    });
    it('takes a code out with its children, and puts a new one among its siblings in code order', () => {
        const entries = [entry('201'), entry('20101', '201'), entry('2010101', '20101'), entry('20103', '201'), entry('202')];
        const added = applyChanges(entries, [change({}), change({ code: '2010201', level: 3, parent: '20102' })], 2025);
        assert.deepEqual(added.map((e) => e.code), ['201', '20101', '2010101', '20102', '2010201', '20103', '202']);
        // Before the year of its addition the code is not there; a removed one is there only before.
        assert.deepEqual(applyChanges(entries, [change({})], 2024), entries);
        const removed = applyChanges(entries, [change({ code: '20101', change: 'removed', year: 2025 })], 2025);
        assert.deepEqual(removed.map((e) => e.code), ['201', '20103', '202']);
        // A new 项 whose 款 is not in the list is left out rather than orphaned.
        assert.deepEqual(applyChanges(entries, [change({ code: '2010901', level: 3, parent: '20109' })], 2025), entries);
    });
    it('names the change that keeps a code out of a year', () => {
        assert.equal(outOfYear('function', '22911', 2024)?.year, 2025);
        assert.equal(outOfYear('function', '22911', 2025), null);
        assert.equal(outOfYear('function', '22006', 2023)?.change, 'added');
        assert.equal(outOfYear('function', '2011301', 2023), null);
    });
    it('has a code 2026 documents print from 2026 on, without saying it was missing before (observed)', () => {
        assert.equal(codeList('function', 2026).byCode.get('2014001')?.name, '行政运行');
        assert.equal(codeList('function', 2026).byCode.get('20141')?.parent, '201');
        assert.ok(!codeList('function', 2025).byCode.has('20140'));
        assert.equal(outOfYear('function', '20140', 2025), null);
    });
});
describe('codeList with the recorded changes', () => {
    it('has the 2025 additions (财预〔2025〕41号) in 2025 only', () => {
        const [y2023, y2024, y2025] = LIST_YEARS.map((y) => codeList('function', y));
        for (const code of ['2170404', '22911', '23107']) {
            assert.ok(y2025?.byCode.has(code), code);
            assert.ok(!y2024?.byCode.has(code), code);
            assert.ok(!y2023?.byCode.has(code), code);
            assert.deepEqual(y2025?.byCode.get(code)?.years, [2025]);
        }
        assert.equal(y2025?.byCode.get('22911')?.name, '中央金融机构注资特别国债财务基金支出');
        assert.equal(y2025?.byCode.get('2170404')?.parent, '21704');
    });
    it('has 22006 (added to the 2024 list in March 2024) from 2024 on', () => {
        assert.ok(!codeList('function', 2023).byCode.has('22006'));
        assert.deepEqual(codeList('function', 2025).byCode.get('22006')?.years, [2024, 2025]);
        // Years before the lists we keep fall back to the 2024 file, moved by the same changes.
        assert.ok(!codeList('function', 2018).byCode.has('22006'));
    });
    it('keeps list order in the derived years: a new 款 after the subtree of the 款 before it', () => {
        const codes = codeList('function', 2025).entries.map((e) => e.code);
        const at = (code) => codes.indexOf(code);
        assert.ok(at('2290899') < at('22911') && at('22911') < at('22960'));
        assert.equal(at('2170404'), at('21704') + 1);
        assert.ok(at('23104') < at('23107') && at('23107') < at('232'));
    });
});
//# sourceMappingURL=changes.test.js.map