import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readOperators } from './operators.js';
import { DEFAULT_SETTINGS } from './settings.js';
// pdf.js OPS numbers (pdf.mjs `OPS`), fixed so the test needs no pdf.js.
const OPS = {
    save: 10,
    restore: 11,
    transform: 12,
    constructPath: 91,
    paintFormXObjectBegin: 74,
    paintFormXObjectEnd: 75,
    setFillRGBColor: 59,
    setStrokeRGBColor: 58,
    stroke: 20,
    closeStroke: 21,
    fill: 22,
    eoFill: 23,
    fillStroke: 24,
    eoFillStroke: 25,
    closeFillStroke: 26,
    closeEOFillStroke: 27,
    clip: 29,
    eoClip: 30,
    beginText: 31,
    setTextMatrix: 42,
    showText: 44,
};
const page = { width: 600, height: 800 };
/** User space with y up → page space with y down. */
const VIEW = [1, 0, 0, -1, 0, 800];
const rect = (x, y, w, h) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
function edges(fn, args) {
    return readOperators(fn, args, OPS, VIEW, page, DEFAULT_SETTINGS).edges;
}
describe('ruling lines from the operator list', () => {
    it('reads a thin filled rectangle as one line, in page coordinates', () => {
        const found = edges([OPS.constructPath], [[OPS.fill, [new Float32Array(rect(100, 700, 200, 1))], null]]);
        assert.deepEqual(found, [{ orientation: 'h', x0: 100, x1: 300, y0: 99.5, y1: 99.5 }]);
    });
    it('reads a thin trapezoid (a border with mitred ends, as WPS prints 广州 fagai-2026 p.8) as one line', () => {
        // m 798 42.41 l 42 42.41 l 42 43.16 l 797.25 43.16 h: its last side is diagonal.
        const top = [0, 798, 42.41, 1, 42, 42.41, 1, 42, 43.16, 1, 797.25, 43.16, 4];
        const side = [0, 798, 435.56, 1, 798, 42.41, 1, 797.25, 43.16, 1, 797.25, 435.56, 4];
        const found = edges([OPS.constructPath, OPS.constructPath], [
            [OPS.fill, [new Float32Array(top)], null],
            [OPS.fill, [new Float32Array(side)], null],
        ]);
        assert.deepEqual(found.map((e) => [e.orientation, Math.round(e.x0), Math.round(e.x1), Math.round(e.y0), Math.round(e.y1)]), [
            ['h', 42, 798, 757, 757],
            ['v', 798, 798, 364, 758],
        ]);
    });
    it('applies the transformation matrix and forgets it on restore', () => {
        const found = edges([OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath], [
            null,
            [1, 0, 0, 1, 50, 0],
            [OPS.stroke, [new Float32Array([0, 0, 700, 1, 0, 600])], null],
            null,
            [OPS.stroke, [new Float32Array([0, 10, 700, 1, 10, 600])], null],
        ]);
        assert.deepEqual(found.map((e) => [e.orientation, e.x0, e.y0, e.y1]), [
            ['v', 50, 100, 200],
            ['v', 10, 100, 200],
        ]);
    });
    it('takes the outline of a shaded cell, but not white fills, clipping paths or page backgrounds', () => {
        const cell = edges([OPS.constructPath], [[OPS.fill, [new Float32Array(rect(100, 600, 80, 20))], null]]);
        assert.equal(cell.length, 4);
        const white = edges([OPS.setFillRGBColor, OPS.constructPath], [['#ffffff'], [OPS.fill, [new Float32Array(rect(100, 600, 80, 1))], null]]);
        assert.deepEqual(white, []);
        const clip = edges([OPS.constructPath], [[28, [new Float32Array(rect(100, 600, 80, 1))], null]]);
        assert.deepEqual(clip, []);
        const background = edges([OPS.constructPath], [[OPS.fill, [new Float32Array(rect(0, 0, 600, 800))], null]]);
        assert.deepEqual(background, []);
    });
    it('prints a rule only inside the clipping box in force (a spreadsheet page’s print area), until restore', () => {
        // The print area is x 50–550, y 100–700 (user space y 100–700 → page y 100–700 with this view).
        const found = edges([OPS.save, OPS.eoClip, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.constructPath], [
            null,
            null,
            [28, [new Float32Array(rect(50, 100, 500, 600))], null],
            [OPS.fill, [new Float32Array(rect(60, -300, 1, 1500))], null], // a shaded cell's edge running off the page
            [OPS.stroke, [new Float32Array([0, 60, 50, 1, 300, 50])], null], // a rule below the print area
            null,
            [OPS.stroke, [new Float32Array([0, 60, 50, 1, 300, 50])], null],
        ]);
        assert.deepEqual(found.map((e) => [e.orientation, e.x0, e.y0, e.x1, e.y1]), [
            ['v', 60.5, 100, 60.5, 700],
            ['h', 60, 750, 300, 750],
        ]);
    });
    it('says where each text run starts and which clipping box it is drawn in', () => {
        const { runs } = readOperators([OPS.save, OPS.clip, OPS.constructPath, OPS.beginText, OPS.setTextMatrix, OPS.showText, OPS.restore, OPS.showText], [null, null, [28, [new Float32Array(rect(50, 100, 500, 600))], null], null, [[1, 0, 0, 1, 70, 690]], null, null, null], OPS, VIEW, page, DEFAULT_SETTINGS);
        assert.deepEqual(runs, [
            { x: 70, y: 110, clip: { x0: 50, y0: 100, x1: 550, y1: 700 } },
            { x: 70, y: 110, clip: null },
        ]);
    });
    it('ignores diagonal strokes and curves', () => {
        const found = edges([OPS.constructPath], [[OPS.stroke, [new Float32Array([0, 0, 0, 1, 100, 100, 2, 1, 1, 2, 2, 3, 3])], null]]);
        assert.deepEqual(found, []);
    });
});
//# sourceMappingURL=operators.test.js.map