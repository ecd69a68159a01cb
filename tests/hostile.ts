/** What the fuzz tests of every format share: a replayable generator and the one accepted outcome. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-fuzz-'));

/** Read broken bytes: a document, or one clean InputError line (Chinese, then English) — nothing else. */
export async function outcome(bytes: Buffer, name: string): Promise<'read' | 'refused'> {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  try {
    await readDocument(path, { limits: { timeMs: 20_000 } });
    return 'read';
  } catch (error) {
    assert.ok(error instanceof InputError, `${name}: ${String(error)}`);
    assert.doesNotMatch(error.line(), /\n/, 'one line');
    assert.match(error.line(), /[\u4e00-\u9fff].* \/ [A-Za-z]/, 'Chinese first, then English');
    return 'refused';
  }
}
