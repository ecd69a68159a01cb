/**
 * 北京 publishes a department's budget as 附件1 情况说明 (the narrative) and 附件2 报表 (the tables)
 * (two-files.case.ts: what 北京市财政局 2026 prints in each).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../reader.js';
import { groupDocuments, holdsNarrative, holdsTables, tablesElsewhere } from './document-set.js';
import { NARRATIVE, TABLES } from './two-files.case.js';
const read = (lines, file) => readText(lines.join('\n'), file);
describe('a disclosure in two files', () => {
    const narrative = read(NARRATIVE, 'sm.txt');
    const tables = read(TABLES, 'bb.txt');
    it('tells the narrative file from the tables file', () => {
        assert.deepEqual([holdsNarrative(narrative), holdsTables(narrative), tablesElsewhere(narrative)], [true, false, true]);
        assert.deepEqual([holdsNarrative(tables), holdsTables(tables), tablesElsewhere(tables)], [false, true, false]);
        assert.deepEqual([tables.department, tables.year], ['北京市财政局', 2026]);
        assert.deepEqual(narrative.attachments?.map((a) => [a.text, a.source.line]), [['附件：北京市财政局 2026 年度部门预算报表', 8]]);
    });
    it('reads the two as one document, each table and section keeping its file', () => {
        const [one, ...rest] = groupDocuments([tables, narrative]);
        assert.equal(rest.length, 0);
        assert.ok(one);
        assert.deepEqual([one.title, one.department, one.year, one.source.file], ['北京市财政局2026年度部门预算', '北京市财政局', 2026, 'bb.txt']);
        assert.deepEqual(one.parts?.map((p) => [p.file, p.holds]), [
            ['bb.txt', 'tables'],
            ['sm.txt', 'narrative'],
        ]);
        assert.deepEqual(one.tables.map((t) => [t.kind, t.source.file]), [
            ['expenditure_summary', 'bb.txt'],
            ['unit_performance', 'bb.txt'],
        ]);
        assert.ok(one.narrative.length > 0 && one.narrative.every((s) => s.source.file === 'sm.txt'));
        assert.equal(tablesElsewhere(one), false);
    });
    it('keeps apart what belongs to another department or year, and a second version of the same narrative', () => {
        const other = read(NARRATIVE.map((l) => l.replace('北京市财政局', '北京市商务局')), 'other.txt');
        assert.equal(groupDocuments([narrative, other, read(TABLES, 'bb.txt')]).length, 2);
        const again = read(NARRATIVE, 'sm-v2.txt');
        const grouped = groupDocuments([narrative, again, tables]);
        assert.deepEqual(grouped.map((d) => d.parts?.map((p) => p.file) ?? [d.source.file]), [['sm.txt', 'bb.txt'], ['sm-v2.txt']]);
    });
});
//# sourceMappingURL=document-set.test.js.map