import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameName } from '../rules/rules/classification-codes.js';
import { compileObserved, observedCode, printedAsObserved } from './observed.js';

describe('codes printed in 2026 disclosures (evidence/observed-2026.csv)', () => {
  it('gives the name most cities print and how many cities print it', () => {
    const code = observedCode('function', 2026, '2040605');
    assert.equal(code?.name, '普法宣传');
    assert.equal(code?.cities, 2);
    assert.equal(observedCode('economic-department', 2026, '30213')?.name, '维修（护）费');
  });

  it('compiles the CSV rows of its three schemes, names in the order printed most first', () => {
    const csv = [
      'code,kind,name_most_common,occurrences,n_city_folders,city_folders,name_variants(count)',
      '2014004,function(支出功能分类),信访业务,14,4,005_广州|015_长沙|017_福州|020_西安,信访业务(11); 接待中心安保服务(1)',
      '20103,function(支出功能分类),政府办公厅（室）及相关机构事务,16,4,001_上海,政府办公厅（室）及相关机构事务(12); 政府办公厅(室)及相关机构事务(2)',
      '31206,dept_economic(部门预算支出经济分类),其他资本性补助,13,1,017_福州,其他资本性补助(13)',
      '21000,function(支出功能分类),平方米,2,1,004_重庆,平方米(2)',
    ].join('\n');
    assert.deepEqual(JSON.parse(compileObserved(csv)), {
      function: {
        '2014004': ['信访业务', 4, ['信访业务', '接待中心安保服务']],
        '20103': ['政府办公厅（室）及相关机构事务', 4, ['政府办公厅（室）及相关机构事务', '政府办公厅(室)及相关机构事务']],
      },
      'economic-department': { '31206': ['其他资本性补助', 1, ['其他资本性补助']] },
    });
  });

  it('takes no figure or unit read as a code (21000 “平方米”, 31000 “万元”: no 款 is numbered 00)', () => {
    assert.equal(observedCode('function', 2026, '21000'), null);
    assert.equal(observedCode('economic-department', 2026, '31000'), null);
  });

  it('knows nothing of a year no documents were observed for', () => {
    assert.equal(observedCode('function', 2024, '2040605'), null);
  });

  it('accepts any name printed with the code (2040201: 行政运行 and the 日常公用经费 of project tables), no other', () => {
    const code = observedCode('function', 2026, '2040201');
    assert.ok(code);
    assert.ok(printedAsObserved(code, '行政运行', sameName));
    assert.ok(printedAsObserved(code, '日常公用经费', sameName));
    assert.ok(!printedAsObserved(code, '事业运行', sameName));
  });
});
