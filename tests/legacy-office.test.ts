/** Legacy .doc/.xls read through LibreOffice (soffice) when it is installed; skipped visibly otherwise. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';
import { legacyKind, libreOfficeAvailable } from '../src/source/legacy.js';
import { projectRoot } from './paths.js';

const skip = libreOfficeAvailable() ? false : 'LibreOffice (soffice) is not installed';
/** Seed 001 saved as .doc / .xls by LibreOffice (tests/fixtures/legacy/README.md says how). */
const legacyFixture = (ext: 'doc' | 'xls') => join(projectRoot, 'tests', 'fixtures', 'legacy', `001_91a79292973e8735.${ext}`);

describe('legacy Office files', { skip }, () => {
  it('a .doc reads as its .docx does', async () => {
    const doc = await readDocument(legacyFixture('doc'));
    assert.equal(doc.department, '吉林省人民政府办公厅');
    assert.equal(doc.year, 2025);
    assert.ok(doc.tables.some((t) => t.kind === 'general_budget_expenditure' && t.rows.length > 10));
    const docx = await readDocument(join(projectRoot, 'tests', 'fixtures', 'roundtrip', '001_91a79292973e8735.docx'));
    const shape = (d: typeof doc) => d.tables.map((t) => `${t.kind}:${t.rows.length}`);
    assert.deepEqual(shape(doc), shape(docx));
  });

  it('an .xls is converted and read', async () => {
    const path = legacyFixture('xls');
    const bytes = (await import('node:fs')).readFileSync(path);
    assert.equal(legacyKind(bytes), 'xls');
    const doc = await readDocument(path);
    assert.ok(doc.tables.length > 5);
  });

  it('a damaged OLE file is a clean error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-legacy-bad-'));
    const bad = join(dir, 'bad.doc');
    writeFileSync(bad, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    await assert.rejects(readDocument(bad), (e: unknown) => e instanceof InputError);
  });
});
