import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText, piecesFromItems } from './text.js';

describe('text pieces', () => {
  it('normalises full-width forms and drops invisible characters', () => {
    assert.equal(normalizeText('１２３．４５\u200b（万元）'), '123.45(万元)');
  });
  it('splits a run padded with spaces into cells, sharing out its width', () => {
    const [a, b] = piecesFromItems(
      [{ str: '合计    100', transform: [10, 0, 0, 10, 50, 700], width: 50, height: 10 }],
      [1, 0, 0, -1, 0, 800],
    );
    assert.equal(a?.text, '合计');
    assert.equal(b?.text, '100');
    assert.ok((a?.x1 ?? 0) < (b?.x0 ?? 0));
    assert.equal(a?.baseline, 100);
  });
});
