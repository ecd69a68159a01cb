import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { checkDocument } from '../check.js';
import type { Finding } from '../model/types.js';
import { readText } from '../reader.js';
import { seed000ThreePublic } from '../rules/test-documents.js';
import { FAMILIES, mutationsOf, sameOrigin, transposeDigits } from './mutations.js';
import { measure, pointsAt, sample } from './score.js';

describe('transposeDigits', () => {
  it('swaps the first two different adjacent digits of the integer part', () => {
    assert.equal(transposeDigits('2,961.68'), '2,691.68');
    assert.equal(transposeDigits('2961.68'), '9261.68');
    assert.equal(transposeDigits('36.88'), '63.88');
  });
  it('never makes a leading zero; a number without such a pair gets its first digit raised', () => {
    assert.equal(transposeDigits('10.00'), '20.00');
    assert.equal(transposeDigits('5.26'), '6.26');
    assert.equal(transposeDigits('0.00'), '1.00');
    assert.equal(transposeDigits('9'), '1');
  });
});

describe('mutations of a seed (001, 2025 预算, 12 tables and a narrative)', () => {
  const file = join(projectRoot, 'tests', 'fixtures', 'seeds', '001_91a79292973e8735.txt');
  const doc = readText(readFileSync(file, 'utf8'), file);
  const base = checkDocument(doc);
  const all = mutationsOf(doc, base.claims ?? []);

  // Its tables print no code beside a name (the 功能科目 are names only) and no 三公 items.
  it('makes mutations of every family the seed allows', () => {
    for (const family of FAMILIES.filter((f) => f !== 'three-public' && f !== 'code-name'))
      assert.ok(all[family].length > 0, family);
  });

  it('changes one datum and keeps its origin; the document read stays as it was', () => {
    const before = JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    for (const m of all.detail.slice(0, 5)) {
      const table = m.target.table;
      assert.ok(table);
      const original = doc.tables.find((t) => sameOrigin(t.source, table.source));
      assert.ok(original);
      const changed = table.rows.filter((r, i) => r !== original.rows[i]);
      assert.equal(changed.length, 1);
      assert.ok(sameOrigin(changed[0]?.source, original.rows[table.rows.indexOf(changed[0] as never)]?.source));
    }
    for (const m of all['narrative-amount']) {
      const changed = m.doc.narrative.filter((s, i) => s !== doc.narrative[i]);
      assert.equal(changed.length, 1);
      assert.ok(sameOrigin(changed[0]?.source, m.target.section));
      assert.ok(changed[0]?.text.includes(m.target.marks[0] as string));
    }
    assert.equal(
      JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
      before,
    );
  });

  it('a finding points at a narrative mutation only in its section and quoting the figure written in', () => {
    const m = all['narrative-amount'][0];
    assert.ok(m?.target.section);
    const at = (message: string, source = m.target.section): Finding => ({ rule: 'x', severity: 'error', message, source });
    assert.equal(pointsAt(at(`称 ${m.target.marks[0]} 万元`), m), true);
    assert.equal(pointsAt(at('称 1.00 万元'), m), false);
    assert.equal(pointsAt(at(`称 ${m.target.marks[0]} 万元`, { file: 'other.txt', line: 1 }), m), false);
  });

  it('samples the same mutations for the same seed, at most N per family', () => {
    const a = sample(all, 2, 13).map((m) => m.describe);
    const b = sample(all, 2, 13).map((m) => m.describe);
    assert.deepEqual(a, b);
    for (const family of FAMILIES) assert.ok(sample(all, 2, 13).filter((m) => m.family === family).length <= 2);
  });
});

/** 重庆 气象局 2026 二、部门收支总体情况 (p.1): changes stated without percentages or prior figures. */
describe('the direction family: what the document can tell', () => {
  const text = (sentence: string) =>
    ['重庆市气象局2026年部门预算情况说明', '二、部门收支总体情况', `收入预算14,770.62万元。${sentence}`].join('\n');
  const read = (sentence: string) => readText(text(sentence), 'chongqing.txt');
  const directions = (sentence: string) => {
    const doc = read(sentence);
    return mutationsOf(doc, checkDocument(doc).claims ?? []).direction;
  };
  const listed =
    '收入比2025年增加2,515.39万元，主要是一般公共预算拨款增加552.5万元，政府性基金预算资金增加579.89万元，事业收入资金增加388万元，其他收入资金增加995万元。';

  it('a change listed with its whole and the other parts, all adding up, is knowable, and a turned word is found', () => {
    const all = directions(listed);
    assert.equal(all.length, 5);
    assert.ok(all.every((m) => m.knowable !== false));
    const results = measure(read(listed), 10, 13).filter((r) => r.family === 'direction');
    assert.deepEqual(
      results.filter((r) => !r.found || r.stray.length > 0).map((r) => r.describe),
      [],
    );
  });

  it('a change stated alone is not, and says why', () => {
    const [only] = directions('其他收入资金比2025年增加995万元。');
    assert.equal(only?.knowable, false);
    assert.match(only?.unknowable ?? '', /没有百分比/);
  });

  it('a change its reason names the way of is knowable, and a turned word is found (上海 单位预算 wording)', () => {
    const reasoned = '财政拨款收入比2025年预算增加156万元。财政拨款收入增加的主要原因是项目预算增加。';
    const [only] = directions(reasoned);
    assert.notEqual(only?.knowable, false);
    const results = measure(read(reasoned), 10, 13).filter((r) => r.family === 'direction');
    assert.deepEqual(
      results.map((r) => [r.found, r.stray.length]),
      [[true, 0]],
    );
  });
});

describe('new findings: what the mutation made, not what the document had', () => {
  // Seed 000's narrative states 公务用车购置及运行费 0 beside the table's 48.24: its 三公 parts miss the whole
  // by 48.24, one fact with the comparison with the table, shown once. Changed to 84.24, the comparison
  // names the new figure and the sum's finding (the document's own, unchanged) surfaces.
  const doc = readText(
    seed000ThreePublic(
      '2024 年“三公”经费预算数为 848.66 万元。其中：1.因公出国（境）费 647.00 万元。2.公务接待费 153.42 万元。3.公务用车购置及运行费 0 万元。',
    ).join('\n'),
    'seed-000-like.txt',
  );
  it('a finding the document already had, kept back as the same fact, is not a false new one', () => {
    const results = measure(doc, 10, 13).filter((r) => r.describe.includes('公务用车费'));
    assert.ok(results.length > 0);
    assert.deepEqual(
      results.map((r) => [r.found, r.stray]),
      results.map(() => [true, []]),
    );
  });
});

describe('the placeholder family: what is new', () => {
  it('a placeholder written into a section that still holds one is no new fact (上海 决算 template)', () => {
    const doc = readText(
      [
        '上海市某某局2024年度部门决算情况说明',
        '二、收入决算情况说明',
        '本年收入合计 XXX 万元，其中：财政拨款收入 1,234.56 万元。',
        '三、支出决算情况说明',
        '本年支出合计 2,345.67 万元。',
      ].join('\n'),
      'template.txt',
    );
    const placeholders = mutationsOf(doc, []).placeholder;
    assert.deepEqual(
      placeholders.map((m) => [m.describe, m.knowable ?? true]),
      [
        ['“收入决算情况说明”: 1,234.56 万元 → XXX 万元', false],
        ['“支出决算情况说明”: 2,345.67 万元 → XXX 万元', true],
      ],
    );
  });
});
