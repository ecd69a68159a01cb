/**
 * Every rule that compares a narrative figure records it, true or false, with the cell of the figure
 * it is of; and one wrong figure is reported once, however many checks it makes fail.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../reader.js';
import { check } from './engine.js';
import { narrativeAmount } from './rules/narrative-amount.js';
import { narrativeChange } from './rules/narrative-change.js';
import { narrativeShare } from './rules/narrative-share.js';
import { narrativeSum } from './rules/narrative-sum.js';
import { outturnComparison } from './rules/outturn-comparison.js';
import { seed000ThreePublic } from './test-documents.js';
import type { Rule } from './types.js';

/** Seed 000's 三公 table and section (吉林省商务厅 2024, lines 1004–1006), with the narrative given. */
const threePublic = seed000ThreePublic;

const run = (rules: Rule[], lines: string[]) => check(readText(lines.join('\n'), 'case.txt'), { rules });

describe('checked claims of the change, share, sum and outturn rules', () => {
  it('a share, true or false, with the cell of its whole', () => {
    const result = run(
      [narrativeShare],
      threePublic(
        '2024 年“三公”经费预算数为 848.66 万元，其中：公务接待费 153.42 万元，占 18.08%；公务用车购置及运行费 48.24 万元，占 5.86%。',
      ),
    );
    assert.deepEqual(
      (result.claims ?? []).map((c) => [c.rule, c.figure, c.stated, c.expected, c.agrees, c.row, c.printed]),
      [
        ['narrative-share', 'share', '18.08', undefined, true, '合 计', '848.66'],
        ['narrative-share', 'share', '5.86', '5.68', false, '合 计', '848.66'],
      ],
    );
    assert.equal(result.claims?.[0]?.source.line, 10);
  });

  it('a change, true or false, with the cell of the figure it changed', () => {
    const agrees = run(
      [narrativeChange],
      threePublic('2024 年“三公”经费预算数为 848.66 万元，比上年减少 51.34 万元，下降 5.71%。'),
    );
    const differs = run(
      [narrativeChange],
      threePublic('2024 年“三公”经费预算数为 848.66 万元，比上年减少 51.34 万元，下降 6.71%。'),
    );
    const pick = (r: typeof agrees) =>
      (r.claims ?? []).map((c) => [c.figure, c.stated, c.expected, c.agrees, c.table, c.printed]);
    assert.deepEqual(pick(agrees), [['change', '51.34', undefined, true, 'three_public', '848.66']]);
    assert.deepEqual(pick(differs), [['change', '51.34', '5.70', false, 'three_public', '848.66']]);
  });

  it('a whole of stated parts, true or false, with the whole’s cell', () => {
    const text = (vehicle: string) =>
      threePublic(
        `2024 年“三公”经费预算数为 848.66 万元。其中：1.因公出国（境）费 647.00 万元。2.公务接待费 153.42 万元。3.公务用车购置及运行费 ${vehicle} 万元。`,
      );
    const pick = (vehicle: string) =>
      (run([narrativeSum], text(vehicle)).claims ?? []).map((c) => [c.figure, c.label, c.stated, c.expected, c.agrees, c.row]);
    assert.deepEqual(pick('48.24'), [['sum', '三公经费', '848.66', undefined, true, '合 计']]);
    assert.deepEqual(pick('40.24'), [['sum', '三公经费', '848.66', '840.66', false, '合 计']]);
  });

  it('an outturn’s comparison word, true or false (规划和自然资源局 2024 决算 wording)', () => {
    const lines = (word: string) => [
      '某某局2024年部门决算',
      '第三部分 情况说明',
      '一、一般公共预算财政拨款支出决算情况',
      `一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。决算数${word}年初预算数的主要原因是项目结转。`,
    ];
    const pick = (word: string) =>
      (run([outturnComparison], lines(word)).claims ?? []).map((c) => [c.figure, c.stated, c.expected, c.agrees]);
    assert.deepEqual(pick('小于'), [['comparison', '决算数小于年初预算', undefined, true]]);
    assert.deepEqual(pick('大于'), [['comparison', '决算数大于年初预算', '小于', false]]);
  });
});

describe('one fact, one finding', () => {
  it('a narrative item of 0 against the table’s 48.24 is not reported again as its section’s parts missing the total by 48.24 (seed 000, line 1004)', () => {
    const lines = threePublic(
      '2024 年“三公”经费预算数为 848.66 万元。其中：1.因公出国（境）费 647.00 万元。2.公务接待费 153.42 万元。3.公务用车购置及运行费 0 万元。',
    );
    const both = run([narrativeAmount, narrativeSum], lines).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      both.map((f) => [f.rule, f.expected, f.actual]),
      [['narrative-amount', '48.24', '0']],
    );
    // Alone, the sum rule still reports it: nothing was lost, only the repetition.
    assert.equal(run([narrativeSum], lines).findings.filter((f) => f.severity === 'error').length, 1);
    // The repetition is kept back, not dropped: a comparison of two checks can still tell it is not new.
    assert.deepEqual(
      run([narrativeAmount, narrativeSum], lines).merged?.map((f) => [f.rule, f.difference]),
      [['narrative-sum', '48.24']],
    );
    // The sum's claim is still recorded as false for the narrative panel.
    assert.equal(run([narrativeAmount, narrativeSum], lines).claims?.find((c) => c.rule === 'narrative-sum')?.agrees, false);
  });

  it('a sum off by another amount than each wrong figure in it is another fact and is kept', () => {
    const lines = threePublic(
      '2024 年“三公”经费预算数为 850.00 万元。其中：1.因公出国（境）费 647.00 万元。2.公务接待费 150.00 万元。3.公务用车购置及运行费 48.24 万元。',
    );
    const errors = run([narrativeAmount, narrativeSum], lines).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => [f.rule, f.expected, f.actual]),
      [
        ['narrative-amount', '848.66', '850.00'],
        ['narrative-amount', '153.42', '150.00'],
        ['narrative-sum', '845.24', '850.00'],
      ],
    );
  });
});
