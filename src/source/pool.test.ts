import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { readDocuments } from '../read-many.js';
import { InputError } from './errors.js';
import { DEFAULT_LIMITS, type LoadedSource, sniff } from './load.js';
import { ReaderPool } from './pool.js';

const fixture = (...parts: string[]) => join(projectRoot, 'tests', 'fixtures', ...parts);
const PDF = fixture('pdf', 'unruled-table.pdf');
const source = (file: string): LoadedSource => {
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
    assert.deepEqual(
      outcomes.map((o) => o.file),
      files,
    );
    assert.deepEqual(
      outcomes.map((o) => (o.error ? 'error' : o.result.doc.source.format)),
      ['pdf', 'text', 'xlsx', 'error', 'pdf', 'docx'],
    );
    assert.ok(pool.threads <= 2, `${pool.threads} threads`);
    // Bigints cross the thread boundary intact.
    const first = outcomes[0];
    if (!first || first.error) return assert.fail('the first PDF is read');
    const amount = first.result.doc.tables[0]?.rows[0]?.values.total;
    assert.equal(typeof amount?.scaled, 'bigint');
  });

  it('a file that breaks the time or memory limit fails alone; its thread is replaced for the next file', async () => {
    await assert.rejects(
      pool.read({ source: source(PDF), limits: { ...DEFAULT_LIMITS, timeMs: 1 }, debug: false }),
      (e: unknown) => e instanceof InputError && /读取超时/.test(e.zh) && e.file === PDF,
    );
    await assert.rejects(
      pool.read({ source: source(PDF), limits: { ...DEFAULT_LIMITS, memoryMb: 8 }, debug: false }),
      (e: unknown) => e instanceof InputError && /内存超过上限（8 MB）/.test(e.zh),
    );
    const result = await pool.read({ source: source(PDF), limits: DEFAULT_LIMITS, debug: false });
    assert.equal(result.doc.year, 2024);
    assert.ok(pool.threads <= 2, `${pool.threads} threads`);
  });
});
