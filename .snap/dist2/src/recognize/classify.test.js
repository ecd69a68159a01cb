import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindFromTitle, titleKind } from './classify.js';
describe('table kinds by the meaning of the title', () => {
    const cases = [
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
    for (const [title, kind] of cases)
        it(`${title} → ${kind}`, () => assert.equal(kindFromTitle(title), kind));
});
describe('table kinds from titles the corpus cities print', () => {
    const cases = [
        // 广州 (guangzhou/*.pdf): titles of the 总体情况 family and the 行政经费 table.
        ['广州', '收支总体情况表', 'income_expenditure_summary'],
        ['广州', '收入总体情况表', 'income_summary'],
        ['广州', '本年支出总体情况表', 'expenditure_summary'],
        ['广州', '财政拨款收支总体情况表', 'fiscal_appropriation_summary'],
        ['广州', '一般公共预算基本支出情况表(按经济分类科目)', 'general_budget_basic_expenditure'],
        ['广州', '一般公共预算项目支出情况表(按经济分类科目)', 'general_budget_project_expenditure'],
        ['广州', '财政拨款安排的行政经费及“三公”经费预算表', 'three_public'],
        ['广州', '部门预算项目支出及其他支出预算表', 'project_expenditure'],
        // 北京 (beijing/*-bb.pdf): 预算01表 … 预算14表.
        ['北京', '预算01表 收支总表', 'income_expenditure_summary'],
        ['北京', '预算03表 支出总表', 'expenditure_summary'],
        ['北京', '预算04表 财政拨款收支总表', 'fiscal_appropriation_summary'],
        ['北京', '预算09表 财政拨款“三公”经费支出表', 'three_public'],
        ['北京', '预算11表 财政拨款政府购买服务明细表', 'service_purchase'],
        ['北京', '预算13表 部门整体支出绩效目标表', 'unit_performance'],
        ['北京', '预算14表 专项转移支付绩效目标表', 'performance_targets'],
        // 重庆, 长沙 (部门/单位 … 总体情况表).
        ['重庆', '2026 年单位收入总体情况表', 'income_summary'],
        ['重庆', '2026年市级重点专项资金绩效目标表(一级项目)', 'performance_targets'],
        ['长沙', '2026年部门整体支出绩效目标表', 'unit_performance'],
        // 苏州: the 财政拨款 tables by function and by economic classification.
        ['苏州', '财政拨款支出表(功能科目)', 'fiscal_appropriation_expenditure'],
        ['苏州', '财政拨款基本支出表(经济科目)', 'general_budget_basic_expenditure'],
        ['苏州', '一般公共预算“三公”经费、会议费、培训费支出表', 'three_public'],
        ['苏州', '一般公共预算机关运行经费支出预算表', 'agency_operating'],
        ['上海', '2026年预算单位财政拨款支出预算表', 'fiscal_appropriation_expenditure'],
        // 烟台, 泉州, 湖州.
        ['烟台', '基本支出预算情况表', 'general_budget_basic_expenditure'],
        ['烟台', '项目支出预算情况表', 'project_expenditure'],
        ['烟台', '政策和项目预算绩效目标表', 'performance_targets'],
        ['泉州', '2026 年度一般公共预算支出经济分类情况表', 'general_budget_economic_expenditure'],
        ['泉州', '八、一般公共预算支出经济分类情况表', 'general_budget_economic_expenditure'],
        ['泉州', '2026 年度一般公共预算基本支出经济分类情况表', 'general_budget_basic_expenditure'],
        ['珠海', '一般公共预算项目支出情况表(按经济分类科目)', 'general_budget_project_expenditure'],
        ['北京', '政府购买服务预算表', 'service_purchase'],
        ['湖州', '2026年市级部门项目支出绩效表', 'performance_targets'],
    ];
    for (const [city, title, kind] of cases)
        it(`${city}: ${title} → ${kind}`, () => assert.equal(kindFromTitle(title), kind));
    it('a 项目支出绩效目标表 is no project_expenditure, a 基本支出 table by 经济分类 no general_budget_economic_expenditure', () => {
        assert.equal(kindFromTitle('2026年项目支出绩效目标表'), 'performance_targets');
        assert.equal(kindFromTitle('预算单位一般公共预算基本支出部门预算经济分类预算表'), 'general_budget_basic_expenditure');
        assert.equal(titleKind('2026年部门收支总体情况表')?.words, '收支总体情况表');
    });
    it('only the 一般公共预算 by economic classification takes the economic kinds; other funds keep theirs', () => {
        assert.equal(kindFromTitle('政府性基金预算支出经济分类情况表'), 'gov_fund_expenditure');
        assert.equal(kindFromTitle('一般公共预算项目支出情况表(按功能分类科目)'), 'general_budget_expenditure');
        assert.equal(kindFromTitle('一般公共预算支出情况表'), 'general_budget_expenditure');
    });
});
//# sourceMappingURL=classify.test.js.map