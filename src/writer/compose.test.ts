import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { KIND_NAMES } from '../model/kinds.js';
import { readText } from '../reader.js';
import { NATIONAL_BUDGET_TABLES, NATIONAL_FINAL_ACCOUNT_TABLES } from '../rules/profiles.js';
import { chineseNumeral, composeDisclosure } from './compose.js';
import { WRITER_PROFILES, writerProfile } from './profiles.js';

/** 阳泉市商务局's 2024 unit budget (seed 003): its tables are the writer's input. */
const SEED = readFileSync(join(projectRoot, 'tests', 'fixtures', 'seeds', '003_07ebbe8a85530ef6.txt'), 'utf8');

describe('writer profiles and parts', () => {
  it('lists each template family, with the checker profile it is checked by', () => {
    assert.deepEqual(
      WRITER_PROFILES.map((p) => p.id),
      ['national-budget', 'national-final-account', 'shanghai-budget', 'guangzhou-budget', 'zhejiang-budget', 'beijing-budget'],
    );
    const budget = writerProfile('national-budget')?.parts.find((p) => p.part === 'tables');
    assert.ok(budget && budget.part === 'tables');
    // The national eight first, by the checker's own titles (no second copy).
    assert.deepEqual(budget.tables.slice(0, 8), NATIONAL_BUDGET_TABLES);
    const final = writerProfile('national-final-account')?.parts.find((p) => p.part === 'tables');
    assert.ok(final && final.part === 'tables');
    assert.deepEqual(final.tables, NATIONAL_FINAL_ACCOUNT_TABLES);
  });

  it('writes the parts in order: cover, 目录, 概况 with markers, tables with their empty statement, 情况说明, 名词解释', () => {
    const doc = readText(SEED, 'seed.txt');
    const written = composeDisclosure(
      { document: doc, texts: { 主要职能: '负责全市商务工作。' } },
      writerProfile('national-budget') as never,
    );
    const texts = written.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
    assert.equal(written.blocks[0]?.type, 'title');
    assert.equal(texts[0], '阳泉市商务局2024年单位预算');
    assert.ok(written.blocks.some((b) => b.type === 'toc' && b.entries.some((e) => e.text === '八、政府性基金预算支出表')));
    assert.ok(texts.includes('负责全市商务工作。'));
    assert.ok(texts.includes('【待补充：机构设置】'));
    assert.ok(texts.includes(`注：本单位2024年无${KIND_NAMES.gov_fund_expenditure.replace(/表$/, '')}，故本表无数据。`));
    assert.ok(
      texts.includes('2024年本单位支出预算695.96万元，其中：基本支出624.11万元，占89.68%；项目支出71.85万元，占10.32%。'),
    );
    assert.deepEqual(
      written.missing.map((m) => m.key),
      ['机构设置', '名词解释', '政府采购情况', '国有资产占用情况'],
    );
    // The 支出总表's 201 line, printed with its code and every amount in 万元.
    const lines = written.blocks.flatMap((b) =>
      b.type === 'table' ? b.grid.body.map((r) => r.map((c) => c.text).join('|')) : [],
    );
    assert.ok(lines.includes('201|一般公共服务支出|348.07|328.22|19.85'));
  });

  it('numbers headings in Chinese', () => {
    assert.deepEqual([1, 9, 10, 12, 20, 21].map(chineseNumeral), ['一', '九', '十', '十二', '二十', '二十一']);
  });
});
