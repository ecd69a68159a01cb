import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText, piecesFromItems, splitAtBorders } from './text.js';
describe('text pieces', () => {
    it('normalises full-width forms and drops invisible characters', () => {
        assert.equal(normalizeText('１２３．４５\u200b（万元）'), '123.45(万元)');
    });
    it('splits a run padded with spaces into cells, sharing out its width', () => {
        const [a, b] = piecesFromItems([{ str: '合计    100', transform: [10, 0, 0, 10, 50, 700], width: 50, height: 10 }], [1, 0, 0, -1, 0, 800]);
        assert.equal(a?.text, '合计');
        assert.equal(b?.text, '100');
        assert.ok((a?.x1 ?? 0) < (b?.x0 ?? 0));
        assert.equal(a?.baseline, 100);
    });
});
describe('splitAtBorders', () => {
    const piece = (text, x0, x1) => ({ text, x0, x1, y0: 0, y1: 10, baseline: 9, size: 10 });
    it('splits one text run holding two cells at the border between them', () => {
        assert.deepEqual(splitAtBorders(piece('12396.60 7573.72', 100, 180), [141]).map((p) => p.text), ['12396.60', '7573.72']);
        assert.deepEqual(splitAtBorders(piece('人员经费公用经费', 100, 260), [180]).map((p) => p.text), ['人员经费', '公用经费']);
    });
    it('never cuts inside a number, and leaves pieces that cross no border', () => {
        assert.deepEqual(splitAtBorders(piece('1,633,000', 120, 210), [200]).map((p) => p.text), ['1,633,000']);
        assert.equal(splitAtBorders(piece('合计', 10, 30), [100]).length, 1);
    });
});
//# sourceMappingURL=text.test.js.map