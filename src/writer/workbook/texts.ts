/**
 * The texts a person must write, which no table gives: the 说明 sheet of a template lists them one
 * per row (标题 | 内容), a Markdown file gives them as `## 标题` sections. Keys are these headings.
 */
import type { Phase } from '../../model/types.js';

const COMMON = ['部门职责', '机构设置'] as const;

/** Budget: the reasons behind each change against last year, and what only the department knows. */
const BUDGET = [
  '收入预算增减原因',
  '支出预算增减原因',
  '财政拨款收支增减原因',
  '一般公共预算支出增减原因',
  '“三公”经费增减原因',
  '机关运行经费增减原因',
  '政府采购情况',
  '国有资产占用情况',
  '绩效目标设置情况',
] as const;

/** Final accounts: the reasons the outturn differs from the budget and from last year. */
const FINAL_ACCOUNT = [
  '收入决算增减原因',
  '支出决算增减原因',
  '财政拨款支出决算与预算差异原因',
  '一般公共预算支出决算与预算差异原因',
  '“三公”经费决算与预算差异原因',
  '机关运行经费增减原因',
  '政府采购情况',
  '国有资产占用情况',
  '预算绩效管理情况',
] as const;

export function textKeys(phase: Phase): string[] {
  return [...COMMON, ...(phase === 'budget' ? BUDGET : FINAL_ACCOUNT)];
}

/** The 说明 sheet's header row, and the 封面 sheet's field labels. */
export const TEXT_SHEET = { name: '说明', heading: '标题', body: '内容' } as const;
export const COVER_SHEET = { name: '封面', department: '部门', year: '年度', unit: '单位', template: '模板' } as const;

/**
 * Headings a department's own workbook (Shanghai's template) uses for the same texts: 部门主要职能 is
 * 部门职责; the scope word (部门, 单位) before a heading is dropped.
 */
const ALIASES: Record<string, string> = { 主要职能: '部门职责', 职能: '部门职责', 职能职责: '部门职责', 主要职责: '部门职责' };

export function textKey(heading: string): string {
  const plain = heading.replace(/\s+/g, '').replace(/^(?:部门|单位)(?=主要职能|机构设置|职能|主要职责)/, '');
  return ALIASES[plain] ?? plain;
}
