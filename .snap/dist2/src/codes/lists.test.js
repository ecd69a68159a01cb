import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { inYear, knownChanges } from './changes.js';
import { coverageTable } from './coverage.js';
import { BASE_YEAR, codeList, LIST_YEARS } from './lists.js';
describe('codeList', () => {
    it('has the codes printed in the 万里街道 2024 budget that were missing', () => {
        const list = codeList('function', 2024);
        assert.equal(list.byCode.get('2040607')?.name, '公共法律服务');
        assert.equal(list.byCode.get('2040607')?.parent, '20406');
        assert.equal(list.byCode.get('2040607')?.status, 'verified');
        assert.equal(list.byCode.get('2049999')?.name, '其他公共安全支出');
        assert.equal(list.byCode.get('2049999')?.parent, '20499');
    });
    it('2024 is exact; 2023 and 2025 are derived from it; other years fall back, and say so', () => {
        assert.equal(codeList('function', 2024).coverage, 'exact');
        assert.equal(codeList('function', 2024).isExact, true);
        for (const year of [2023, 2025]) {
            const list = codeList('function', year);
            assert.equal(list.coverage, 'derived');
            assert.equal(list.isExact, false);
            assert.equal(list.year, year);
            assert.equal(list.baseYear, BASE_YEAR);
        }
        assert.equal(codeList('function', 2018).coverage, 'fallback');
        assert.equal(codeList('function', 2026).coverage, 'fallback');
        // No renamings were reviewed for the economic lists: their other years are a plain fallback.
        assert.equal(codeList('economic-department', 2025).coverage, 'fallback');
    });
    it('gives each entry the years whose list has it', () => {
        const list = codeList('function', 2025);
        assert.deepEqual(list.byCode.get('2011301')?.years, [...LIST_YEARS]);
        assert.deepEqual(list.byCode.get('210')?.years, [...LIST_YEARS]);
    });
    it('applies the recorded renamings to a year before them', () => {
        const old = codeList('function', 2018);
        assert.equal(old.byCode.get('210')?.name, '医疗卫生与计划生育支出');
        assert.equal(old.byCode.get('207')?.name, '文化体育与传媒支出');
        assert.deepEqual(old.byCode.get('210')?.years, []);
        // Unverified renamings are not applied.
        assert.equal(old.byCode.get('20701')?.name, '文化和旅游');
        assert.equal(codeList('function', 2023).byCode.get('210')?.name, '卫生健康支出');
    });
    it('makes the derived years the 2024 list less and plus the recorded additions and removals', () => {
        const base = codeList('function', 2024);
        for (const year of [2023, 2025]) {
            const list = codeList('function', year);
            const changed = knownChanges('function').map((c) => c.code);
            // Apart from the changed codes (and their children), the same entries under the same parents in the same order.
            const kept = (l) => l.entries.filter((e) => !changed.some((code) => e.code.startsWith(code))).map((e) => [e.code, e.parent]);
            assert.deepEqual(kept(list), kept(base));
            for (const c of knownChanges('function'))
                assert.equal(list.byCode.has(c.code), inYear(c, year), `${year} ${c.code}`);
        }
    });
});
describe('data README', () => {
    it('states the current per-year coverage', () => {
        const readme = readFileSync(join(projectRoot, 'src', 'codes', 'data', 'README.md'), 'utf8');
        // The formatter aligns markdown tables: compare without the padding.
        const squash = (s) => s.replace(/ +/g, '').replace(/-+/g, '-');
        for (const scheme of ['function', 'economic-department', 'economic-government']) {
            assert.ok(squash(readme).includes(squash(coverageTable(scheme))), `README lacks:\n${coverageTable(scheme)}`);
        }
    });
});
//# sourceMappingURL=lists.test.js.map