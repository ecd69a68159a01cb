import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sizeText, tooLarge } from './errors.js';

describe('an upload limit as a person reads it', () => {
  it('in MB, KB or bytes, one decimal when not whole', () => {
    assert.deepEqual(sizeText(50 * 1024 * 1024), { zh: '50 MB', en: '50 MB' });
    assert.deepEqual(sizeText(4000), { zh: '3.9 KB', en: '3.9 KB' });
    assert.deepEqual(sizeText(1536), { zh: '1.5 KB', en: '1.5 KB' });
    assert.deepEqual(sizeText(900), { zh: '900 字节', en: '900 bytes' });
  });

  it('the serve default (50 MB) in the 413', () => {
    const error = tooLarge(52_428_800, 'big.pdf');
    assert.equal(error.message, '上传过大（上限 50 MB） / upload too large (the limit is 50 MB)');
    assert.equal(error.file, 'big.pdf');
  });
});
