import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { crossTable } from './cross-table.js';

const doc = (basicTotal: string) => [
  '某某局2024年部门预算',
  '一般公共预算支出预算表',
  '单位：万元',
  '功能分类科目名称\t合计\t基本支出\t\t\t项目支出',
  '\t\t小计\t人员经费\t公用经费\t',
  '合计\t10.00\t6.00\t5.00\t1.00\t4.00',
  '一般公共预算基本支出预算表',
  '单位：万元',
  '部门预算支出经济分类科目名称\t合计\t人员经费\t公用经费',
  `合计\t${basicTotal}\t5.00\t1.00`,
];

/** A 收支总表 and a 收入总表 that name the same income sources. */
const sources = (generalInIncomeTable: string) => [
  '某某局2024年部门预算',
  '收支预算总表',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  '一、一般公共预算拨款收入\t9.00\t一、一般公共服务支出\t10.00',
  '二、事业收入\t1.00\t\t',
  '本年收入合计\t10.00\t本年支出合计\t10.00',
  '收入总计\t10.00\t支出总计\t10.00',
  '收入预算总表',
  '单位：万元',
  '单位名称\t合计\t一般公共预算拨款收入\t事业收入',
  `合计\t10.00\t${generalInIncomeTable}\t1.00`,
];

/** A 财政拨款收支总表 and the 一般公共预算支出表 it spends into. */
const fiscal = (generalTotal: string, title = '一般公共预算支出预算表', carried = '') => [
  '某某局2024年部门预算',
  '财政拨款收支总表',
  '单位：万元',
  '收 入\t\t支 出\t\t\t\t',
  '项 目\t预算数\t项 目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
  '一、本年收入\t10.00\t一、本年支出\t12.00\t12.00\t\t',
  '一般公共预算拨款\t10.00\t一般公共服务支出\t12.00\t12.00\t\t',
  `二、上年结转\t${carried}\t二、结转下年\t\t\t\t`,
  `收入总计\t12.00\t支出总计\t12.00\t12.00\t\t`,
  title,
  '单位：万元',
  '功能分类科目名称\t合计\t基本支出\t项目支出',
  `合计\t${generalTotal}\t${generalTotal}\t`,
  `一般公共服务支出\t${generalTotal}\t${generalTotal}\t`,
];

/** A project table whose general-budget money includes its carry-over, against the general budget table. */
const projects = (generalProject: string) => [
  '某某局2024年部门预算',
  '一般公共预算支出预算表',
  '单位：万元',
  '功能分类科目名称\t合计\t基本支出\t项目支出',
  `合计\t${generalProject}\t\t${generalProject}`,
  '项目支出预算表',
  '单位：万元',
  '项目名称\t合计\t本年预算\t\t上年结转\t',
  '\t\t一般公共预算\t单位资金\t一般公共预算\t单位资金',
  '合计\t8.00\t5.00\t\t3.00\t',
  '某某工作经费\t8.00\t5.00\t\t3.00\t',
];

/** 烟台's 支出总体情况表 and a 项目支出预算情况表 that totals this year's money and its 上年结转. */
const projectsWithCarryover = (spendingProject: string) => [
  '某某局2026年部门预算',
  '支出总体情况表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  `\t合计\t${spendingProject}\t\t${spendingProject}`,
  '项目支出预算情况表',
  '单位：万元',
  '项目名称\t合计\t一般公共预算\t上年结转',
  '合计\t9798.66\t9744.42\t54.24',
  '某某工作经费\t9798.66\t9744.42\t54.24',
];

/** The basic table (元) and the 三公 table (万元): 公务接待费 in the basic part cannot exceed the whole. */
const threePublic = (reception: string) => [
  '某某局2024年部门预算',
  '一般公共预算基本支出预算表',
  '单位：元',
  '科目编码\t科目名称\t合计\t人员经费\t公用经费',
  `\t合计\t${reception}\t\t${reception}`,
  `30217\t公务接待费\t${reception}\t\t${reception}`,
  '一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '项 目\t2024 年预算数',
  '合 计\t1.35',
  '1、因公出国（境）费用\t',
  '2、公务接待费\t1.35',
  '3、公务用车费\t',
];

/**
 * The 一般公共预算 by function, then by economic classification: its 项目支出 part (广州 xinfang-2026
 * p.11/p.14: 739.30) and the whole with 基本支出 | 项目支出 columns (泉州 表八).
 */
const byEconomic = (projectPart: string, wholeProject: string) => [
  '广州市信访局2026年部门预算',
  '一般公共预算支出情况表(按功能分类科目)',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t3,944.08\t3,204.78\t739.30',
  '201\t一般公共服务支出\t3,944.08\t3,204.78\t739.30',
  '一般公共预算项目支出情况表(按经济分类科目)',
  '单位：万元',
  '科目编码\t科目名称\t预算',
  `\t合计\t${projectPart}`,
  `302\t商品和服务支出\t${projectPart}`,
  '一般公共预算支出经济分类情况表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  `\t合计\t3,944.08\t3,204.78\t${wholeProject}`,
  `301\t工资福利支出\t3,204.78\t3,204.78\t`,
  `302\t商品和服务支出\t${wholeProject}\t\t${wholeProject}`,
];

/**
 * 杭州 司法局 2026 表1 收支预算总表 and 表3 支出预算总表 (pp.22–24): both list the 类, 款 and 项, and the 项
 * under 20406 司法 are names the 2026 list lacks (no code, no level to trust by the list).
 */
const subjects = (
  lawyers: string,
  order = ['    行政运行\t214.07\t214.07\t', '    律师管理\t25.00\t\t25.00', '    社区矫正\t25.93\t\t25.93'],
) => [
  '杭州市某某局2026年部门预算',
  '表1:2026年市级部门收支预算总表',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  '一、财政拨款\t265.00\t公共安全支出\t265.00',
  '一般公共预算\t265.00\t  司法\t265.00',
  '政府性基金预算\t\t    行政运行\t214.07',
  `国有资本经营预算\t\t    律师管理\t${lawyers}`,
  '\t\t    社区矫正\t25.93',
  '本年收入合计\t265.00\t本年支出合计\t265.00',
  '收入总计\t265.00\t支出总计\t265.00',
  '表3:2026年市级部门支出预算总表',
  '单位：万元',
  '功能分类科目名称\t总计\t人员支出\t项目支出',
  '合计\t265.00\t214.07\t50.93',
  '公共安全支出\t265.00\t214.07\t50.93',
  '  司法\t265.00\t214.07\t50.93',
  ...order,
];

describe('cross-table', () => {
  testRule(
    crossTable,
    {
      valid: [
        { name: '基本支出 agrees between the general budget table and the basic table', lines: doc('6.00') },
        { name: 'each income source agrees between the 收支总表 and the 收入总表', lines: sources('9.00') },
        { name: "the fiscal summary's general-budget spending equals the general budget table", lines: fiscal('12.00') },
        {
          name: 'a general budget table printed 不含上年结转 may leave the carry-over out',
          lines: fiscal('10.00', '一般公共预算支出预算表（不含上年结转）', '2.00'),
        },
        {
          name: 'with a carry-over, a general budget table without it is accepted even when its title does not say so',
          lines: fiscal('10.00', '一般公共预算支出预算表', '2.00'),
        },
        { name: "the project table's general budget with its carry-over equals the 项目支出 column", lines: projects('8.00') },
        {
          name: 'a project table totalling this year’s money and its 上年结转 against the 支出总表’s 项目支出 (烟台 文旅局)',
          lines: projectsWithCarryover('9744.42'),
        },
        {
          name: 'a project table that also holds other spending is no 项目支出 (珠海 部门预算项目支出及其他支出预算表)',
          lines: projects('7.00').map((l) => (l === '项目支出预算表' ? '部门预算项目支出及其他支出预算表' : l)),
        },
        { name: 'the basic 公务接待费 (元) is within the 三公 table’s (万元)', lines: threePublic('13,500') },
        {
          name: 'the 一般公共预算 by economic classification totals its 项目支出 and its whole as by function',
          lines: byEconomic('739.30', '739.30'),
        },
        { name: 'the 收支总表 and the 支出总表 list the same 项 with the same figures', lines: subjects('25.00') },
        {
          // Paired by position they would compare 律师管理 with 社区矫正: lists that differ are tied by 类 alone.
          name: 'a 支出总表 listing the 项 in another order is tied by 类 only',
          lines: subjects('25.00', [
            '    行政运行\t214.07\t214.07\t',
            '    社区矫正\t25.93\t\t25.93',
            '    律师管理\t25.00\t\t25.00',
          ]),
        },
      ],
      invalid: [
        {
          name: 'a 项 the code list lacks differs between the 收支总表 and the 支出总表 (杭州 司法局 律师管理 mistyped)',
          lines: subjects('52.00'),
          findings: [{ severity: 'error', line: 20, expected: '52.00', actual: '25.00', message: '律师管理' }],
        },
        {
          name: 'the basic table total differs from the 基本支出 column',
          lines: doc('6.50'),
          findings: [{ severity: 'error', line: 10, expected: '6.00', actual: '6.50' }],
        },
        {
          name: 'the 收入总表 prints another general-budget income than the 收支总表',
          lines: sources('8.00'),
          findings: [{ severity: 'error', line: 13, expected: '9.00', actual: '8.00' }],
        },
        {
          name: 'the general budget table total differs from the fiscal summary (per 类 too)',
          lines: fiscal('11.00'),
          findings: [
            { severity: 'error', line: 13, expected: '12.00', actual: '11.00' },
            { severity: 'error', line: 14, expected: '12.00', actual: '11.00' },
          ],
        },
        {
          name: 'with a carry-over, a total that matches neither reading',
          lines: fiscal('9.00', '一般公共预算支出预算表', '2.00'),
          findings: [{ severity: 'error', line: 13, expected: '12.00', actual: '9.00' }],
        },
        {
          name: 'the 项目支出 column matches no reading of the project table',
          lines: projects('7.00'),
          findings: [{ severity: 'error', line: 5, expected: '5.00', actual: '7.00' }],
        },
        {
          name: 'a project table whose 合计 is neither the 项目支出 nor it with the carry-over',
          lines: projectsWithCarryover('9700.00'),
          findings: [{ severity: 'error', expected: '9700.00', actual: '9798.66' }],
        },
        {
          name: 'the basic 公务接待费 exceeds the 三公 table',
          lines: threePublic('23,500'),
          findings: [{ severity: 'error', line: 6, message: '超过' }],
        },
        {
          name: 'the 项目支出 by economic classification (and in the whole) differs from the 项目支出 by function',
          lines: byEconomic('793.30', '793.30'),
          findings: [
            { severity: 'error', line: 10, expected: '739.30', actual: '793.30' },
            { severity: 'error', line: 15, expected: '739.30', actual: '793.30' },
          ],
        },
      ],
    },
    it,
  );
});
