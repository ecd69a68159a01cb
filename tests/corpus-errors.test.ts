/**
 * End-to-end checks of real 2026 budgets from ../shared/corpus: the exact set of error findings on
 * documents of several templates, each verified by hand against the PDF (docs/corpus-findings.md has
 * the arithmetic). A false error fails this test as surely as a missed one. The corpus is not part of
 * the repository: without ../shared the test skips, naming what is missing.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import { groupDocuments } from '../src/model/document-set.js';
import type { Finding } from '../src/model/types.js';
import { readDocument } from '../src/reader.js';
import { sharedDir } from './paths.js';

type Expected = Array<[rule: string, page: number, expected?: string, actual?: string]>;

const EXPECTED: Record<string, Expected> = {
  // 苏州 template: every table ties, the 政府采购支出表's purchases are no classification tree.
  'suzhou/shenji-2026.pdf': [],
  // 公开07表 一般公共预算支出表 prints 222 粮油物资储备支出 388.25 but its 合计 leaves it out.
  'suzhou/ziran-guihua-2026-unit.pdf': [
    ['hierarchy-sum', 20, '9466.77', '9078.52'],
    ['hierarchy-sum', 20, '4644.55', '4256.30'],
  ],
  // 广州 发改委: its 情况说明 is justified, every character spaced (1 5 5 , 7 2 3 . 3 9 万 元): nothing is wrong.
  'guangzhou/fagai-2026.pdf': [],
  // 广东 template, per-unit 基本支出表 with a 监狱 among the units: nothing is wrong.
  'guangzhou/sifa-2026.pdf': [],
  // 上海 unit budget: 收入总计 left blank (0) against its items' 195,774,300 (and 支出总计's: one fact).
  'shanghai/shenji-2026-unit.pdf': [
    ['balance', 7, '195774300', '0'],
    ['cross-table', 9, '0', '195774300'],
  ],
  // 湖州: the fiscal table's income side leaves out money its 类 spend; 200.00 of 经营支出 in the project table.
  'huzhou/jiaotong-2026.pdf': [
    ['cross-table', 28, '52244.36', '35673.03'],
    ['cross-table', 28, '139963.40', '7000.00'],
    ['cross-table', 38, '171262.41', '171462.41'],
    // Its 情况说明 states 财政拨款收支总预算 192,207.76 (52,244.36 + 139,963.40, the 收支总表's funds).
    ['narrative-amount', 7, '42673.03', '192207.76'],
  ],
  // 湖州 退役军人事务局: five percentages printed whole with a decimal (增长 4.0% for 268.28 of 5,988.03 = 4.48%).
  'huzhou/tuiyi-2026.pdf': [
    ['narrative-change', 5, '4.5', '4.0'],
    ['narrative-change', 6, '4.2', '4.0'],
    ['narrative-change', 9, '95.8', '95.0'],
    ['narrative-change', 10, '9.3', '9.0'],
    ['narrative-change', 10, '4.86', '4.00'],
  ],
  // 湖州 卫健委: as 交通运输局, the fiscal table's income (38,191.21) against the 收支总表's and the 情况说明's.
  'huzhou/weijian-2026.pdf': [
    ['narrative-amount', 8, '38191.21', '64618.75'],
    ['cross-table', 33, '37018.75', '25591.21'],
    ['cross-table', 33, '27600.00', '12600.00'],
  ],
  // 湖州 财政局: the 财政拨款收支预算总表's title is drawn cell by cell, each part clipped to its cell: nothing is wrong.
  'huzhou/caizheng-2026.pdf': [],
  // 烟台 信访局: 20140 信访事务 prints 524.00 of 项目支出 that no 项 under it carries, in three tables.
  'yantai/xinfang-2026.pdf': [
    ['hierarchy-sum', 7, '854.84', '1378.84'],
    ['hierarchy-sum', 9, '854.84', '1378.84'],
    ['hierarchy-sum', 9, '0.00', '524.00'],
    ['hierarchy-sum', 13, '854.84', '1378.84'],
    ['hierarchy-sum', 13, '0.00', '524.00'],
  ],
  // 烟台 民政局: 差旅费 prints 一般公共预算 5.50 under a 小计 and 合计 of 4.50: one wrong cell, one finding
  // (its 小计, its 合计 and 302's 一般公共预算 all miss it by 1.00).
  'yantai/minzheng-2026.pdf': [['hierarchy-sum', 24, '117.37', '116.37']],
  // 长春 信访局: 当年预算 小计 0.00 beside 项目支出 458.00 / 16.56; 301 and 302 not the sum of their 款; 30208 twice;
  // 30213 misprinted 维护（护）费 (the 2024 list and seven cities' 2026 documents print 维修（护）费).
  'changchun/xinfang-2026.pdf': [
    ['hierarchy-sum', 8, '903.85', '1378.41'],
    ['row-identity', 8, '0.00', '458.00'],
    ['row-identity', 8, '0.00', '16.56'],
    ['hierarchy-sum', 11, '920.96', '911.21'],
    ['hierarchy-sum', 11, '221.37', '211.00'],
    ['classification-codes', 11, '取暖费', '物业管理费'],
    ['classification-codes', 11, '维修（护）费', '维护(护)费'],
  ],
  // 烟台 文旅局: the project table's 合计 is its 项目支出 plus 上年结转; "增加（减少）的主要原因" names a topic.
  'yantai/wenlv-2026.pdf': [],
  // 北京, a 情况说明 checked with its 报表 (files joined by " + "): each 三公 item's figure, under a numbered
  // paragraph naming it, is the 预算09表's (14.85, 2.85, 0).
  'beijing/xinfang-2026-sm.pdf + beijing/xinfang-2026-bb.pdf': [],
  // 北京 军民融合办: 项目支出 7,077.06 in every total and no row, 1,905.00 in no 类 (报表 pp. 2–8); the 预算09表
  // (报表 p. 13) leaves the vehicles 小计 blank over 18.69 + 4.83, which the 情况说明 (p. 5) states as 23.52.
  'beijing/junmin-ronghe-2026-sm.pdf + beijing/junmin-ronghe-2026-bb.pdf': [
    ['balance', 2, '7246.309668', '9151.309668'],
    ['hierarchy-sum', 5, '2074.253418', '9151.309668'],
    ['hierarchy-sum', 5, '0.000000', '7077.056250'],
    ['narrative-amount', 5, '0.00', '23.52'],
    ['balance', 6, '7246.309668', '9151.309668'],
    ['hierarchy-sum', 8, '2074.253418', '9151.309668'],
    ['hierarchy-sum', 8, '0.000000', '7077.056250'],
    ['three-public-sum', 13, '23.520000', '0.000000'],
  ],
};

const corpusDir = join(sharedDir, 'corpus');

describe('checking real budgets of the corpus: exactly the errors verified by hand', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    const paths = file.split(' + ').map((f) => join(corpusDir, f));
    const missing = paths.find((path) => !existsSync(path));
    const skip = missing ? `${missing} is missing (../shared/corpus beside the clone)` : false;
    it(file, { skip }, async () => {
      // The files of one disclosure are checked together, as `check a.pdf b.pdf` does.
      const [doc, ...others] = groupDocuments(await Promise.all(paths.map((path) => readDocument(path))));
      assert.ok(doc && others.length === 0, `${file} is one disclosure`);
      const errors = checkDocument(doc).findings.filter((f: Finding) => f.severity === 'error');
      const got = errors.map((f) => JSON.stringify([f.rule, f.source?.page ?? 0, f.expected, f.actual]));
      const want = expected.map((e) => JSON.stringify(e));
      assert.deepEqual(got.sort(), want.sort(), errors.map((f) => f.message).join('\n'));
    });
  }
});
