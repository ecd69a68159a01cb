import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { metaFromTables, readMeta } from './meta.js';
import { attachmentNamed, isPreambleText } from './vocabulary.js';
const para = (text, line) => ({ type: 'para', text, line });
const paras = (...texts) => texts.map((text, i) => ({ type: 'para', text, line: i + 1 }));
const row = (texts) => ({ type: 'row', line: 1, lines: 1, cells: texts.map((text, col) => ({ text, col })) });
describe('document meta', () => {
    it('takes no sentence for a title (北京 国资委 报表: 说明事项：…，市国资委2026年部门预算中…)', () => {
        const meta = readMeta([
            para('说明事项：根据国家保密法律法规和有关保密事项范围的规定，市国资委2026年部门预算中的国有资本经营预算项目支出不列入预算公开范围。', 1),
        ]);
        assert.deepEqual([meta.title, meta.year], ['', null]);
        assert.equal(readMeta([para('北京市财政局 2026 年度部门预算信息公开', 1)]).department, '北京市财政局');
        // 北京市教育委员会部门 2026 年度部门预算 (北京 jiaoyu 情况说明): 部门 after a name that ends like an organisation.
        assert.equal(readMeta([para('北京市教育委员会部门 2026 年度部门预算', 1)]).department, '北京市教育委员会');
        assert.equal(readMeta([para('某某市商务部门2026年度部门预算', 1)]).department, '某某市商务部门');
    });
    it('reads a file of tables only by its forms: the year under a title, the department a form names', () => {
        const tables = [
            { preamble: [], rows: [row(['项目名称', '项目总额'])] },
            { preamble: [{ text: '2026（年度）' }], rows: [row(['部门名称', '', '中共北京市委军民融合发展委员会办公室'])] },
        ];
        assert.deepEqual(metaFromTables(tables), { year: 2026, department: '中共北京市委军民融合发展委员会办公室' });
        assert.deepEqual(metaFromTables([{ preamble: [{ text: '（2026年度）' }], rows: [] }]).year, 2026);
        assert.deepEqual(metaFromTables([{ preamble: [{ text: '预算年度：2024 单位：元' }], rows: [] }]).year, 2024);
    });
    it('knows the year line under a table title and an attachment that holds the tables', () => {
        assert.equal(isPreambleText('2026（年度）'), true);
        assert.equal(attachmentNamed('附件：北京市财政局 2026 年度部门预算报表'), '北京市财政局2026年度部门预算报表');
        assert.equal(attachmentNamed('见附件：市城管执法局 2026 年度部门预算报表'), '市城管执法局2026年度部门预算报表');
        assert.equal(attachmentNamed('附件2：北京市司法局 2026 年度部门预算批复公开表'), '北京市司法局2026年度部门预算批复公开表');
        assert.equal(attachmentNamed('附件：关于印发某某办法的通知'), null);
        assert.equal(attachmentNamed('本部门附件较多，详见网站。'), null);
    });
});
describe('document meta from the front matter', () => {
    it('reads a cover that names the department before the year', () => {
        const meta = readMeta(paras('长春市信访局(本级) 2026年度部门预算公开', '目录'));
        assert.equal(meta.year, 2026);
        assert.equal(meta.department, '长春市信访局(本级)');
    });
    it('reads a cover printing the year first, the department inside (烟台: 2026年烟台市财政局部门预算)', () => {
        const meta = readMeta(paras('2026年烟台市财政局部门预算', '目录', '第一部分 部门概况', '二、机构设置情况', '第二部分 2026年部门预算表'));
        assert.deepEqual(meta, {
            title: '2026年烟台市财政局部门预算',
            department: '烟台市财政局',
            year: 2026,
            phase: 'budget',
            scope: 'department',
        });
    });
    it('reads a year written in Chinese numerals', () => {
        const meta = readMeta(paras('某某市民政局二〇二六年部门预算'));
        assert.equal(meta.year, 2026);
        assert.equal(meta.department, '某某市民政局');
    });
    it('does not take a part heading for a year-first cover', () => {
        const meta = readMeta(paras('第二部分 2026年部门预算表'));
        assert.equal(meta.department, null);
        assert.equal(meta.year, 2026);
    });
    it('reads a cover that prints the year on its own line above the name (广州 fagai-2026 p.1)', () => {
        const meta = readMeta(paras('2026年', '广州市发展和改革委员会部门预算', '目 录', '三、部门预算构成', '第二部分 2026年部门预算表'));
        assert.equal(meta.department, '广州市发展和改革委员会');
        assert.equal(meta.year, 2026);
        assert.equal(meta.phase, 'budget');
        assert.equal(meta.scope, 'department');
    });
    it('reads the cover title when its two lines were joined into one paragraph', () => {
        const meta = readMeta(paras('2026年广州市人民政府国有资产监督管理委员会部门预算', '目 录'));
        assert.equal(meta.department, '广州市人民政府国有资产监督管理委员会');
    });
    it('still reads a title naming the department before the year', () => {
        const meta = readMeta(paras('上海市普陀区规划和自然资源局2024年度部门预算'));
        assert.equal(meta.department, '上海市普陀区规划和自然资源局');
        assert.equal(meta.year, 2024);
    });
});
//# sourceMappingURL=meta.test.js.map