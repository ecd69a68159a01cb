/** What the fuzz tests of every format share: a replayable generator and the one accepted outcome. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';
import { projectRoot } from './paths.js';
/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed) {
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
export async function outcome(bytes, name) {
    const path = join(scratch, name);
    writeFileSync(path, bytes);
    try {
        await readDocument(path, { limits: { timeMs: 20_000 } });
        return 'read';
    }
    catch (error) {
        assert.ok(error instanceof InputError, `${name}: ${String(error)}`);
        assert.doesNotMatch(error.line(), /\n/, 'one line');
        assert.match(error.line(), /[\u4e00-\u9fff].* \/ [A-Za-z]/, 'Chinese first, then English');
        return 'refused';
    }
}
/** The same through the command line, the bytes piped to standard input (`extract -`). */
export function outcomeOnStdin(bytes) {
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'budgetlens.js'), 'extract', '-'], {
        input: bytes,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status === 0)
        return 'read';
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stdout, '');
    assert.doesNotMatch(result.stderr.trim(), /\n/, 'one line');
    assert.match(result.stderr, /^<stdin>: [^\n]*[\u4e00-\u9fff].* \/ [A-Za-z]/, 'named, Chinese first, then English');
    return 'refused';
}
//# sourceMappingURL=hostile.js.map