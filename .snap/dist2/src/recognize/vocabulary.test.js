import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEmptyStatement, isPreambleText, looksLikeTableTitle } from './vocabulary.js';
describe('table vocabulary', () => {
    it('statements that a table is empty', () => {
        assert.ok(isEmptyStatement('注：本表无数据'));
        assert.ok(isEmptyStatement('备注：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。'));
        // 湖州 prints the department's name where others print 本部门.
        assert.ok(isEmptyStatement('注：湖州市退役军人事务局2026年没有使用政府性基金预算拨款安排的支出。'));
        assert.ok(!isEmptyStatement('注：由于四舍五入因素，部分分项加和与合计可能略有差异。'));
    });
    it('a table number on its own line, a bare unit and the 资金主管部门 line are preamble, not titles', () => {
        for (const text of ['表03', '预算公开表1', '附表2', '万元', '资金主管部门：重庆市气象局']) {
            assert.ok(isPreambleText(text), text);
            assert.ok(!looksLikeTableTitle(text), text);
        }
        assert.ok(!isPreambleText('2026年市级部门支出预算总表'));
    });
});
//# sourceMappingURL=vocabulary.test.js.map