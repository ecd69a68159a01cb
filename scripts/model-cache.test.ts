import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import { readDocument } from '../src/reader.js';
import { projectRoot } from '../tests/paths.js';
import { importClosure, ModelCache, readerFingerprint } from './model-cache.js';

const compiled = join(projectRoot, 'dist', 'src');
const seed = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');

describe('the model cache of recall runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-model-cache-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keys on every module the reader loads, lazily or as a worker, and on none of the rules', () => {
    const modules = importClosure(join(compiled, 'reader.js')).map((m) => relative(compiled, m));
    for (const m of ['recognize/recognize.js', 'adapters/pdf/adapter.js', 'source/pool-worker.js'])
      assert.ok(modules.includes(m), m);
    assert.deepEqual(
      modules.filter((m) => m.startsWith('rules/') || m.startsWith('recall/')),
      [],
    );
  });

  it('gives back a model that checks exactly as the one read', async () => {
    const doc = await readDocument(seed);
    const cache = new ModelCache(dir, 'reader-a');
    assert.equal(cache.get(seed), null);
    cache.set(seed, doc);
    const kept = cache.get(seed);
    assert.ok(kept);
    assert.deepEqual(JSON.stringify(checkDocument(kept)), JSON.stringify(checkDocument(doc)));
  });

  it('misses for another reader and for other bytes at the same path', async () => {
    const doc = await readDocument(seed);
    const copy = join(dir, 'seed.txt');
    copyFileSync(seed, copy);
    const cache = new ModelCache(dir, 'reader-a');
    cache.set(copy, doc);
    assert.ok(cache.get(copy));
    assert.equal(new ModelCache(dir, 'reader-b').get(copy), null);
    writeFileSync(copy, '某某局2024年部门预算\n');
    assert.equal(cache.get(copy), null);
  });

  it('fingerprints the compiled reader the same way twice', () => {
    const lock = join(projectRoot, 'package-lock.json');
    assert.equal(readerFingerprint(join(compiled, 'reader.js'), lock), readerFingerprint(join(compiled, 'reader.js'), lock));
  });
});
