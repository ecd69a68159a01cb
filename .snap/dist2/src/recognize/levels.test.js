import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeList, parseCodeCsv } from '../codes/lists.js';
import { parseAmount } from '../model/amount.js';
import { EconomicHierarchy, economicLevelOfCode, FunctionHierarchy } from './levels.js';
const list = new CodeList(parseCodeCsv([
    'code,name,level,parent,status',
    '201,一般公共服务支出,1,,known',
    '20113,商贸事务,2,201,known',
    '2011301,行政运行,3,20113,known',
    '2011308,招商引资,3,20113,known',
    '20199,其他一般公共服务支出,2,201,known',
    '2019999,其他一般公共服务支出,3,20199,known',
    '216,商业服务业等支出,1,,known',
    '219,援助其他地区支出,1,,known',
    '21999,其他支出,2,219,known',
    '2199999,其他支出,3,21999,known',
    '229,其他支出,1,,known',
    '22999,其他支出,2,229,known',
    '2299999,其他支出,3,22999,known',
    '21602,商业流通事务,2,216,known',
    '2160201,行政运行,3,21602,known',
].join('\n')));
describe('function classification levels', () => {
    it('takes printed codes as they are', () => {
        const h = new FunctionHierarchy(2024, list);
        assert.deepEqual(h.classify('行政运行', '2011301', false), { level: 3, code: '2011301', codeSource: 'printed' });
        assert.deepEqual(h.classify('商贸事务', '20113', false), { level: 2, code: '20113', codeSource: 'printed' });
    });
    it('resolves names without codes through their parents (行政运行 exists under many 款)', () => {
        const h = new FunctionHierarchy(2024, list);
        const rows = ['一般公共服务支出', '商贸事务', '行政运行', '商业服务业等支出', '商业流通事务', '行政运行'];
        const got = rows.map((name) => h.classify(name, null, false));
        assert.deepEqual(got.map((g) => [g.level, g.code]), [
            [1, '201'],
            [2, '20113'],
            [3, '2011301'],
            [1, '216'],
            [2, '21602'],
            [3, '2160201'],
        ]);
    });
    it('tells the 款 其他一般公共服务支出 from the 项 of the same name that follows it', () => {
        const h = new FunctionHierarchy(2024, list);
        h.classify('一般公共服务支出', null, false);
        assert.equal(h.classify('其他一般公共服务支出', null, false).level, 2);
        assert.deepEqual(h.classify('其他一般公共服务支出', null, false), { level: 3, code: '2019999', codeSource: 'resolved' });
    });
    it('reads 其他支出 as a 款 of the current 类 until that 类 is full, then as the 类 229', () => {
        const h = new FunctionHierarchy(2024, list);
        const amount = (text) => parseAmount(text);
        const rows = [
            ['援助其他地区支出', '5.00'],
            ['其他支出', '5.00'],
            ['其他支出', '5.00'],
            ['其他支出', '3.00'],
            ['其他支出', '3.00'],
            ['其他支出', '3.00'],
        ];
        assert.deepEqual(rows.map(([name, total]) => h.classify(name, null, false, amount(total)).code), ['219', '21999', '2199999', '229', '22999', '2299999']);
    });
    it('keeps its running sums exact whatever the precision printed (万元 to 6 places, then 7)', () => {
        const h = new FunctionHierarchy(2024, list);
        const amount = (text) => parseAmount(text);
        const rows = [
            ['援助其他地区支出', '5.000001'],
            ['其他支出', '5.000001'],
            ['其他支出', '5.0000010'],
            ['其他支出', '3.00'],
        ];
        assert.deepEqual(rows.map(([name, total]) => h.classify(name, null, false, amount(total)).code), ['219', '21999', '2199999', '229']);
    });
    it('treats a numbered row (一、) as a 类 even when the list does not know it', () => {
        const h = new FunctionHierarchy(2024, list);
        assert.equal(h.classify('某某新设支出', null, true).level, 1);
    });
});
describe('economic classification levels', () => {
    it('reads a 7-digit code as a local item under its 款 (北京 3021101 差旅费)', () => {
        assert.deepEqual(['301', '30211', '3021101', '30211011'].map(economicLevelOfCode), [1, 2, 3, null]);
        const h = new EconomicHierarchy(2024);
        assert.deepEqual(h.classify('差旅费', '3021101', false), { level: 3, code: '3021101', codeSource: 'printed' });
    });
    it('a seven-digit code printed under a 款 is its 项 (重庆 基本支出情况表: 30102 津贴补贴 › 3010201 规范性津补贴)', () => {
        const economic = new EconomicHierarchy(2024);
        const levels = [
            ['工资福利支出', '301'],
            ['津贴补贴', '30102'],
            ['规范性津补贴', '3010201'],
            ['其他津补贴', '3010202'],
            ['奖金', '30103'],
        ].map(([name, code]) => economic.classify(name, code, false).level);
        assert.deepEqual(levels, [1, 2, 3, 3, 2]);
    });
    it('reads the units of a per-unit table as groups, not as 款 of the 类 before them (广州 部门预算基本支出预算表)', () => {
        const h = new EconomicHierarchy(2024);
        const rows = [
            '(本级)',
            '工资福利支出',
            '对个人和家庭的补助',
            '广州市政府政务信息系统管理中心',
            '工资福利支出',
            '基本工资',
            '某某费',
            '资本性支出',
            // 广州市司法局's units include a prison: 监狱 ends like an organisation too.
            '广东省广州花都监狱',
            '工资福利支出',
            // 珠海 names some 类 its own way under its units.
            '珠海市贸易服务中心',
            '工资和福利支出',
            '对个人和家庭的补助',
            '其他资本性等支出',
        ];
        assert.deepEqual(rows.map((name) => {
            const c = h.classify(name, null, false);
            return [c.level, c.code];
        }), [
            [null, null],
            [1, '301'],
            [1, '303'],
            [null, null],
            [1, '301'],
            [2, '30101'],
            [2, null],
            [1, '310'],
            [null, null],
            [1, '301'],
            [null, null],
            [1, null],
            [1, '303'],
            [1, null],
        ]);
    });
});
//# sourceMappingURL=levels.test.js.map