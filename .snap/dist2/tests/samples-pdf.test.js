/**
 * The sample PDFs (../shared/samples, never committed): every standard table found with the right
 * kind, the key cells exact, and exactly the errors verified by hand (tests/fixtures/samples/README.md).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import { readDocument } from '../src/reader.js';
import { projectRoot, sharedDir } from './paths.js';
const factsDir = join(projectRoot, 'tests', 'fixtures', 'samples');
const samplesDir = join(sharedDir, 'samples');
function cellsOf(doc) {
    return doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.entries(r.values).map(([k, v]) => JSON.stringify([t.kind, r.side ?? '', r.code ?? '', r.name, k, v.raw]))));
}
describe('sample PDFs', () => {
    for (const name of readdirSync(factsDir).filter((f) => f.endsWith('.json'))) {
        const facts = JSON.parse(readFileSync(join(factsDir, name), 'utf8'));
        const path = join(samplesDir, facts.sample);
        const skip = existsSync(path) ? {} : { skip: `sample missing: ${path}` };
        describe(facts.sample, skip, () => {
            let doc;
            it('reads the document meta', async () => {
                doc = await readDocument(path);
                assert.equal(doc.source.format, 'pdf');
                assert.equal(doc.department, facts.department);
                assert.equal(doc.year, facts.year);
                assert.equal(doc.phase, facts.phase);
                assert.equal(doc.unit, facts.unit);
            });
            it('finds every table with the right kind, in order', () => {
                assert.deepEqual(doc.tables.map((t) => t.kind), facts.tables);
            });
            it('reads every key cell exactly', () => {
                const got = new Set(cellsOf(doc));
                const missing = facts.cells.map((c) => JSON.stringify(c)).filter((c) => !got.has(c));
                assert.deepEqual(missing, []);
            });
            it('keeps the page of every row', () => {
                for (const table of doc.tables)
                    for (const row of table.rows)
                        assert.ok(row.source.page, `${table.title} ${row.name}`);
            });
            it('raises exactly the errors verified by hand', () => {
                const errors = checkDocument(doc)
                    .findings.filter((f) => f.severity === 'error')
                    .map((f) => JSON.stringify([f.rule, f.source?.page ?? null, f.expected ?? null, f.actual ?? null]))
                    .sort();
                assert.deepEqual(errors, facts.errors.map((e) => JSON.stringify(e)).sort());
            });
        });
    }
});
//# sourceMappingURL=samples-pdf.test.js.map