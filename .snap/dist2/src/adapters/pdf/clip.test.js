import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextPosition, visiblePieces } from './clip.js';
import { piece } from './layout/geometry.test-helper.js';
const OPS = { beginText: 1, setTextMatrix: 2, setLeadingMoveText: 3, showText: 4, nextLine: 5, setLeading: 6 };
describe('text the PDF clips away', () => {
    it('follows the text matrix as a spreadsheet PDF writes it: Tm, then one glyph per TD move', () => {
        // 北京 报表: setTextMatrix [0.045 0 0 -0.045 78.44 100.615], then 项 TD(204, 0) 目 …, in a y-down CTM.
        const text = new TextPosition(OPS);
        const device = [1, 0, 0, 1, 0, 0];
        text.step(OPS.beginText, null);
        text.step(OPS.setTextMatrix, [[0.045, 0, 0, -0.045, 78.44, 100.615]]);
        assert.equal(text.step(OPS.showText, null), true);
        assert.deepEqual(text.start(device), [78.44, 100.615]);
        assert.equal(text.step(OPS.setLeadingMoveText, [204, 0]), false);
        text.step(OPS.showText, null);
        const [x, y] = text.start(device);
        assert.equal(Math.round(x * 100) / 100, 87.62);
        assert.equal(y, 100.615);
    });
    it('drops a piece whose run was clipped to a box that leaves its centre out, keeps the others', () => {
        const cell = { x0: 160, y0: 100, x1: 260, y1: 250 };
        const runs = [
            { x: 162, y: 96, clip: cell }, // drawn above the cell: clipped away
            { x: 162, y: 120, clip: cell },
            { x: 262, y: 96, clip: null }, // another run on the same line, not clipped
        ];
        const kept = visiblePieces([piece('指导各区', 162, 96), piece('门的实际', 162, 120), piece('页眉', 262, 96)], runs);
        assert.deepEqual(kept.map((p) => p.text), ['门的实际', '页眉']);
    });
    it('keeps a title drawn across two cells, each part clipped to its own cell (湖州 财政局 p.22)', () => {
        const title = piece('2026 年市级部门财政拨款收支预算总表', 182, 78);
        const runs = [
            { x: 182, y: 78, clip: { x0: 51, y0: 60, x1: 224, y1: 85 } },
            { x: 227, y: 78, clip: { x0: 225, y0: 60, x1: 790, y1: 85 } },
        ];
        assert.deepEqual(visiblePieces([title], runs).map((p) => p.text), [title.text]);
    });
    it('drops a piece drawn only without ink; keeps one drawn also with ink at its start, in either order', () => {
        const pieces = [piece('合计', 72, 100), piece('100.00', 300, 100), piece('备注', 72, 140)];
        const runs = [
            { x: 72, y: 100, clip: null, hidden: true }, // a layer under the printed text
            { x: 72, y: 100, clip: null },
            { x: 300, y: 100, clip: null },
            { x: 72, y: 140, clip: null, hidden: true },
        ];
        assert.deepEqual(visiblePieces(pieces, runs).map((p) => p.text), ['合计', '100.00']);
    });
    it('keeps every piece of a page that clips nothing', () => {
        const pieces = [piece('合计', 10, 50)];
        assert.equal(visiblePieces(pieces, [{ x: 10, y: 50, clip: null }]), pieces);
    });
});
//# sourceMappingURL=clip.test.js.map