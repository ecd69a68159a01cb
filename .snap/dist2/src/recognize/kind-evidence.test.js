/**
 * Kinds weighed from the content when the title says little or nothing: headers and rows as the
 * corpus cities print them (tab-separated, as a PDF dump gives them), without or with a title.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../reader.js';
import { decideKind } from './classify.js';
import { buildLayout } from './header.js';
import { tableFacts } from './table-facts.js';
/**
 * A table as the PDF reader gives it, weighed: an explicit grid, one cell per column, tab-separated;
 * `收入»2` is a header cell merged over two columns.
 */
function weigh(title, ...rows) {
    const grid = rows.map((row, line) => ({
        type: 'row',
        line: line + 1,
        lines: 1,
        cells: row.split('\t').map((cell, col) => {
            const [text = '', span] = cell.split('»');
            return span ? { text, col, span: Number(span) } : { text, col };
        }),
    }));
    return decideKind(tableFacts(title, buildLayout(grid, 'grid'), 2026)).recognition;
}
/** The tables of a dump: a document heading, then each table as its lines (a title line or none). */
function tables(...grids) {
    const lines = ['某某局2026年部门预算', ''];
    for (const grid of grids)
        lines.push('以下为本部门预算表。', ...grid);
    return readText(lines.join('\n'), 'x.txt').tables;
}
const only = (...grid) => tables(grid)[0];
const sources = (r) => [...new Set(r.evidence.map((e) => e.source))].sort();
describe('kinds from the header and the rows of an untitled table', () => {
    it('an indicator tree under 单位（项目）名称 is a performance target table (长沙 gongan-2025 p.34, title only on the page before)', () => {
        const r = weigh('', '单位编码\t单位（项目）名称\t资金总额\t绩效目标\t一级指标\t二级指标\t三级指标\t指标值', '126001\t警务辅助人员经费\t15,470.00\t提升辅警的业务能力\t产出指标\t质量指标\t岗前培训合格率\t90', '\t\t\t\t效益指标\t社会效益指标\t全年辅警在职率\t95');
        assert.equal(r.kind, 'performance_targets');
        assert.deepEqual(sources(r), ['header', 'rows']);
    });
    it('projects with one amount and their 绩效目标 are a performance target table (广州 城管局 p.38, 重点项目预算绩效目标 under a narrative heading)', () => {
        const r = weigh('', '项目\t预算数（单位：万元）\t绩效目标', '其他运行经费\t549.75\t通过委托专业机构提供物业管理服务、档案管理服务，保障我局办公点的安保、消防、保洁。', '城维计划-设施建设经费\t633.46\t通过实施城维计划-设施建设经费项目，取得布局规划初稿。');
        assert.equal(r.kind, 'performance_targets');
    });
    it('a project table with a 绩效目标 column and several amounts stays no performance table (广州 部门预算项目支出及其他支出预算表)', () => {
        const r = weigh('', '项目名称\t总计\t一般公共预算\t政府性基金预算\t绩效目标', '其他运行经费\t549.75\t549.75\t0.00\t保障我局办公点的安保、消防、保洁。', '城维计划-设施建设经费\t633.46\t0.00\t633.46\t取得布局规划初稿。');
        assert.notEqual(r.kind, 'performance_targets');
    });
    it('economic codes with 人员经费 | 公用经费 columns are the 基本支出 table (重庆 一般公共预算基本支出情况表)', () => {
        const r = weigh('', '科目编码\t科目名称\t总计\t人员经费\t公用经费', '合计\t\t5,362.42\t4,516.64\t845.78', '301\t工资福利支出\t4,090.82\t4,090.82\t', '30101\t基本工资\t994.45\t994.45\t', '302\t商品和服务支出\t845.78\t\t845.78');
        assert.equal(r.kind, 'general_budget_basic_expenditure');
        const rows = r.evidence.find((e) => e.source === 'rows');
        assert.deepEqual(rows?.seen, ['301 工资福利支出', '30101 基本工资', '302 商品和服务支出']);
        assert.ok(r.evidence.some((e) => e.source === 'totals' && e.seen[0] === '合计 = 人员经费 + 公用经费'));
    });
    it('a function table with a 基本支出 column is no 基本支出 table: without a title its fund is unknown', () => {
        const r = weigh('', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '合计\t\t168,441.81\t6,660.01\t161,781.80', '201\t一般公共服务支出\t5,183.00\t\t5,183.00', '20104\t发展与改革事务\t183.00\t\t183.00', '2010406\t社会事业发展规划\t183.00\t\t183.00');
        assert.equal(r.kind, 'unknown');
        assert.ok(r.alternatives.every((a) => a.kind !== 'general_budget_basic_expenditure'));
        assert.match(r.lacking.join(' '), /could be .* or .*no title/);
    });
    it('上缴上级支出 and 经营支出 columns make a function table the 支出总表 (苏州 支出总表)', () => {
        const r = weigh('', '科目编码\t科目名称\t合计\t基本支出\t项目支出\t事业单位经营支出\t上缴上级支出\t对附属单位补助支出', '合计\t\t249,977.11\t29,606.33\t220,370.78\t\t\t', '208\t社会保障和就业支出\t3,061.29\t3,061.29\t\t\t\t', '20805\t行政事业单位养老支出\t3,061.29\t3,061.29\t\t\t\t');
        assert.equal(r.kind, 'expenditure_summary');
    });
    it('项目名称 with amounts and an indicator tree is a target table, not the project table', () => {
        const r = weigh('', '项目名称\t资金总额\t一级指标\t二级指标\t三级指标\t指标值', '评审工作经费\t839.00\t产出指标\t质量指标\t评审报告出具质量合格率\t≥98%', '\t\t效益指标\t社会效益指标\t节约财政资金\t有效');
        assert.equal(r.kind, 'performance_targets');
        assert.ok(r.alternatives.every((a) => a.kind !== 'project_expenditure' || a.score < 0));
    });
    it('two sides with 事业收入 among the sources are the 收支总表; with fiscal money only, the 财政拨款收支总表 (重庆)', () => {
        const all = weigh('', '收入»2\t\t支出»2\t', '项目\t预算数\t项目\t预算数', '一、一般公共预算资金\t154,304.22\t一、一般公共服务支出\t5,183.00', '二、事业收入资金\t3,252.59\t二、科学技术支出\t152,373.81', '收入总计\t157,556.81\t支出总计\t157,556.81');
        assert.equal(all.kind, 'income_expenditure_summary');
        assert.ok(all.evidence.some((e) => e.source === 'totals' && e.seen[0] === '收入总计 = 支出总计'));
        const fiscal = weigh('', '收入»2\t\t支出»4\t\t\t', '项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算', '一、一般公共预算资金\t154,023.82\t一、一般公共服务支出\t5,183.00\t5,183.00\t', '二、政府性基金预算资金\t\t二、科学技术支出\t148,840.82\t148,840.82\t');
        assert.equal(fiscal.kind, 'fiscal_appropriation_summary');
    });
    it('a column-wise 三公 table is recognised by its items; 经济分类 rows naming 公务接待费 are not', () => {
        const items = weigh('', '合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费', '207.46\t120.00\t32.50\t54.96');
        assert.equal(items.kind, 'three_public');
        const economic = weigh('', '科目编码\t科目名称\t合计\t人员经费\t公用经费', '302\t商品和服务支出\t94.11\t\t94.11', '30217\t公务接待费\t10.92\t\t10.92', '30231\t公务用车运行维护费\t83.19\t\t83.19');
        assert.equal(economic.kind, 'general_budget_basic_expenditure');
    });
});
describe('forms the weighing leaves to another kind', () => {
    it('a 项目支出绩效目标表 holding the department’s 年度主要任务 is the overall target table (seed 000, 吉林)', () => {
        const r = weigh('项目支出绩效目标表', '部门名称及编码\t\t吉林省商务厅-127', '年度主要任务\t任务名称\t主要内容', '\t对外贸易\t稳外贸');
        assert.equal(r.kind, 'unit_performance');
        assert.deepEqual(r.evidence.at(-1)?.seen, ['部门名称及编码', '年度主要任务']);
        assert.equal(weigh('项目支出绩效目标表', '单位名称\t项目名称', '商务厅\t某项目').kind, 'performance_targets');
    });
    it('an untitled 序号 | 单位名称 list is the list of units (泉州 gongan-2026 p.5)', () => {
        const r = weigh('', '序号\t单位名称', '1\t泉州市公安局（本级）', '2\t泉州市公安局天湖山分局');
        assert.equal(r.kind, 'organization_units');
        assert.deepEqual(r.lacking, []);
    });
});
describe('the title is strong evidence, the content confirms it', () => {
    it('a 收支总体情况表 (广州, 烟台) is the 收支总表, by its title words and its two sides', () => {
        const t = only('收支总体情况表', '收入\t\t支出\t', '项目\t预算数\t项目\t预算数', '一、财政拨款收入\t9,069.47\t一、一般公共服务支出\t7,231.78', '二、事业收入\t\t二、教育支出\t25.00');
        assert.equal(t.kind, 'income_expenditure_summary');
        const title = t.recognition?.evidence.find((e) => e.source === 'title');
        assert.deepEqual(title?.seen, ['收支总体情况表']);
        assert.ok((t.recognition?.evidence.length ?? 0) >= 3);
    });
    it('an unknown table says what it lacked, in the table and in its finding', () => {
        const doc = readText([
            '某某局2026年部门预算',
            '',
            '2026年预算收入总表',
            '科目编码\t科目名称\t合计',
            '201\t一般公共服务支出\t5.00',
            '说明文字。',
            '210\t99\t\t其他卫生健康支出\t24,000\t24,000',
        ].join('\n'), 'x.txt');
        const fragment = doc.tables[1];
        assert.equal(fragment.kind, 'unknown');
        assert.match(fragment.recognition?.lacking.join(' ') ?? '', /no title.*no header.*continuation of "2026年预算收入总表"/s);
        const finding = doc.findings.find((f) => f.rule === 'reader/unknown-table');
        assert.match(finding?.message ?? '', /无标题.*无表头.*2026年预算收入总表.* \/ unrecognised table "\(untitled\)": no title/);
    });
});
//# sourceMappingURL=kind-evidence.test.js.map