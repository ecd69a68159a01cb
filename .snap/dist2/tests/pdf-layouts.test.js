/**
 * PDFs without ruling lines and scanned PDFs (tests/fixtures/pdf, made from unruled-table.html with
 * LibreOffice, and the scan with scripts/fixtures/make-scanned-pdf.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ocrAvailable } from '../src/adapters/pdf/ocr.js';
import { readDocument } from '../src/reader.js';
import { projectRoot } from './paths.js';
const fixture = (name) => join(projectRoot, 'tests', 'fixtures', 'pdf', name);
const values = (table) => (table?.rows ?? []).map((r) => [r.code, Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v.raw]))]);
describe('a PDF table drawn without ruling lines', () => {
    it('is read by its aligned text, every amount in its column', async () => {
        const doc = await readDocument(fixture('unruled-table.pdf'));
        const table = doc.tables.find((t) => t.kind === 'expenditure_summary');
        assert.deepEqual(values(table), [
            [null, { total: '1,200.50', basic: '1,000.00', project: '200.50' }],
            ['201', { total: '1,000.00', basic: '900.00', project: '100.00' }],
            ['20113', { total: '1,000.00', basic: '900.00', project: '100.00' }],
            ['2011301', { total: '900.00', basic: '900.00' }],
            ['2011302', { total: '100.00', project: '100.00' }],
            ['208', { total: '200.50', basic: '100.00', project: '100.50' }],
            ['20805', { total: '200.50', basic: '100.00', project: '100.50' }],
            ['2080501', { total: '200.50', basic: '100.00', project: '100.50' }],
        ]);
    });
});
describe('a scanned PDF (no text layer)', () => {
    const bin = join(projectRoot, 'bin', 'budgetlens.js');
    it('says in one line that OCR is needed when tesseract is not installed', () => {
        const result = spawnSync(process.execPath, [bin, 'extract', fixture('scanned-table.pdf')], {
            encoding: 'utf8',
            env: { ...process.env, BUDGETLENS_NO_OCR: '1' },
        });
        assert.equal(result.status, 2);
        assert.match(result.stderr.trim(), /扫描图像.*tesseract-ocr.* \/ .*scanned/);
        assert.equal(result.stderr.trim().split('\n').length, 1);
    });
    const skip = ocrAvailable() ? {} : { skip: 'tesseract-ocr with chi_sim and poppler-utils are not installed' };
    it('is read by OCR, every cell marked as such', skip, async () => {
        const doc = await readDocument(fixture('scanned-table.pdf'));
        assert.ok(doc.findings.some((f) => f.rule === 'reader/ocr'));
        const table = doc.tables.find((t) => t.kind === 'expenditure_summary');
        assert.ok(table && table.rows.length >= 5, 'the table is found');
        assert.ok(table.rows.every((r) => r.source.ocr === true));
        // OCR misses some labels on this page, but the amounts it reads are exact.
        const amounts = new Set(table.rows.flatMap((r) => Object.values(r.values).map((v) => v.raw)));
        for (const a of ['1,200.50', '1,000.00', '200.50', '100.50'])
            assert.ok(amounts.has(a), a);
    });
});
//# sourceMappingURL=pdf-layouts.test.js.map