/**
 * Broken and hostile PDFs end as one clean InputError (exit 2) or a document — never a crash, a
 * hang or a stack trace: truncations and byte mutations with a fixed seed, and the limits.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';
import { outcome, random } from './hostile.js';
import { projectRoot } from './paths.js';
const original = readFileSync(join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf'));
describe('hostile PDFs', () => {
    it('truncated files are refused cleanly', async () => {
        for (const cut of [9, 100, 1000]) {
            assert.equal(await outcome(original.subarray(0, cut), `cut-${cut}.pdf`), 'refused', `cut at ${cut}`);
        }
        // Cut late, pdf.js rebuilds the cross-reference table and may still read the page: either is clean.
        for (const cut of [Math.floor(original.length / 2), original.length - 20])
            await outcome(original.subarray(0, cut), `cut-${cut}.pdf`);
    });
    it('mutated files are read or refused, never crash', async () => {
        const next = random(20261202);
        for (let n = 0; n < 24; n++) {
            const bytes = Buffer.from(original);
            const flips = 1 + Math.floor(next() * 40);
            for (let k = 0; k < flips; k++)
                bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
            await outcome(bytes, `mutated-${n}.pdf`);
        }
    });
    it('stops at the page limit and at the time budget', async () => {
        const path = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');
        await assert.rejects(readDocument(path, { limits: { maxPages: 1 } }), (e) => e instanceof InputError && /页数过多/.test(e.zh));
        await assert.rejects(readDocument(path, { limits: { timeMs: 5 } }), (e) => e instanceof InputError && /超时/.test(e.zh));
    });
    it('refuses a file over the size limit before reading it', async () => {
        const path = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');
        await assert.rejects(readDocument(path, { limits: { maxBytes: 1000 } }), (e) => e instanceof InputError && /过大/.test(e.zh));
    });
});
//# sourceMappingURL=pdf-hostile.test.js.map