import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindFromTitle, refineKind } from './classify.js';

describe('table kinds by the meaning of the title', () => {
  const cases: Array<[string, string]> = [
    ['收支预算总表', 'income_expenditure_summary'],
    ['部门预算收支总表', 'income_expenditure_summary'],
    ['表一2024年预算收支总表', 'income_expenditure_summary'],
    ['收入预算总表', 'income_summary'],
    ['支出预算总表', 'expenditure_summary'],
    ['2024年预算支出总表', 'expenditure_summary'],
    ['财政拨款收支预算表', 'fiscal_appropriation_summary'],
    ['部门预算财政拨款收支总表', 'fiscal_appropriation_summary'],
    ['一般公共预算拨款支出预算表', 'general_budget_expenditure'],
    ['部门预算一般公共预算财政拨款支出表', 'general_budget_expenditure'],
    ['2024年一般公共预算安排基本支出分经济科目表（不含上年结转）', 'general_budget_basic_expenditure'],
    ['部门预算一般公共预算财政拨款基本支出表', 'general_budget_basic_expenditure'],
    ['一般公共预算“三公”经费支出预算表', 'three_public'],
    ['2024年政府性基金预算收入表（不含上年结转）', 'gov_fund_income'],
    ['政府性基金预算拨款支出预算表', 'gov_fund_expenditure'],
    ['2024年国有资本经营预算收支预算表（不含上年结转）', 'state_capital'],
    ['项目支出预算表', 'project_expenditure'],
    ['2024年项目支出预算表（上年结转）', 'project_expenditure'],
    ['2024年财政拨款安排机关运行经费预算表', 'agency_operating'],
    ['财政拨款委托业务费支出预算表', 'entrusted_business'],
    ['项目支出绩效目标表', 'performance_targets'],
    ['1、商务执法监察大队专项补助绩效目标表', 'performance_targets'],
    ['表11:2026年市级部门项目支出绩效表', 'performance_targets'],
    ['2026 年部门收支总体情况表', 'income_expenditure_summary'],
    ['2026年部门收入总体情况表', 'income_summary'],
    ['2026 年单位支出总体情况表', 'expenditure_summary'],
    ['2026年财政拨款收支总体情况表', 'fiscal_appropriation_summary'],
    ['预算部门（单位）整体支出绩效目标申报表', 'unit_performance'],
    ['部门政府采购预算', 'procurement'],
    ['部门固定资产占用情况表', 'assets'],
    ['部门机构设置情况', 'organization_units'],
    // 广东's template (广州, 珠海): 总体情况表 and the project table with its other spending.
    ['收支总体情况表', 'income_expenditure_summary'],
    ['收入总体情况表', 'income_summary'],
    ['本年支出总体情况表', 'expenditure_summary'],
    ['财政拨款收支总体情况表', 'fiscal_appropriation_summary'],
    ['部门预算项目支出及其他支出预算表', 'project_expenditure'],
    ['某某情况一览表', 'unknown'],
    // The national template's titles as 烟台 and 长沙 print them.
    ['收支总体情况表', 'income_expenditure_summary'],
    ['2026年部门收入总体情况表', 'income_summary'],
    ['二〇二六年部门支出总体情况表', 'expenditure_summary'],
    ['财政拨款收支总体情况表', 'fiscal_appropriation_summary'],
    ['基本支出预算情况表', 'general_budget_basic_expenditure'],
    ['项目支出预算情况表', 'project_expenditure'],
  ];
  for (const [title, kind] of cases) it(`${title} → ${kind}`, () => assert.equal(kindFromTitle(title), kind));
  it('a 项目支出绩效目标表 holding the department’s 年度主要任务 is the overall target table', () => {
    assert.equal(refineKind('performance_targets', ['部门名称及编码', '', '吉林省商务厅-127']), 'unit_performance');
    assert.equal(refineKind('performance_targets', ['单位名称', '项目名称']), 'performance_targets');
  });
});
