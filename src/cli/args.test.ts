import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs, UsageError } from './args.js';

describe('serve options', () => {
  it('--uploads names where the originals of uploads are kept (none: beside the store)', () => {
    assert.equal(parseArgs(['serve']).uploads, null);
    assert.equal(parseArgs(['serve', '--uploads', '/srv/originals']).uploads, '/srv/originals');
    assert.equal(parseArgs(['serve', '--uploads=原件']).uploads, '原件');
    assert.throws(() => parseArgs(['serve', '--uploads']), UsageError);
  });
});
