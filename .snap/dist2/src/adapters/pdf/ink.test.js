import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settleUnseen, textInk } from './ink.js';
describe('the ink of a text run', () => {
    it('by render mode and colours: Tr 3 and 7 draw nothing, white on white is unseen, a black stroke shows', () => {
        assert.deepEqual([
            textInk(0, '#000000', '#000000'),
            textInk(3, '#000000', '#000000'),
            textInk(7, '#000000', '#000000'),
            textInk(0, '#ffffff', '#000000'),
            textInk(2, '#ffffff', '#000000'),
            textInk(1, '#000000', '#fefefe'),
        ], ['visible', 'none', 'none', 'white', 'visible', 'white']);
    });
    it('over an image a run is its text layer; white over a dark fill is seen; elsewhere it stays hidden', () => {
        const layer = { x: 100, y: 100, clip: null, hidden: true };
        const header = { x: 100, y: 300, clip: null, hidden: true };
        const under = { x: 100, y: 500, clip: null, hidden: true };
        const textLayer = settleUnseen([
            { run: layer, ink: 'none' },
            { run: header, ink: 'white' },
            { run: under, ink: 'white' },
        ], [{ x0: 50, y0: 50, x1: 550, y1: 250 }], () => [{ x0: 60, y0: 290, x1: 300, y1: 310 }]);
        assert.deepEqual([textLayer, layer.hidden, header.hidden, under.hidden], [true, false, false, true]);
    });
});
//# sourceMappingURL=ink.test.js.map