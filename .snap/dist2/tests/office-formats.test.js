/**
 * The shared adapter contract on every format: content sniffing (not the extension), blocks in
 * order with their placements, and hostile or broken files — truncated, mutated, zip bombs — end as
 * one clean InputError (exit 2) or a document, never a crash or a hang. Plus the Excel templates in
 * ../shared/samples.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeZip } from '../src/adapters/office/zip-writer.test-helper.js';
import { adapterFor } from '../src/adapters/registry.js';
import { readDocument } from '../src/reader.js';
import { DEFAULT_LIMITS, sniff } from '../src/source/load.js';
import { outcome, random } from './hostile.js';
import { projectRoot, sharedDir } from './paths.js';
const fixtures = join(projectRoot, 'tests', 'fixtures', 'roundtrip');
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-office-'));
const FORMATS = ['html', 'docx', 'xlsx', 'pdf'];
const sample = (format) => join(fixtures, `001_91a79292973e8735.${format}`);
describe('adapter contract', () => {
    for (const format of FORMATS) {
        it(`${format}: sniffed from content, blocks in order, every cell placed`, async () => {
            const bytes = readFileSync(sample(format));
            assert.equal(sniff(bytes), format);
            const renamed = join(scratch, `misnamed-${format}.txt`);
            copyFileSync(sample(format), renamed);
            const doc = await readDocument(renamed);
            assert.equal(doc.source.format, format, 'the extension does not decide');
            const out = await (await adapterFor(format)).read({ file: renamed, bytes: new Uint8Array(bytes), limits: DEFAULT_LIMITS });
            assert.ok(out.blocks.length > 100);
            out.blocks.forEach((b, i) => {
                if (i > 0)
                    assert.ok(b.line > (out.blocks[i - 1]?.line ?? 0), 'lines increase');
                if (b.type === 'row')
                    for (const c of b.cells)
                        if (c.text)
                            assert.ok(c.at?.page ?? c.at?.cell, `${format}: cell placed`);
            });
            assert.ok(doc.tables.length >= 10, `${format}: tables found (${doc.tables.length})`);
        });
    }
});
describe('hostile office files', () => {
    for (const format of ['html', 'docx', 'xlsx']) {
        it(`${format}: truncations and byte mutations end cleanly`, async () => {
            const original = readFileSync(sample(format));
            const next = random(format.length * 7919);
            for (let i = 0; i < 6; i++) {
                const cut = Math.floor(next() * original.length);
                await outcome(original.subarray(0, cut), `cut-${i}.${format}`);
                const mutated = Buffer.from(original);
                for (let k = 0; k < 20; k++)
                    mutated[Math.floor(next() * mutated.length)] = Math.floor(next() * 256);
                await outcome(mutated, `mut-${i}.${format}`);
            }
        });
    }
    it('a DOCX zip bomb is refused before it is inflated', async () => {
        const bomb = makeZip([
            { name: '[Content_Types].xml', data: '<Types/>' },
            { name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) },
        ]);
        assert.equal(await outcome(bomb, 'bomb.docx'), 'refused');
    });
    it('an XLSX with a billion-laughs DOCTYPE reads without expanding it', async () => {
        const laughs = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
        const zip = makeZip([
            { name: 'xl/workbook.xml', data: `${laughs}<workbook><sheets><sheet name="s" r:id="r1"/></sheets></workbook>` },
            {
                name: 'xl/_rels/workbook.xml.rels',
                data: '<Relationships><Relationship Id="r1" Target="worksheets/sheet1.xml"/></Relationships>',
            },
            {
                name: 'xl/worksheets/sheet1.xml',
                data: `${laughs}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>`,
            },
        ]);
        const out = await (await adapterFor('xlsx')).read({ file: 'x.xlsx', bytes: new Uint8Array(zip), limits: DEFAULT_LIMITS });
        const text = out.blocks.map((b) => (b.type === 'para' ? b.text : '')).join('');
        assert.ok(text.length < 20, `not expanded: ${text.length} characters`);
    });
});
describe('Excel templates in ../shared/samples', () => {
    const templates = [
        [
            'shanghai-unit-budget-template.xlsx',
            [
                'income_expenditure_summary',
                'income_summary',
                'expenditure_summary',
                'fiscal_appropriation_summary',
                'general_budget_expenditure',
                'gov_fund_expenditure',
                'state_capital',
            ],
        ],
        [
            'shanghai-department-budget-template.xlsx',
            [
                'income_expenditure_summary',
                'income_summary',
                'expenditure_summary',
                'fiscal_appropriation_summary',
                'general_budget_expenditure',
            ],
        ],
    ];
    for (const [file, kinds] of templates) {
        const path = join(sharedDir, 'samples', file);
        it(file, { skip: existsSync(path) ? false : `missing ${path}` }, async () => {
            const doc = await readDocument(path);
            assert.equal(doc.year, 2026);
            assert.equal(doc.unit, '元');
            const found = doc.tables.map((t) => t.kind);
            for (const kind of kinds)
                assert.ok(found.includes(kind), `${kind} in ${found.join(', ')}`);
            const summary = doc.tables.find((t) => t.kind === 'income_summary');
            assert.equal(summary?.rows[0]?.code, '205');
            assert.equal(summary?.rows[0]?.source.sheet, doc.tables.find((t) => t.kind === 'income_summary')?.source.sheet);
            assert.match(summary?.rows[0]?.source.cell ?? '', /^A\d+$/);
        });
    }
});
//# sourceMappingURL=office-formats.test.js.map