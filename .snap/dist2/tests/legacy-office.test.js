/** Legacy .doc/.xls read through LibreOffice (soffice) when it is installed; skipped visibly otherwise. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';
import { legacyKind, libreOfficeAvailable } from '../src/source/legacy.js';
import { projectRoot } from './paths.js';
const skip = libreOfficeAvailable() ? false : 'LibreOffice (soffice) is not installed';
const fixture = (ext) => join(projectRoot, 'tests', 'fixtures', 'roundtrip', `001_91a79292973e8735.${ext}`);
/** Save a fixture in the old binary format, as an office would send it. */
function legacyCopy(ext) {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-legacy-test-'));
    const input = join(dir, `in.${ext}`);
    copyFileSync(fixture(ext), input);
    const target = ext === 'docx' ? 'doc' : 'xls';
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'p')}`, '--headless', '--convert-to', target, '--outdir', dir, input], {
        stdio: 'ignore',
    });
    return join(dir, `in.${target}`);
}
describe('legacy Office files', { skip }, () => {
    it('a .doc reads as its .docx does', async () => {
        const doc = await readDocument(legacyCopy('docx'));
        assert.equal(doc.department, '吉林省人民政府办公厅');
        assert.equal(doc.year, 2025);
        assert.ok(doc.tables.some((t) => t.kind === 'general_budget_expenditure' && t.rows.length > 10));
    });
    it('an .xls is converted and read', async () => {
        const path = legacyCopy('xlsx');
        const bytes = (await import('node:fs')).readFileSync(path);
        assert.equal(legacyKind(bytes), 'xls');
        const doc = await readDocument(path);
        assert.ok(doc.tables.length > 5);
    });
    it('a damaged OLE file is a clean error', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'budgetlens-legacy-bad-'));
        const bad = join(dir, 'bad.doc');
        writeFileSync(bad, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
        await assert.rejects(readDocument(bad), (e) => e instanceof InputError);
    });
});
//# sourceMappingURL=legacy-office.test.js.map