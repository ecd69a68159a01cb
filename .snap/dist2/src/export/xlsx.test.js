import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseCsvRecords, precisionTable, roundtripFixture, SEEDS, soffice, tablesOfFiles } from './testing.js';
import { exportSheets, xlsxBytes } from './xlsx.js';
/** A cell as a spreadsheet shows it: text as written, a number grouped by thousands with its decimals. */
function shown(cell) {
    if (cell === null)
        return '';
    if ('text' in cell)
        return cell.text;
    const [whole = '', fraction] = cell.number.replace('-', '').split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
    return `${cell.number.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
const trimmed = (row) => {
    const out = [...row];
    while (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    return out;
};
describe('xlsx export', () => {
    let tables;
    let sheets;
    before(async () => {
        tables = [...(await tablesOfFiles([...SEEDS, roundtripFixture('001_91a79292973e8735.xlsx')])), precisionTable()];
        sheets = exportSheets(tables);
    });
    it('has a contents sheet, then one sheet per table with its title, unit and header rows as printed', () => {
        assert.equal(sheets.length, tables.length + 1);
        assert.equal(sheets[0]?.name, '目录');
        const last = sheets[sheets.length - 1];
        assert.deepEqual(last.rows.slice(0, 4).map((r) => r.map(shown)), [
            ['一般公共预算财政拨款支出预算表'],
            ['北京市某局 2026年 预算', '单位：万元', '来源：beijing-baobiao.pdf 第 3 页'],
            ['编码', '名称', '本年'],
            ['', '', '合计'],
        ]);
        assert.deepEqual(last.merges, ['A3:A4', 'B3:B4']);
    });
    it('opens in LibreOffice, every cell as we wrote it: numbers shown with the document unit’s decimals', (t) => {
        const office = soffice();
        if (!office) {
            t.skip('LibreOffice (soffice) not installed: the XLSX is not opened');
            return;
        }
        const folder = mkdtempSync(join(tmpdir(), 'budgetlens-xlsx-'));
        writeFileSync(join(folder, 'export.xlsx'), xlsxBytes(tables));
        // Tokens: comma, double quote, UTF-8, from line 1, …, cells as shown (9th), each sheet to its own file (12th: -1).
        const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
        const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
        const result = spawnSync(office, [profile, '--headless', '--convert-to', filter, '--outdir', folder, join(folder, 'export.xlsx')], {
            encoding: 'utf8',
            timeout: 180_000,
        });
        assert.equal(result.status, 0, result.stderr);
        const written = readdirSync(folder).filter((f) => f.endsWith('.csv'));
        assert.equal(written.length, sheets.length, written.join(' '));
        for (const sheet of sheets) {
            const text = readFileSync(join(folder, `export-${sheet.name}.csv`), 'utf8');
            const read = parseCsvRecords(text).map(trimmed);
            while (read.length > 0 && read[read.length - 1].length === 0)
                read.pop();
            const wrote = sheet.rows.map((r) => trimmed(r.map(shown)));
            assert.deepEqual(read, wrote, sheet.name);
        }
    });
});
//# sourceMappingURL=xlsx.test.js.map