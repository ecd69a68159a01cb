import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { formatAmount } from '../model/amount.js';
import { columnHeader, csvField, csvFiles, csvText } from './csv.js';
import { parseCsvRecords, SEEDS, tablesOfFiles } from './testing.js';
describe('csvField / csvText', () => {
    it('quotes a field holding a comma, a quote or a line break, as RFC 4180 says', () => {
        assert.equal(csvField('行政运行'), '行政运行');
        assert.equal(csvField('1,633,000'), '"1,633,000"');
        assert.equal(csvField('“三公”经费 "注"'), '"“三公”经费 ""注"""');
        assert.equal(csvField('第一行\n第二行'), '"第一行\n第二行"');
    });
    it('starts with the UTF-8 byte-order mark and ends every record with CRLF', () => {
        assert.equal(csvText([
            ['a', 'b'],
            ['1', '2'],
        ]), '\uFEFFa,b\r\n1,2\r\n');
        assert.equal(csvText([['a']], false), 'a\r\n');
    });
    it('reads back as written: commas, quotes and line breaks inside fields', () => {
        const records = [
            ['名称', '说明'],
            ['人大事务, "代表"工作', '第一行\n第二行'],
            ['', '1,633,000'],
        ];
        assert.deepEqual(parseCsvRecords(csvText(records, false)), records);
    });
});
describe('csvFiles on the seeds', () => {
    let tables;
    before(async () => {
        tables = await tablesOfFiles(SEEDS);
    });
    it('writes one file per table kind across the four documents', () => {
        const files = csvFiles(tables);
        assert.deepEqual(files.map((f) => f.name).sort(), [...new Set(tables.map((t) => `${t.kind}.csv`))].sort());
        const spending = tables.filter((t) => t.kind === 'expenditure_summary');
        assert.ok(new Set(spending.map((t) => t.document.file)).size >= 2, 'several documents in one file');
    });
    it('holds every row of every table with each amount as the exact decimal the document printed', () => {
        for (const file of csvFiles(tables)) {
            const text = file.data;
            assert.ok(text.startsWith('\uFEFF'));
            const [header, ...records] = parseCsvRecords(text.slice(1));
            const kind = file.name.replace(/\.csv$/, '');
            const ofKind = tables.filter((t) => t.kind === kind);
            assert.equal(records.length, ofKind.reduce((n, t) => n + t.rows.length, 0), file.name);
            let at = 0;
            for (const table of ofKind) {
                for (const row of table.rows) {
                    const record = records[at++];
                    const cell = (name) => record[header.indexOf(name)];
                    assert.equal(cell('部门 (department)'), table.document.department ?? '');
                    assert.equal(cell('表名 (table_title)'), table.title);
                    assert.equal(cell('编码 (row_code)'), row.code ?? '');
                    assert.equal(cell('名称 (name)'), row.name);
                    assert.equal(cell('单位 (unit)'), table.unit);
                    for (const column of table.columns) {
                        const printed = row.values[column.key];
                        const name = header.find((h) => h.endsWith(` (${column.key})`));
                        assert.equal(cell(name), printed ? formatAmount(printed) : (row.texts[column.key] ?? ''), `${file.name} ${row.name} ${column.key}`);
                    }
                }
            }
        }
    });
    it('names a column by its label and key, and keeps the row 2011301 行政运行 of seed 000 exactly', () => {
        const file = csvFiles(tables).find((f) => f.name === 'expenditure_summary.csv');
        assert.ok(file);
        const [header, ...records] = parseCsvRecords(file.data.slice(1));
        assert.deepEqual(header?.slice(0, 13), [
            '文档 (document)',
            '部门 (department)',
            '年度 (year)',
            '阶段 (phase)',
            '表名 (table_title)',
            '编码 (row_code)',
            '名称 (name)',
            '级次 (level)',
            '合计行 (is_total)',
            '收支 (side)',
            columnHeader({ key: 'total', label: '合计' }),
            '基本支出 (basic)',
            '项目支出 (project)',
        ]);
        const row = records.find((r) => r[1] === '吉林省商务厅' && r[5] === '2011301');
        assert.deepEqual(row?.slice(0, 13), [
            '吉林省商务厅2024年部门预算',
            '吉林省商务厅',
            '2024',
            'budget',
            '支出预算总表',
            '2011301',
            '行政运行',
            '3',
            'false',
            '',
            '5116.47',
            '4978.66',
            '137.81',
        ]);
    });
});
//# sourceMappingURL=csv.test.js.map