/**
 * Round trip: the seeds printed as HTML pages (scripts/fixtures/seed-html.ts) and converted by
 * LibreOffice to .docx, .xlsx and .pdf (make-office-fixtures.ts) read into the same model as the text
 * seed: the same tables with the same rows and every amount, the same narrative sections, and the
 * checker raises the same errors. Pairs not listed here do not round-trip yet (see the issue notes).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import { readDocument, readText } from '../src/reader.js';
import { projectRoot } from './paths.js';
import { projection } from './roundtrip-projection.js';
const seeds = join(projectRoot, 'tests', 'fixtures', 'seeds');
const fixtures = join(projectRoot, 'tests', 'fixtures', 'roundtrip');
/**
 * `sameErrors`: formats on which the checker's errors match the text seed's too (now all of them:
 * the page prints each amount in the column the seed's reading gave it, so a dump's misaligned
 * columns, as in 000's 收入预算总表 and 项目支出表, are not copied into the fixtures).
 * Whatever the text seed says, the .docx and .pdf made from a page must raise the page's errors.
 */
const ROUND_TRIPS = [
    { seed: '000_7094a3d6e0f48fbd', formats: ['html', 'docx', 'xlsx', 'pdf'], sameErrors: ['html', 'docx', 'xlsx', 'pdf'] },
    { seed: '001_91a79292973e8735', formats: ['html', 'docx', 'xlsx', 'pdf'], sameErrors: ['html', 'docx', 'xlsx', 'pdf'] },
    { seed: '002_b9fc89043e8814d5', formats: ['html', 'docx', 'xlsx', 'pdf'], sameErrors: ['html', 'docx', 'xlsx', 'pdf'] },
    { seed: '003_07ebbe8a85530ef6', formats: ['html', 'docx', 'xlsx', 'pdf'], sameErrors: ['html', 'docx', 'xlsx', 'pdf'] },
];
/** Error findings, row names without spaces: a PDF prints 2024 年 where the text has 2024年. */
const errors = (doc) => checkDocument(doc)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.table ?? ''} ${(f.row ?? '').replace(/\s+/g, '')} ${f.expected ?? ''} ${f.actual ?? ''}`)
    .sort();
describe('round trip from the seeds', () => {
    for (const { seed, formats, sameErrors } of ROUND_TRIPS) {
        const text = readText(readFileSync(join(seeds, `${seed}.txt`), 'utf8'), `${seed}.txt`);
        for (const format of formats) {
            it(`${seed}.${format} reads as the text seed`, async () => {
                const doc = await readDocument(join(fixtures, `${seed}.${format}`));
                assert.equal(doc.source.format, format);
                assert.deepEqual(projection(doc), projection(text));
                if (sameErrors.includes(format))
                    assert.deepEqual(errors(doc), errors(text));
                if (format === 'docx' || format === 'pdf')
                    assert.deepEqual(errors(doc), errors(await readDocument(join(fixtures, `${seed}.html`))), 'as the page it was made from');
                const origin = doc.tables[0]?.rows[0]?.source;
                if (format === 'pdf')
                    assert.ok((origin?.page ?? 0) >= 1, 'rows keep their page');
                else
                    assert.match(origin?.cell ?? '', format === 'xlsx' ? /^[A-Z]+\d+$/ : /^table\d+!R\d+C\d+$/, 'rows keep their cell reference');
            });
        }
    }
});
//# sourceMappingURL=roundtrip.test.js.map