import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALTERNATIVE_WAYS, CHANGE_WORD, directionOf, OPPOSITE_WORD, TWO_WAYS } from './narrative-vocabulary.js';

describe('narrative vocabulary: direction words', () => {
  it('pairs each turnable word with a word of the vocabulary saying the other way, both ways', () => {
    for (const [word, opposite] of Object.entries(OPPOSITE_WORD)) {
      const way = directionOf(word);
      assert.ok(way === 1 || way === -1, word);
      assert.equal(directionOf(opposite), -way, `${word} ↔ ${opposite}`);
      assert.equal(OPPOSITE_WORD[opposite], word, `${opposite} turns back to ${word}`);
    }
    // The subset the recall turns: every one a change word of the vocabulary.
    for (const word of Object.keys(OPPOSITE_WORD)) assert.ok(CHANGE_WORD.up.test(word) || CHANGE_WORD.down.test(word), word);
  });
  it('finds two direction words side by side and a template’s alternatives, in every word of the vocabulary', () => {
    assert.deepEqual(TWO_WAYS.exec('比上年增加减少105.13万元')?.slice(1), ['增加', '减少']);
    assert.deepEqual(TWO_WAYS.exec('比上年提高降低5%')?.slice(1), ['提高', '降低']);
    assert.equal(TWO_WAYS.exec('比上年增加105.13万元，下降5%'), null);
    assert.deepEqual(
      [...'下降（增长）27.78%，上升(降低)3%'.matchAll(ALTERNATIVE_WAYS)].map((m) => [m[1], m[2]]),
      [
        ['下降', '增长'],
        ['上升', '降低'],
      ],
    );
    assert.deepEqual([...'因公出国（境）费增加（其中：购置）'.matchAll(ALTERNATIVE_WAYS)], []);
  });
});
