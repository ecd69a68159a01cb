import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnMeaning, groupHolds } from './column-keys.js';

const key = (...path: string[]) => columnMeaning(path).key;

describe('column keys from header paths', () => {
  it('合计 takes the key of its group', () => {
    assert.equal(key('合计'), 'total');
    assert.equal(key('基本支出', '小计'), 'basic');
    assert.equal(key('本年收入', '合计'), 'current_year');
    assert.equal(key('上年结转结余', '合计'), 'carryover');
    assert.equal(key('2024年预算数', '合计'), 'total');
    assert.equal(key('一般公共预算基本支出', '合计'), 'total');
  });
  it('reads fund columns and their carry-over', () => {
    assert.equal(key('本年预算', '财政拨款收入', '一般公共 预算收入'), 'general_budget');
    assert.equal(key('上年结转结余', '财政拨款结转', '政府 性基 金预 算拨 款结 转'), 'carryover_gov_fund');
    assert.equal(key('上年结转结余', '非财政拨款 结转结余', '财政 专户 管理 资金 结转 结余'), 'carryover_fiscal_special_account');
    assert.equal(key('本年预算', '财政拨款', '国有资本经营预算'), 'state_capital');
    assert.equal(key('上年结转结余', '财政拨款结转', '一般公共预算'), 'carryover_general_budget');
  });
  it('knows the expenditure columns and their printed variants', () => {
    assert.equal(key('上解上级     支出'), 'remit_superior');
    assert.equal(key('经营支出'), 'business');
    assert.equal(key('基本支出', '人员经费'), 'personnel');
    // 浙江's 支出预算总表 and 一般公共预算支出表.
    assert.equal(key('基本支出', '人员支出'), 'personnel');
    assert.equal(key('基本支出', '日常公用支 出'), 'public_use');
    assert.equal(key('2025 年预 算数'), 'total');
    // 广州 fagai-2026 p.15 and p.17: 一般公共预算支出 › 其中：基本支出; 部门预算支出经济科目 | 预算.
    assert.equal(key('一般公共预算支出', '其中：基本支出'), 'basic');
    assert.equal(key('预算'), 'total');
    assert.equal(columnMeaning(['功能科目名称']).role, 'label');
  });
  it('项目编号 of a 政府采购预算明细表 (A 货物, C 服务) numbers lines, it is no amount', () => {
    assert.deepEqual(columnMeaning(['项目编号']), { key: 'index', type: 'text', role: 'index' });
  });
  it('tells text columns and sides apart', () => {
    assert.deepEqual(columnMeaning(['收 入', '项 目']), { key: 'label', type: 'text', role: 'label', side: 'income' });
    assert.equal(columnMeaning(['支出', '2024年合计']).side, 'expenditure');
    assert.equal(columnMeaning(['科目    编码']).role, 'code');
    assert.equal(columnMeaning(['是否政府 购买服务 (是/否)']).key, 'purchase_service');
    // 苏州's per-unit 收入总表: 部门代码 | 部门名称 name the rows, they are no amounts.
    const code = columnMeaning(['部门代 码']);
    assert.deepEqual([code.key, code.type, code.role], ['unit_code', 'text', 'text']);
    assert.equal(columnMeaning(['部门名称']).key, 'unit_name');
  });
  it('reads the 北京 报表 headers (预算01表 … 预算14表)', () => {
    // 收入总表: the funds as 资金, the units by code.
    assert.equal(key('本年收入', '政府性基金预 算资金'), 'gov_fund');
    assert.equal(key('上年结转结余', '国有资本经营 预算资金'), 'carryover_state_capital');
    // A text like 苏州's 部门代码; printed without a name column it names the rows (tested in coded-rows.test.ts).
    assert.deepEqual(columnMeaning(['单位编码']), { key: 'unit_code', type: 'text', role: 'text' });
    // 支出总表: rows by function, government and department economic classification.
    assert.deepEqual(columnMeaning(['政府支出经济分类科目']), { key: 'gov_economic_name', type: 'text', role: 'text' });
    assert.deepEqual(columnMeaning(['部门支出经济分类科目']), { key: 'economic_name', type: 'text', role: 'label' });
    assert.equal(columnMeaning(['支出功能分类科目']).key, 'label');
    // 一般公共预算支出表: the 项目支出 group's total written with its name; a measure of it keeps its own key.
    assert.equal(key('预算数', '项目支出', '项目支出总数'), 'project');
    assert.equal(key('本年收入合计'), 'total');
    assert.match(key('预算数', '项目支出', '扣除基建项目后预算数'), /^col_/);
    // 政府购买服务明细表 and 政府采购预算明细表.
    assert.deepEqual(columnMeaning(['指导性目录', '三级']), { key: 'category_l3', type: 'text', role: 'label' });
    assert.equal(key('预算金额'), 'total');
    assert.equal(columnMeaning(['采购类别']).role, 'label');
  });
  it('knows which income groups can hold a column', () => {
    assert.equal(groupHolds('本年预算', '其他收入'), true);
    assert.equal(groupHolds('上年结转结余', '其他 收入'), false);
    assert.equal(groupHolds('财政拨款结转', '其他收入'), false);
    assert.equal(groupHolds('单位资金收入', '附属单位上缴收入'), true);
    assert.equal(groupHolds('单位资金收入', '财政专户管理资金收入'), false);
    assert.equal(groupHolds('财政拨款结转', '国有 资本 经营 预算 拨款 结转'), true);
    assert.equal(groupHolds('非财政拨款 结转结余', '国有资本经营预算拨款结转'), false);
    assert.equal(groupHolds('本年收入', '上年结转'), false);
    // Labels that do not say their year or fund fit anywhere; other groups hold anything.
    assert.equal(groupHolds('上年结转', '一般公共预算'), true);
    assert.equal(groupHolds('上年结转结余', '合计'), true);
    assert.equal(groupHolds('基本支出', '其他收入'), true);
  });
});
