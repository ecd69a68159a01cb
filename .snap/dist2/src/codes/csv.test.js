import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv, parseCsvLine } from './csv.js';
describe('data file CSV', () => {
    it('splits plain lines and reads quoted fields with commas and doubled quotes', () => {
        assert.deepEqual(parseCsvLine('2010101,行政运行,3'), ['2010101', '行政运行', '3']);
        assert.deepEqual(parseCsvLine('2299999,"其他支出,含""特殊""项",3'), ['2299999', '其他支出,含"特殊"项', '3']);
        assert.deepEqual(parseCsvLine('a,,'), ['a', '', '']);
    });
    it('keys each row by the header, trims fields, skips blank lines and reads CRLF', () => {
        const rows = parseCsv('code, name ,level\r\n201, 一般公共服务支出 ,1\r\n\r\n20101,"人大事务",2\n');
        assert.deepEqual(rows, [
            { code: '201', name: '一般公共服务支出', level: '1' },
            { code: '20101', name: '人大事务', level: '2' },
        ]);
    });
    it('leaves a field the line lacks empty', () => {
        assert.deepEqual(parseCsv('code,name,note\n201,一般公共服务支出'), [{ code: '201', name: '一般公共服务支出', note: '' }]);
    });
});
//# sourceMappingURL=csv.test.js.map