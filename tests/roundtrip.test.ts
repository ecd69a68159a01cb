/**
 * Round trip: the seeds printed as HTML pages (scripts/fixtures/seed-html.ts) and converted by
 * LibreOffice to .docx and .xlsx (make-office-fixtures.ts) read into the same model as the text seed: the
 * same tables with the same rows and every amount, the same narrative sections, and the checker
 * raises the same errors. Pairs not listed here do not round-trip yet (see the issue notes).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import type { BudgetDocument } from '../src/model/types.js';
import { readDocument, readText } from '../src/reader.js';
import { projectRoot } from './paths.js';
import { projection } from './roundtrip-projection.js';

const seeds = join(projectRoot, 'tests', 'fixtures', 'seeds');
const fixtures = join(projectRoot, 'tests', 'fixtures', 'roundtrip');

/**
 * `sameErrors`: formats on which the checker's errors match too. The text dump of 000's 收入预算总表
 * misplaces header labels and amounts; the HTML page merges the header cells where the dump puts them
 * (其他收入 under 财政拨款结转, 2198.99 under it), which the text reading regroups by meaning and
 * re-places by the row identities but an explicit grid takes as printed, so the row-identity findings
 * differ while every amount is the same; LibreOffice Calc merges 003's 收入预算总表 header differently again.
 */
const ROUND_TRIPS: Array<{ seed: string; formats: string[]; sameErrors: string[] }> = [
  { seed: '000_7094a3d6e0f48fbd', formats: ['html', 'docx', 'xlsx'], sameErrors: [] },
  { seed: '001_91a79292973e8735', formats: ['html', 'docx', 'xlsx'], sameErrors: ['html', 'docx', 'xlsx'] },
  { seed: '003_07ebbe8a85530ef6', formats: ['html', 'docx', 'xlsx'], sameErrors: ['html', 'docx'] },
];

const errors = (doc: BudgetDocument) =>
  checkDocument(doc)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.table ?? ''} ${f.row ?? ''} ${f.expected ?? ''} ${f.actual ?? ''}`)
    .sort();

describe('round trip from the seeds', () => {
  for (const { seed, formats, sameErrors } of ROUND_TRIPS) {
    const text = readText(readFileSync(join(seeds, `${seed}.txt`), 'utf8'), `${seed}.txt`);
    for (const format of formats) {
      it(`${seed}.${format} reads as the text seed`, async () => {
        const doc = await readDocument(join(fixtures, `${seed}.${format}`));
        assert.equal(doc.source.format, format);
        assert.deepEqual(projection(doc), projection(text));
        if (sameErrors.includes(format)) assert.deepEqual(errors(doc), errors(text));
        const cell = doc.tables[0]?.rows[0]?.source;
        assert.match(
          cell?.cell ?? '',
          format === 'xlsx' ? /^[A-Z]+\d+$/ : /^table\d+!R\d+C\d+$/,
          'rows keep their cell reference',
        );
      });
    }
  }
});

/**
 * The seed printed to PDF by LibreOffice: 003's standard tables (the first 13, up to the project
 * tables) read as the text seed. Its performance tables do not yet: their long text cells wrap into
 * rows that break across pages, and a row continued on the next page is not joined back.
 */
describe('round trip through PDF', () => {
  it('003_07ebbe8a85530ef6.pdf: the standard tables read as the text seed', async () => {
    const seed = '003_07ebbe8a85530ef6';
    const text = projection(readText(readFileSync(join(seeds, `${seed}.txt`), 'utf8'), `${seed}.txt`));
    const doc = await readDocument(join(fixtures, `${seed}.pdf`));
    const pdf = projection(doc);
    assert.deepEqual(
      { ...pdf, tables: pdf.tables.slice(0, 13), sections: [] },
      { ...text, tables: text.tables.slice(0, 13), sections: [] },
    );
    assert.equal(doc.tables[0]?.rows[0]?.source.page, 3, 'rows keep their page');
  });
});
