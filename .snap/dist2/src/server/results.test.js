import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResultCache } from './results.js';
const json = (n) => ({ zh: { n }, en: { n } });
describe('ResultCache', () => {
    it('drops the least recently used past the count', () => {
        const cache = new ResultCache({ count: 2, bytes: 1e9 });
        const a = cache.add(json(1), null);
        const b = cache.add(json(2), null);
        assert.ok(cache.get(a.id), 'a is now the most recently used');
        const c = cache.add(json(3), null);
        assert.equal(cache.size, 2);
        assert.equal(cache.get(b.id), undefined);
        assert.ok(cache.get(a.id) && cache.get(c.id));
    });
    it('drops past the size, PDF bytes counted, but keeps the newest even when it alone is larger', () => {
        const cache = new ResultCache({ count: 100, bytes: 1000 });
        const small = cache.add(json(1), { name: 'a.pdf', bytes: new Uint8Array(400) });
        const second = cache.add(json(2), { name: 'a.pdf', bytes: new Uint8Array(400) });
        assert.equal(cache.size, 2);
        const big = cache.add(json(3), { name: 'a.pdf', bytes: new Uint8Array(5000) });
        assert.equal(cache.size, 1);
        assert.equal(cache.get(small.id), undefined);
        assert.equal(cache.get(second.id), undefined);
        assert.equal(cache.get(big.id)?.pdf?.bytes.byteLength, 5000);
    });
    it('ids are random UUIDs, never guessable from the content', () => {
        const cache = new ResultCache({ count: 10, bytes: 1e9 });
        const a = cache.add(json(1), null);
        const b = cache.add(json(1), null);
        assert.notEqual(a.id, b.id);
        assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
});
//# sourceMappingURL=results.test.js.map