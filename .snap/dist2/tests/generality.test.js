/**
 * The reader must not depend on a seed's department, year, line numbers or exact spacing:
 * a seed rewritten as another department's document of another year, with lines shifted and
 * spacing changed, must read into the same tables, and the checker must find the same errors in them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import { formatAmount } from '../src/model/amount.js';
import { readText } from '../src/reader.js';
import { projectRoot } from './paths.js';
const seedDir = join(projectRoot, 'tests', 'fixtures', 'seeds');
function shape(doc) {
    return doc.tables.map((t) => ({
        kind: t.kind,
        rows: t.rows.map((r) => [r.level, r.isTotal, r.side ?? null, Object.keys(r.values).sort().join(',')].join('|')),
        values: t.rows.flatMap((r) => Object.values(r.values).map(formatAmount)),
    }));
}
const variants = [
    { seed: '000_7094a3d6e0f48fbd.txt', from: '吉林省商务厅', to: '吉林省示例厅' },
    { seed: '001_91a79292973e8735.txt', from: '吉林省人民政府办公厅', to: '辽宁省人民政府办公厅' },
    { seed: '002_b9fc89043e8814d5.txt', from: '商务部门', to: '示例部门' },
    { seed: '003_07ebbe8a85530ef6.txt', from: '阳泉市商务局', to: '大同市示例局' },
];
describe('reading documents the reader has never seen', () => {
    for (const { seed, from, to } of variants) {
        it(`${seed} rewritten for ${to}, another year, shifted lines`, () => {
            const original = readFileSync(join(seedDir, seed), 'utf8');
            const rewritten = `\n\n\n${original
                .split(from)
                .join(to)
                .replace(/(?<![\d.])2024(?![\d.])/g, '2026')
                .replace(/(?<![\d.])2025(?![\d.])/g, '2027')}`;
            const a = readText(original, seed);
            const b = readText(rewritten, `variant-${seed}`);
            assert.equal(b.department, a.department?.split(from).join(to));
            assert.equal(b.year, (a.year ?? 0) + 2);
            assert.deepEqual(shape(b), shape(a));
            assert.deepEqual(b.tables.map((t) => t.source.line), a.tables.map((t) => (t.source.line ?? 0) + 3));
            assert.equal(b.narrative.length, a.narrative.length);
            // The checker finds the same errors in the same places: nothing depends on the name, year or line.
            const errors = (doc, shift) => checkDocument(doc)
                .findings.filter((f) => f.severity === 'error')
                .map((f) => [f.rule, (f.source?.line ?? 0) + shift, f.expected, f.actual].join('|'));
            assert.deepEqual(errors(b, 0), errors(a, 3));
        });
    }
});
//# sourceMappingURL=generality.test.js.map