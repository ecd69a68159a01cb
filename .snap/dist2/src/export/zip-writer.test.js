import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ZipArchive } from '../adapters/office/zip.js';
import { DEFAULT_LIMITS } from '../source/limits.js';
import { zipBytes } from './zip-writer.js';
const entries = [
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/工作表/一般公共预算.xml', data: '<c>合计 16239.54</c>'.repeat(200) },
    { name: 'empty.txt', data: '' },
    { name: 'bytes.bin', data: Buffer.from([0, 1, 2, 255]) },
];
describe('zipBytes', () => {
    it('writes entries our zip reader finds by name, in order, with their content (UTF-8 names)', () => {
        const zip = new ZipArchive(new Uint8Array(zipBytes(entries)), 'x.zip', DEFAULT_LIMITS);
        assert.deepEqual(zip.names(), entries.map((e) => e.name));
        assert.equal(zip.text('xl/工作表/一般公共预算.xml'), '<c>合计 16239.54</c>'.repeat(200));
        assert.equal(zip.text('empty.txt'), '');
    });
    it('is reproducible: the same entries give the same bytes', () => {
        assert.deepEqual(zipBytes(entries), zipBytes(entries));
    });
    it('passes unzip -t (every entry inflates and matches its CRC-32)', (t) => {
        if (spawnSync('unzip', ['-v']).status !== 0) {
            t.skip('unzip not installed (Debian package unzip): CRC check skipped');
            return;
        }
        const path = join(mkdtempSync(join(tmpdir(), 'budgetlens-zip-')), 'x.zip');
        writeFileSync(path, zipBytes(entries));
        const result = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.match(result.stdout, /No errors detected/);
    });
});
//# sourceMappingURL=zip-writer.test.js.map