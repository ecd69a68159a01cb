import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Paragraph } from '../adapters/blocks.js';
import { readMeta } from './meta.js';

const paras = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ type: 'para', text, line: i + 1 }));

describe('document meta from the front matter', () => {
  it('reads a cover that names the department before the year', () => {
    const meta = readMeta(paras('长春市信访局(本级) 2026年度部门预算公开', '目录'));
    assert.equal(meta.year, 2026);
    assert.equal(meta.department, '长春市信访局(本级)');
  });
  it('reads a cover printing the year first, the department inside (烟台: 2026年烟台市财政局部门预算)', () => {
    const meta = readMeta(
      paras('2026年烟台市财政局部门预算', '目录', '第一部分 部门概况', '二、机构设置情况', '第二部分 2026年部门预算表'),
    );
    assert.deepEqual(meta, {
      title: '2026年烟台市财政局部门预算',
      department: '烟台市财政局',
      year: 2026,
      phase: 'budget',
      scope: 'department',
    });
  });
  it('reads a year written in Chinese numerals', () => {
    const meta = readMeta(paras('某某市民政局二〇二六年部门预算'));
    assert.equal(meta.year, 2026);
    assert.equal(meta.department, '某某市民政局');
  });
  it('does not take a part heading for a year-first cover', () => {
    const meta = readMeta(paras('第二部分 2026年部门预算表'));
    assert.equal(meta.department, null);
    assert.equal(meta.year, 2026);
  });
  it('reads a cover that prints the year on its own line above the name (广州 fagai-2026 p.1)', () => {
    const meta = readMeta(
      paras('2026年', '广州市发展和改革委员会部门预算', '目 录', '三、部门预算构成', '第二部分 2026年部门预算表'),
    );
    assert.equal(meta.department, '广州市发展和改革委员会');
    assert.equal(meta.year, 2026);
    assert.equal(meta.phase, 'budget');
    assert.equal(meta.scope, 'department');
  });
  it('reads the cover title when its two lines were joined into one paragraph', () => {
    const meta = readMeta(paras('2026年广州市人民政府国有资产监督管理委员会部门预算', '目 录'));
    assert.equal(meta.department, '广州市人民政府国有资产监督管理委员会');
  });
  it('still reads a title naming the department before the year', () => {
    const meta = readMeta(paras('上海市普陀区规划和自然资源局2024年度部门预算'));
    assert.equal(meta.department, '上海市普陀区规划和自然资源局');
    assert.equal(meta.year, 2024);
  });
});
