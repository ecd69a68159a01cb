import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResultCache } from './results.js';

const json = (n: number) => ({ zh: { n }, en: { n } });
const pdf = (bytes: number) => ({ file: 'a.pdf', format: 'pdf' as const, holds: null, pdf: new Uint8Array(bytes) });

describe('ResultCache', () => {
  it('drops the least recently used past the count', () => {
    const cache = new ResultCache({ count: 2, bytes: 1e9 });
    const a = cache.add(json(1), []);
    const b = cache.add(json(2), []);
    assert.ok(cache.get(a.id), 'a is now the most recently used');
    const c = cache.add(json(3), []);
    assert.equal(cache.size, 2);
    assert.equal(cache.get(b.id), undefined);
    assert.ok(cache.get(a.id) && cache.get(c.id));
  });

  it('drops past the size, the bytes of every PDF of a document counted, but keeps the newest even when it alone is larger', () => {
    const cache = new ResultCache({ count: 100, bytes: 1000 });
    const small = cache.add(json(1), [pdf(400)]);
    const other = cache.add(json(2), [pdf(100)]);
    assert.equal(cache.size, 2);
    // 北京's two files: 300 + 300 bytes, with the 400 and 100 before past 1000: the oldest goes.
    const two = cache.add(json(3), [pdf(300), pdf(300)]);
    assert.equal(cache.size, 2);
    assert.equal(cache.get(small.id), undefined);
    assert.ok(cache.get(other.id) && cache.get(two.id));
    const big = cache.add(json(4), [pdf(5000)]);
    assert.equal(cache.size, 1);
    assert.equal(cache.get(two.id), undefined);
    assert.equal(cache.get(big.id)?.files[0]?.pdf?.byteLength, 5000);
  });

  it('ids are random UUIDs, never guessable from the content', () => {
    const cache = new ResultCache({ count: 10, bytes: 1e9 });
    const a = cache.add(json(1), []);
    const b = cache.add(json(1), []);
    assert.notEqual(a.id, b.id);
    assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
