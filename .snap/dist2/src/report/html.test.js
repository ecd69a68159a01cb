import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../check.js';
import { readText } from '../reader.js';
import { formatHtml } from './html.js';
/** A project and its performance targets, one cost indicator contradicting the project's money. */
const lines = [
    '某某局2024年部门预算',
    '项目支出绩效目标表',
    '单位名称\t项目名称\t年度资金总额\t年度目标\t一级指标\t二级指标\t三级指标\t指标解释\t指标值\t分值',
    '101001-某某局\t办公楼维修项目\t20.00\t维修办公楼\t成本指标\t经济成本指标\t实际支出成本\t实际支出成本\t>=50万元\t20',
    '\t\t\t\t产出指标\t数量指标\t维修面积\t维修面积\t>=100平方米\t20',
];
describe('html report', () => {
    const doc = readText(lines.join('\n'), 'case.txt');
    const { findings, summary } = checkDocument(doc);
    const html = formatHtml(doc, findings, summary);
    it('prints text columns and marks the indicator value a finding is about', () => {
        assert.ok(findings.some((f) => f.rule === 'performance-indicator' && f.column === 'target'));
        assert.match(html, /<td class="text error" title="[^"]*实际支出成本[^"]*">&gt;=50万元<\/td>/);
    });
    it('does not mark the project row printed on the same line', () => {
        assert.doesNotMatch(html, /<td class="text error"[^>]*><\/td>/);
        assert.match(html, /<td class="text "[^>]*>&gt;=100平方米<\/td>/);
    });
});
//# sourceMappingURL=html.test.js.map