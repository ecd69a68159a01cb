import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LIMITS } from '../../source/limits.js';
import { makeZip } from '../office/zip-writer.test-helper.js';
import { columnIndex, columnLetters, sheetRows, xlsxAdapter } from './adapter.js';
const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
  <row r="1"><c r="A1" t="s"><v>0</v></c></row>
  <row r="3"><c r="A3" t="inlineStr"><is><t>项目</t></is></c><c r="B3" t="s"><v>1</v></c></row>
  <row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" s="1"><v>1234567.8900000001</v></c><c r="C4" s="2"><v>12</v></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B3:C3"/></mergeCells></worksheet>`;
const strings = ['2024年收支预算总表', '预算数', '合计'];
describe('XLSX adapter', () => {
    it('converts column letters both ways', () => {
        assert.equal(columnIndex('A'), 0);
        assert.equal(columnIndex('AA'), 26);
        assert.equal(columnLetters(27), 'AB');
    });
    it('reads strings, formatted numbers and merged ranges, each cell with its reference', () => {
        const rows = sheetRows(sheet, strings, ['General', '#,##0.00', '0'], '表1');
        assert.equal(rows.length, 4);
        assert.deepEqual(rows[0]?.cells[0], {
            text: '2024年收支预算总表',
            col: 0,
            colSpan: 3,
            rowSpan: 1,
            at: { sheet: '表1', cell: 'A1' },
        });
        assert.deepEqual(rows[3]?.cells.map((c) => [c.text, c.at?.cell]), [
            ['合计', 'A4'],
            ['1,234,567.89', 'B4'],
            ['12', 'C4'],
        ]);
        assert.equal(rows[2]?.cells[1]?.colSpan, 2);
    });
    it('reads "=20万元" typed into a cell (a formula failing with #NAME?) as the text typed', () => {
        const xml = `<worksheet><sheetData><row r="1">
      <c r="A1" t="e"><f aca="false">20万元</f><v>#NAME?</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>
    </row></sheetData></worksheet>`;
        assert.deepEqual(sheetRows(xml, [], ['General'], '表1')[0]?.cells.map((c) => c.text), ['=20万元', '#DIV/0!']);
    });
    it('reads a workbook: visible sheets in order, hidden ones reported', async () => {
        const zip = makeZip([
            {
                name: 'xl/workbook.xml',
                data: '<workbook><sheets><sheet name="表1" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>',
            },
            {
                name: 'xl/_rels/workbook.xml.rels',
                data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
            },
            { name: 'xl/sharedStrings.xml', data: `<sst>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>` },
            { name: 'xl/worksheets/sheet1.xml', data: sheet },
            { name: 'xl/worksheets/sheet2.xml', data: sheet },
        ]);
        const out = await xlsxAdapter.read({ file: 'a.xlsx', bytes: new Uint8Array(zip), limits: DEFAULT_LIMITS });
        assert.equal(out.blocks[0]?.type, 'para');
        assert.equal(out.blocks.length, 3);
        assert.deepEqual(out.findings.map((f) => f.rule), ['reader/hidden-sheet']);
    });
});
//# sourceMappingURL=adapter.test.js.map