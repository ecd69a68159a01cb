import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../tests/paths.js';
import { readDocuments } from '../read-many.js';
import { InputError } from './errors.js';
import { DEFAULT_LIMITS, sniff } from './load.js';
import { ReaderPool } from './pool.js';
const fixture = (...parts) => join(projectRoot, 'tests', 'fixtures', ...parts);
const PDF = fixture('pdf', 'unruled-table.pdf');
const source = (file) => {
    const bytes = readFileSync(file);
    return { file, bytes, sha256: '', format: sniff(bytes) };
};
describe('reader pool', () => {
    const pool = new ReaderPool(2);
    after(() => pool.close());
    it('reads many files on at most its size of threads, the results in argument order', async () => {
        const files = [
            fixture('roundtrip', '003_07ebbe8a85530ef6.pdf'),
            fixture('seeds', '000_7094a3d6e0f48fbd.txt'),
            fixture('roundtrip', '001_91a79292973e8735.xlsx'),
            join(projectRoot, 'missing.pdf'),
            PDF,
            fixture('roundtrip', '002_b9fc89043e8814d5.docx'),
        ];
        const outcomes = await readDocuments(files, { pool });
        assert.deepEqual(outcomes.map((o) => o.file), files);
        assert.deepEqual(outcomes.map((o) => (o.error ? 'error' : o.result.doc.source.format)), ['pdf', 'text', 'xlsx', 'error', 'pdf', 'docx']);
        assert.ok(pool.threads <= 2, `${pool.threads} threads`);
        // Bigints cross the thread boundary intact.
        const first = outcomes[0];
        if (!first || first.error)
            return assert.fail('the first PDF is read');
        const amount = first.result.doc.tables[0]?.rows[0]?.values.total;
        assert.equal(typeof amount?.scaled, 'bigint');
    });
    it('a file that breaks the time or memory limit fails alone; its thread is replaced for the next file', async () => {
        await assert.rejects(pool.read({ source: source(PDF), limits: { ...DEFAULT_LIMITS, timeMs: 1 }, debug: false }), (e) => e instanceof InputError && /读取超时/.test(e.zh) && e.file === PDF);
        await assert.rejects(pool.read({ source: source(PDF), limits: { ...DEFAULT_LIMITS, memoryMb: 8 }, debug: false }), (e) => e instanceof InputError && /内存超过上限（8 MB）/.test(e.zh));
        const result = await pool.read({ source: source(PDF), limits: DEFAULT_LIMITS, debug: false });
        assert.equal(result.doc.year, 2024);
        assert.ok(pool.threads <= 2, `${pool.threads} threads`);
    });
    it('the shared pool ends its own threads when the process has nothing left to do', () => {
        // Threads left for Node to tear down during exit once ended Node 22 with a FATAL ERROR.
        const url = (file) => pathToFileURL(join(projectRoot, 'dist', 'src', file)).href;
        const script = `
      const { readDocument } = await import(${JSON.stringify(url('reader.js'))});
      const { sharedPool } = await import(${JSON.stringify(url('source/pool.js'))});
      const pool = sharedPool();
      await readDocument(${JSON.stringify(PDF)});
      console.log('threads while reading', pool.threads);
      process.on('exit', () => console.log('threads at exit', pool.threads));`;
        const dir = mkdtempSync(join(tmpdir(), 'budgetlens-pool-'));
        const file = join(dir, 'read-one.mjs');
        writeFileSync(file, script);
        const out = execFileSync(process.execPath, [file], { encoding: 'utf8' });
        rmSync(dir, { recursive: true });
        assert.match(out, /threads while reading 1\n/);
        assert.match(out, /threads at exit 0\n/);
    });
});
//# sourceMappingURL=pool.test.js.map