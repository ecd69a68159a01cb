/**
 * Tables split by the reader: a title read apart from its grid (广州 一般公共预算支出情况表), and a
 * table continued on the next page without its title, repeating its header (北京 预算12表). Dumps
 * made to do what those PDFs do: a paragraph between the pieces ends the first piece.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../reader.js';
const read = (...lines) => readText(['广州市信访局2026年部门预算', '', ...lines].join('\n'), 'x.txt');
describe('tables split by the reader are joined again', () => {
    it('a title with no grid under it titles the untitled grid that follows', () => {
        const doc = read('一般公共预算支出情况表（按功能分类科目）', '编制单位：广州市信访局\t单位：万元', '（续上页）', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '201\t一般公共服务支出\t3,944.08\t3,204.78\t739.30', '20140\t信访事务\t3,944.08\t3,204.78\t739.30');
        assert.equal(doc.tables.length, 1);
        const [table] = doc.tables;
        assert.equal(table?.kind, 'general_budget_expenditure');
        assert.equal(table?.rows.length, 2);
        assert.ok(table?.recognition?.evidence.some((e) => e.source === 'context' && /read apart/.test(e.note)));
    });
    it('an untitled grid repeating the header of the table before is its next page', () => {
        const header = '科目编码\t科目名称\t合计\t基本支出\t项目支出';
        const doc = read('本年支出总体情况表', header, '201\t一般公共服务支出\t3,944.08\t3,204.78\t739.30', '（续上页）', header, '208\t社会保障和就业支出\t475.22\t475.22\t');
        assert.equal(doc.tables.length, 1);
        assert.deepEqual(doc.tables[0]?.rows.map((r) => r.code), ['201', '208']);
        assert.ok(doc.tables[0]?.recognition?.evidence.some((e) => e.source === 'context' && /continuation/.test(e.note)));
    });
    it('an untitled grid with another header stays a table of its own', () => {
        const doc = read('本年支出总体情况表', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '201\t一般公共服务支出\t3,944.08\t3,204.78\t739.30', '（续上页）', '科目编码\t科目名称\t合计', '301\t工资福利支出\t1,000.00');
        assert.equal(doc.tables.length, 2);
    });
});
//# sourceMappingURL=continuation.test.js.map