/**
 * One document of every corpus city, read by hand off the page (tests/fixtures/corpus-expectations/):
 * the reader must find every table with its kind, unit and emptiness, every total, every 类 row of
 * the function tables and the 三公 items, exactly. The corpus (../shared/corpus) is never committed:
 * without it the documents are skipped, naming the missing file.
 *
 * Only the cities of passing.json run by default, so that the suite stays green while the reader is
 * being fixed; CORPUS_EXPECT=all runs every city, CORPUS_EXPECT=beijing,guangzhou the ones named.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { readDocument } from '../src/reader.js';
import { classRowDiffs, documentDiffs, matchTables, tableDiffs, threePublicDiffs, totalDiffs, } from './corpus-expectations/compare.js';
import { computeMismatches, loadExpectations, loadPassing, malformedAmounts } from './corpus-expectations/fixture.js';
import { sharedDir } from './paths.js';
const corpusDir = join(sharedDir, 'corpus');
const expectations = loadExpectations();
const passing = new Set(loadPassing());
const wanted = process.env.CORPUS_EXPECT?.split(',').map((c) => c.trim()) ?? [];
function skipReason(city, path) {
    if (!existsSync(path))
        return `corpus file missing: ${path}`;
    if (wanted.includes('all') || wanted.includes(city))
        return false;
    if (wanted.length === 0 && passing.has(city))
        return false;
    return `${city} is not in passing.json yet (CORPUS_EXPECT=all or CORPUS_EXPECT=${city} runs it)`;
}
function noDiffs(diffs) {
    assert.ok(diffs.length === 0, `${diffs.length} difference(s):\n${diffs.join('\n')}`);
}
describe('corpus expectations: the typed figures', () => {
    it('name a city file for every city of passing.json', () => {
        const cities = new Set(expectations.map((e) => e.city));
        assert.deepEqual([...passing].filter((c) => !cities.has(c)), []);
    });
    for (const e of expectations) {
        it(`${e.city}: amounts are plain decimals and add up except where the document itself does not`, () => {
            assert.deepEqual(malformedAmounts(e), []);
            const strip = ({ note: _note, ...m }) => JSON.stringify(m);
            assert.deepEqual(computeMismatches(e).map(strip).sort(), e.doesNotTie.map(strip).sort());
        });
    }
});
describe('corpus expectations: the reader', () => {
    for (const e of expectations) {
        const path = join(corpusDir, e.file);
        describe(`${e.city}: ${e.file}`, { skip: skipReason(e.city, path) }, () => {
            let doc;
            let failure = '';
            let matched = [];
            before(async () => {
                try {
                    doc = await readDocument(path);
                    matched = matchTables(doc, e);
                }
                catch (error) {
                    failure = `${e.file}: not read: ${error instanceof Error ? error.message : String(error)}`;
                }
            });
            const read = () => {
                if (!doc)
                    assert.fail(failure);
                return doc;
            };
            it('document: department, year, phase, unit', () => noDiffs(documentDiffs(read(), e)));
            it('tables: each on its page with its kind, unit and emptiness, in order, and no other', () => noDiffs(tableDiffs(read(), e, matched)));
            it('totals: every total row, column by column', () => {
                read();
                noDiffs(totalDiffs(e, matched));
            });
            it('类 rows of the function tables', () => {
                read();
                noDiffs(classRowDiffs(e, matched));
            });
            it('三公 items', () => {
                read();
                noDiffs(threePublicDiffs(e, matched));
            });
        });
    }
});
//# sourceMappingURL=corpus-expectations.test.js.map