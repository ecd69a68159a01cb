import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sniff, sourceFromBytes } from './load.js';

describe('format sniffing from the content', () => {
  it('recognises PDF, Office zips, HTML and text', () => {
    assert.equal(sniff(Buffer.from('%PDF-1.7\n...')), 'pdf');
    assert.equal(sniff(Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('....word/document.xml')])), 'docx');
    assert.equal(sniff(Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('....xl/workbook.xml')])), 'xlsx');
    assert.equal(sniff(Buffer.from('<!DOCTYPE html><html><body>')), 'html');
    assert.equal(sniff(Buffer.from('收支预算总表\n单位：万元\n', 'utf8')), 'text');
  });
  it('calls binary what is binary (NUL bytes, invalid UTF-8) and knows legacy Office (OLE2)', () => {
    assert.equal(sniff(Buffer.from([0x41, 0x00, 0x42])), 'unknown-binary');
    assert.equal(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])), 'ole');
    assert.equal(sniff(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46])), 'unknown-binary');
  });
  it('knows a GB18030 page by its tag after an ideographic space, and GB18030 text without tags as binary', () => {
    // 　<html> then 预算 in GB18030 (A1A1 is U+3000, Ô¤Ëã is 预算), as pages saved by older editors begin.
    const gbk = (...parts: Array<string | number[]>) =>
      Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
    assert.equal(sniff(gbk([0xa1, 0xa1], '<html><body>', [0xd4, 0xa4, 0xcb, 0xe3])), 'html');
    assert.equal(sniff(gbk([0xa1, 0xa1, 0xd4, 0xa4, 0xcb, 0xe3], '\n', [0xd4, 0xa4, 0xcb, 0xe3])), 'unknown-binary');
  });
});

describe('the sha256 of a source', () => {
  it('is computed when first read, and then reads, spreads, serialises and is replaced as a plain value', () => {
    const bytes = Buffer.from('收支预算总表\n单位：万元\n', 'utf8');
    const expected = createHash('sha256').update(bytes).digest('hex');
    const source = sourceFromBytes('a.txt', bytes);
    assert.equal(typeof Object.getOwnPropertyDescriptor(source, 'sha256')?.get, 'function');
    assert.equal(JSON.parse(JSON.stringify({ ...source, bytes: null })).sha256, expected);
    assert.deepEqual(Object.getOwnPropertyDescriptor(source, 'sha256'), {
      value: expected,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    assert.deepEqual(Object.keys(source), ['file', 'bytes', 'sha256', 'format']);
    const other = sourceFromBytes('b.txt', bytes);
    other.sha256 = 'given';
    assert.equal(other.sha256, 'given');
  });
});
