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
  it('keeps why each key was given: the deciding label, and the group it was read under', () => {
    const because = (...path: string[]) => columnMeaning(path).because;
    assert.deepEqual(because('基本支出', '小计'), { rule: 'group', label: '小计', group: '基本支出' });
    assert.deepEqual(because('上年结转结余', '财政拨款结转', '一般公共预算'), {
      rule: 'fund',
      label: '一般公共预算',
      group: '上年结转结余',
    });
    assert.deepEqual(because('基本支出', '人员经费'), { rule: 'amount', label: '人员经费' });
    assert.deepEqual(because('功能分类科目', '科目编码'), { rule: 'label', label: '科目编码' });
    assert.deepEqual(because('合计'), { rule: 'total', label: '合计' });
    // 北京 预算05表: a label no rule knows still gets a stable key, and says so.
    assert.equal(because('项目支出', '扣除基建项目后预算数').rule, 'fallback');
  });
  it('reads the sources and columns as other cities print them', () => {
    // 重庆 收支总体情况表, 北京 预算02表 收入总表: sources printed with 资金.
    assert.equal(key('事业收入资金'), 'business_income');
    assert.equal(key('其他收入资金'), 'other_income');
    assert.equal(key('上级补助收入资金'), 'superior_subsidy');
    assert.equal(key('本年收入', '政府性基金预算资金'), 'gov_fund');
    assert.equal(key('本年收入', '国有资本经营预算资金'), 'state_capital');
    // 广州 收入总体情况表, 长沙 部门收入总体情况表.
    assert.equal(key('财政专户拨款收入'), 'fiscal_special_account');
    assert.equal(key('财政专户管理事业收入'), 'fiscal_special_account');
    assert.equal(key('事业单位经营服务收入'), 'operating_income');
    assert.equal(key('本级财政拨款', '金额'), 'fiscal_appropriation');
    assert.equal(key('预算'), 'total');
    // 烟台 一般公共预算支出情况表 (人员支出 | 日常公用支出), 长沙 基本支出表 (人员类).
    assert.equal(key('基本支出', '人员支出'), 'personnel');
    assert.equal(key('基本支出', '日常公用支出'), 'public_use');
    assert.equal(key('人员类'), 'personnel');
    // 长沙 功能科目 / 经济科目名称, 北京 政府支出经济分类科目.
    assert.equal(columnMeaning(['功能科目']).role, 'label');
    assert.equal(columnMeaning(['经济科目编码']).role, 'code');
    assert.equal(key('政府支出经济分类科目'), 'gov_economic_name');
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
    assert.deepEqual(columnMeaning(['项目编号']), {
      key: 'index',
      type: 'text',
      role: 'index',
      because: { rule: 'label', label: '项目编号' },
    });
  });
  it('tells text columns and sides apart', () => {
    assert.deepEqual(columnMeaning(['收 入', '项 目']), {
      key: 'label',
      type: 'text',
      role: 'label',
      side: 'income',
      because: { rule: 'label', label: '项目' },
    });
    assert.equal(columnMeaning(['支出', '2024年合计']).side, 'expenditure');
    assert.equal(columnMeaning(['科目    编码']).role, 'code');
    assert.equal(columnMeaning(['是否政府 购买服务 (是/否)']).key, 'purchase_service');
    // 苏州's per-unit 收入总表: 部门代码 | 部门名称 name the rows, they are no amounts.
    const code = columnMeaning(['部门代 码']);
    assert.deepEqual([code.key, code.type, code.role], ['unit_code', 'text', 'text']);
    assert.equal(columnMeaning(['部门名称']).key, 'unit_name');
    // 长春 信访局 收入总表(预算表 2), p.7: 部门（单位）代码 over 105001, beside 部门（单位）名称.
    const unit = columnMeaning(['部门 （单 位）代 码']);
    assert.deepEqual([unit.key, unit.type, unit.role], ['unit_code', 'text', 'text']);
    // Any other header naming a code holds identifiers, never amounts.
    for (const label of ['项目代码', '预算项目编码', '合同编号']) assert.equal(columnMeaning([label]).type, 'text', label);
  });
  it('answers a path asked again as the first time, whatever the first caller did with its answer', () => {
    // Remembered answers (a document asks ~1,000 times for ~250 paths): buildLayout sets a column's
    // type, role, key and reason on the meaning it is given.
    const first = columnMeaning(['基本支出', '小计']);
    first.type = 'text';
    first.key = 'label';
    first.because.label = '改';
    assert.deepEqual(columnMeaning(['基本支出', '小计']), {
      key: 'basic',
      type: 'amount',
      role: 'text',
      because: { rule: 'group', label: '小计', group: '基本支出' },
    });
    // The sides a header shows are part of the question: 本年收入 over 项目 is a side only when said so.
    assert.equal(columnMeaning(['本年收入', '项目']).side, undefined);
    assert.equal(columnMeaning(['本年收入', '项目'], new Set(['本年收入'])).side, 'income');
    assert.equal(columnMeaning(['本年收入', '项目']).side, undefined);
  });
  it('reads the 北京 报表 headers (预算01表 … 预算14表)', () => {
    // The key, type and role; why the key was given is tested above.
    const meaning = (...path: string[]) => {
      const { because: _, ...rest } = columnMeaning(path);
      return rest;
    };
    // 收入总表: the funds as 资金, the units by code.
    assert.equal(key('本年收入', '政府性基金预 算资金'), 'gov_fund');
    assert.equal(key('上年结转结余', '国有资本经营 预算资金'), 'carryover_state_capital');
    // A text like 苏州's 部门代码; printed without a name column it names the rows (tested in coded-rows.test.ts).
    assert.deepEqual(meaning('单位编码'), { key: 'unit_code', type: 'text', role: 'text' });
    // 支出总表: rows by function, government and department economic classification.
    assert.deepEqual(meaning('政府支出经济分类科目'), { key: 'gov_economic_name', type: 'text', role: 'text' });
    assert.deepEqual(meaning('部门支出经济分类科目'), { key: 'economic_name', type: 'text', role: 'label' });
    assert.equal(columnMeaning(['支出功能分类科目']).key, 'label');
    // 一般公共预算支出表: the 项目支出 group's total written with its name; a measure of it keeps its own key.
    assert.equal(key('预算数', '项目支出', '项目支出总数'), 'project');
    assert.equal(key('本年收入合计'), 'total');
    assert.match(key('预算数', '项目支出', '扣除基建项目后预算数'), /^col_/);
    // 政府购买服务明细表 and 政府采购预算明细表.
    assert.deepEqual(meaning('指导性目录', '三级'), { key: 'category_l3', type: 'text', role: 'label' });
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
