import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { piece } from './layout/geometry.test-helper.js';
import { collapseOverprints } from './overprint.js';
describe('strings drawn twice at one place', () => {
    it('reads a title overprinted 0.3 pt aside (fake bold) once', () => {
        const kept = collapseOverprints([piece('收支总表', 200, 80), piece('收支总表', 200.3, 80.2), piece('单位：万元', 480, 100)]);
        assert.deepEqual(kept.map((p) => [p.text, p.x0]), [
            ['收支总表', 200],
            ['单位：万元', 480],
        ]);
    });
    it('keeps the same amount in the next column, and on the next row', () => {
        const pieces = [piece('0.00', 300, 200, 20), piece('0.00', 340, 200, 20), piece('0.00', 300, 214, 20)];
        assert.equal(collapseOverprints(pieces), pieces);
    });
});
//# sourceMappingURL=overprint.test.js.map