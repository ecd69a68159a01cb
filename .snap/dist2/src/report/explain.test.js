/**
 * `extract --explain`: the lines printed for a table read from a dump made like 广州's PDFs
 * (guangzhou/*信访局*: 一般公共预算基本支出情况表（按经济分类科目）, economic codes before the
 * names, 人员经费 | 公用经费), and for an untitled grid by function that stays unknown.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../reader.js';
import { columnReason, explainTable } from './explain.js';
const read = (...lines) => readText(['广州市信访局2026年部门预算', '', ...lines].join('\n'), 'x.txt').tables;
describe('explainTable', () => {
    it('says which kind, with each piece of evidence, its weight and what was seen, then each column', () => {
        const [table] = read('一般公共预算基本支出情况表（按经济分类科目）', '单位：万元', '科目编码\t科目名称\t合计\t人员经费\t公用经费', '合计\t\t3,204.78\t2,885.42\t319.36', '301\t工资福利支出\t2,646.31\t2,646.31\t', '30101\t基本工资\t633.92\t633.92\t', '302\t商品和服务支出\t319.36\t\t319.36');
        const lines = explainTable(table);
        assert.match(lines[0] ?? '', /^ {2}为何是一般公共预算基本支出表 \(general_budget_basic_expenditure\)（得分 \d+） \/ why/);
        assert.ok(lines.includes('    +6 标题 title “一般公共预算基本支出”: 标题写明表名 / the title names the table'), lines.join('\n'));
        assert.ok(lines.some((l) => /^ {4}\+3 行 rows “301 工资福利支出、30101 基本工资、302 商品和服务支出”/.test(l)));
        assert.ok(lines.some((l) => /^ {4}\+1 合计 totals “合计 = 人员经费 \+ 公用经费”/.test(l)));
        assert.ok(lines.includes('  列 columns:'));
        assert.ok(lines.includes('    personnel ← 人员经费: 金额列名“人员经费” / amount label "人员经费"'), lines.join('\n'));
    });
    it('an unknown table says what it lacked before its evidence (an untitled grid by function: its fund is not said)', () => {
        const [table] = read('科目编码\t科目名称\t合计\t基本支出\t项目支出', '201\t一般公共服务支出\t3,944.08\t3,204.78\t739.30', '20140\t信访事务\t3,944.08\t3,204.78\t739.30', '2014001\t行政运行\t3,204.78\t3,204.78\t');
        assert.equal(table?.kind, 'unknown');
        const lines = explainTable(table);
        assert.equal(lines[0], '  未识别，因为 / unknown, because:');
        assert.equal(lines[1], '    - 无标题 / no title');
        // 基本支出 | 项目支出 over function codes score 3 for each table by function, one short of the 4 needed.
        assert.ok(lines.some((l) => /^ {4}- 最接近的是.+，得分 3（至少需 4） \/ the nearest is /.test(l)), lines.join('\n'));
        assert.ok(lines.some((l) => /^ {4}候选 candidates: /.test(l)), lines.join('\n'));
    });
    it('names every way a column key was found', () => {
        assert.equal(columnReason({ rule: 'fund', label: '一般公共预算', group: '上年结转结余' }), '资金来源“一般公共预算”，在“上年结转结余”下 / fund "一般公共预算" under "上年结转结余"');
        assert.equal(columnReason({ rule: 'group', label: '小计', group: '基本支出' }), '“小计”取所在组“基本支出”的键 / "小计" takes the key of its group "基本支出"');
        assert.match(columnReason({ rule: 'fallback', label: '扣除基建项目后预算数' }), /^未知列名“扣除基建项目后预算数”/);
    });
});
//# sourceMappingURL=explain.test.js.map