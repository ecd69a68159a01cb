/**
 * Hostile files that pass the first checks and only a limit stops: ZIP64 archives that hide their
 * size and count in 64-bit records, zip entries holding tens of megabytes of XML at ordinary
 * compression, HTML nested 40,000 deep, and broken bytes piped to standard input. Each ends as
 * one line naming the limit, never as a memory blow-up or a stack overflow.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeZip } from '../src/adapters/office/zip-writer.test-helper.js';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';
import { outcome, outcomeOnStdin, random } from './hostile.js';
import { projectRoot } from './paths.js';
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-limits-'));
/** The file is refused in one clean line (the fuzz tests' outcome); its message is returned. */
async function refusal(bytes, name) {
    assert.equal(await outcome(bytes, name), 'refused');
    const path = join(scratch, name);
    writeFileSync(path, bytes);
    const error = await readDocument(path).then(() => null, (e) => e);
    assert.ok(error instanceof InputError);
    return error.line();
}
/** XML that compresses like real sheet data (a few to one), so no ratio check stops it. */
function bulkyXml(open, item, close, bytes) {
    const next = random(4242);
    const parts = [open];
    let size = open.length;
    while (size < bytes) {
        const part = item(Math.floor(next() * 1e9));
        parts.push(part);
        size += part.length;
    }
    parts.push(close);
    return parts.join('');
}
const MB = 1024 * 1024;
describe('hostile files stopped by a limit', () => {
    it('ZIP64: the entry count and sizes are read from the 64-bit records', async () => {
        const many = makeZip([{ name: 'word/document.xml', data: '<w:document/>' }], { zip64: true, claimedCount: 100_003 });
        assert.match(await refusal(many, 'many.docx'), /条目过多（100003，上限 5000）/);
        const huge = makeZip([
            { name: 'xl/workbook.xml', data: '<workbook/>' },
            { name: 'xl/worksheets/sheet1.xml', data: 'z'.repeat(4000), claimedSize: 2 ** 31 },
        ], { zip64: true });
        assert.match(await refusal(huge, 'huge.xlsx'), /xl\/worksheets\/sheet1.xml 压缩比 \d+:1，上限 200:1/);
    });
    it('zip entries holding tens of megabytes of XML are refused before parsing', async () => {
        const sheet = bulkyXml('<worksheet><sheetData>', (n) => `<row><c t="n"><v>${n}</v></c></row>`, '</sheetData></worksheet>', 20 * MB);
        const xlsx = makeZip([
            { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="s" r:id="r1"/></sheets></workbook>' },
            {
                name: 'xl/_rels/workbook.xml.rels',
                data: '<Relationships><Relationship Id="r1" Target="worksheets/sheet1.xml"/></Relationships>',
            },
            { name: 'xl/worksheets/sheet1.xml', data: sheet },
        ]);
        assert.ok(xlsx.length < 10 * MB, `a small file (${xlsx.length} bytes)`);
        assert.match(await refusal(xlsx, 'bulky.xlsx'), /XML 条目 xl\/worksheets\/sheet1.xml 过大（\d+ 字节，上限 16777216）/);
        const body = bulkyXml('<w:document><w:body>', (n) => `<w:p><w:r><w:t>${n}</w:t></w:r></w:p>`, '</w:body></w:document>', 20 * MB);
        const docx = makeZip([{ name: 'word/document.xml', data: body }]);
        assert.match(await refusal(docx, 'bulky.docx'), /XML 条目 word\/document.xml 过大/);
    });
    it('HTML nested 40,000 deep is a limit, not a damaged file', async () => {
        const deep = `<html><body>${'<div>'.repeat(40_000)}预算${'</div>'.repeat(40_000)}</body></html>`;
        assert.match(await refusal(Buffer.from(deep), 'deep.html'), /元素嵌套过深（超过 1000 层） \/ elements nested too deeply/);
        const xml = makeZip([
            { name: 'word/document.xml', data: `<w:document>${'<w:sdt>'.repeat(5000)}${'</w:sdt>'.repeat(5000)}</w:document>` },
        ]);
        assert.match(await refusal(xml, 'deep.docx'), /嵌套过深/);
    });
    it('standard input: broken, empty and hostile bytes end in one line naming <stdin>', () => {
        const pdf = readFileSync(join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf'));
        assert.equal(outcomeOnStdin(pdf.subarray(0, 500)), 'refused');
        assert.equal(outcomeOnStdin(Buffer.alloc(0)), 'refused');
        assert.equal(outcomeOnStdin(Buffer.from([0, 1, 2, 3, 255])), 'refused');
        const deep = `<html><body>${'<div>'.repeat(40_000)}${'</div>'.repeat(40_000)}</body></html>`;
        assert.equal(outcomeOnStdin(Buffer.from(deep)), 'refused');
        assert.equal(outcomeOnStdin(pdf), 'read');
    });
});
//# sourceMappingURL=hostile-limits.test.js.map