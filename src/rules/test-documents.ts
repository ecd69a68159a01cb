// Small documents several rules' tests read, written once.

/**
 * The start of 长春 信访局's 2026 budget (预算表 4, p. 9): its 财政拨款收支总表, which prints
 * 政府性基金预算拨款 as `fundIncome` (0.00 in the document). zero-fund and empty-statement read it.
 */
export const changchunFiscalSummary = (fundIncome: string): string[] => [
  '长春市某某局2026年部门预算',
  '财政拨款收支总表(预算表 4)',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  '一般公共预算拨款\t1,378.41\t一、一般公共服务支出\t1,378.41',
  `政府性基金预算拨款\t${fundIncome}\t\t`,
  '收入总计\t1,378.41\t支出总计\t1,378.41',
];

/**
 * Seed 000's 一般公共预算“三公”经费支出预算表 (848.66 = 647.00 + 153.42 + 48.24) and its 情况说明 section
 * saying `text`. The checked-claims and recall tests read it.
 */
export const seed000ThreePublic = (text: string): string[] => [
  '某某局2024年部门预算',
  '一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '项 目\t2024 年预算数',
  '合 计\t848.66',
  '1、因公出国（境）费用\t647.00',
  '2、公务接待费\t153.42',
  '3、公务用车费\t48.24',
  '第三部分 情况说明',
  '一、2024 年一般公共预算财政拨款“三公”经费情况',
  text,
];
