import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../source/errors.js';
import { DEFAULT_LIMITS } from '../../source/limits.js';
import { ZipArchive } from './zip.js';
import { makeZip } from './zip-writer.test-helper.js';
const open = (bytes, limits = {}) => new ZipArchive(new Uint8Array(bytes), 'x.docx', { ...DEFAULT_LIMITS, ...limits });
describe('ZipArchive', () => {
    it('reads deflated entries by name', () => {
        const zip = open(makeZip([{ name: 'word/document.xml', data: '<w:document>预算</w:document>' }]));
        assert.equal(zip.text('word/document.xml'), '<w:document>预算</w:document>');
        assert.equal(zip.text('missing.xml'), null);
    });
    it('refuses a zip bomb from the directory, before inflating', () => {
        const bomb = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]);
        assert.ok(bomb.length < 100_000, 'the bomb is small');
        assert.throws(() => open(bomb), (e) => e instanceof InputError && /压缩炸弹/.test(e.zh));
    });
    it('refuses more entries or more uncompressed bytes than the limits', () => {
        const many = makeZip(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}`, data: 'x' })));
        assert.throws(() => open(many, { maxZipEntries: 10 }), /条目过多/);
        const big = makeZip([{ name: 'a', data: 'y'.repeat(5000) }]);
        assert.throws(() => open(big, { maxUncompressedBytes: 1000 }), /压缩炸弹/);
    });
    it('an entry that lies about its size cannot inflate past the claim', () => {
        const liar = makeZip([{ name: 'a', data: 'z'.repeat(100_000), claimedSize: 10 }]);
        assert.throws(() => open(liar).text('a'), (e) => e instanceof InputError);
    });
    it('a truncated archive is a clean error', () => {
        const whole = makeZip([{ name: 'a', data: 'hello '.repeat(100) }]);
        for (const cut of [10, 40, whole.length - 30, whole.length - 5])
            assert.throws(() => open(whole.subarray(0, cut)).text('a'), (e) => e instanceof InputError);
    });
    it('reads ZIP64 archives: sizes, offsets and the entry count from the 64-bit records', () => {
        const zip = open(makeZip([
            { name: 'a', data: 'alpha' },
            { name: 'b', data: '预算'.repeat(50) },
        ], { zip64: true }));
        assert.equal(zip.text('a'), 'alpha');
        assert.equal(zip.text('b'), '预算'.repeat(50));
        const many = makeZip([{ name: 'a', data: 'x' }], { zip64: true, claimedCount: 100_003 });
        assert.throws(() => open(many), (e) => e instanceof InputError && e.zh.includes('（100003，上限 5000）'));
        const huge = makeZip([{ name: 'a', data: 'y'.repeat(2000), claimedSize: 2 ** 31 }], { zip64: true });
        assert.throws(() => open(huge, { maxCompressionRatio: Number.POSITIVE_INFINITY }), (e) => e instanceof InputError && e.zh.includes('解压后 2147483648 字节，上限 536870912'));
    });
    it('refuses an XML entry over the XML limit before inflating it, naming the limit', () => {
        const zip = open(makeZip([{ name: 'word/document.xml', data: '<w:p/>'.repeat(1000) }]), { maxXmlBytes: 1000 });
        assert.throws(() => zip.text('word/document.xml'), (e) => e instanceof InputError && /XML 条目 word\/document.xml 过大（6000 字节，上限 1000）/.test(e.zh));
    });
});
//# sourceMappingURL=zip.test.js.map