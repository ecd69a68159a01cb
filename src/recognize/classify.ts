import { compact } from '../model/names.js';
import type { TableKind } from '../model/types.js';

/**
 * Which standard table is this? Decided by the meaning of the title (stripped of year, numbering
 * and qualifiers), then confirmed or corrected by the header and first cells.
 */
interface KindRule {
  kind: TableKind;
  test: (title: string) => boolean;
}

const has =
  (...parts: string[]) =>
  (t: string) =>
    parts.every((p) => t.includes(p));

/** Order matters: specific before general. */
const RULES: KindRule[] = [
  { kind: 'unit_performance', test: (t) => /整体(?:支出)?绩效目标/.test(t) },
  // 项目支出绩效表 (浙江): per project its amount and 绩效目标.
  { kind: 'performance_targets', test: (t) => /绩效目标|项目(?:支出)?绩效表/.test(t) },
  { kind: 'three_public', test: (t) => /三公/.test(t) },
  { kind: 'agency_operating', test: has('机关运行经费') },
  { kind: 'entrusted_business', test: has('委托业务费') },
  { kind: 'procurement', test: has('政府采购') },
  { kind: 'service_purchase', test: has('政府购买服务') },
  { kind: 'assets', test: (t) => /资产占用|固定资产|资产情况/.test(t) },
  { kind: 'organization_units', test: has('机构设置') },
  { kind: 'project_expenditure', test: (t) => /项目支出(?:及其他支出)?(?:预算)?(?:明细)?表/.test(t) },
  { kind: 'gov_fund_income', test: (t) => /政府性基金.*收入/.test(t) && !/支出/.test(t) },
  { kind: 'gov_fund_expenditure', test: has('政府性基金') },
  { kind: 'state_capital', test: has('国有资本经营') },
  { kind: 'general_budget_basic_expenditure', test: (t) => /一般公共预算.*基本支出/.test(t) },
  { kind: 'general_budget_expenditure', test: (t) => /一般公共预算.*支出/.test(t) },
  { kind: 'fiscal_appropriation_summary', test: (t) => /财政拨款收(?:入)?支(?:出)?/.test(t) },
  { kind: 'income_expenditure_summary', test: (t) => /收(?:入)?支(?:出)?(?:预算|决算)?总(?:体情况)?表/.test(t) },
  { kind: 'income_summary', test: (t) => /收入(?:预算|决算)?总(?:体情况)?表|^(?:部门)?收入决算表$/.test(t) },
  { kind: 'expenditure_summary', test: (t) => /支出(?:预算|决算)?总(?:体情况)?表|^(?:部门)?支出决算表$/.test(t) },
  { kind: 'general_budget_basic_expenditure', test: (t) => /基本支出(?:预算)?表/.test(t) },
];

export function kindFromTitle(title: string): TableKind {
  const t = compact(title)
    .replace(/^(?:表[一二三四五六七八九十]+|\d+[、.])/, '')
    .replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})年度?/g, '');
  // The national template's wording (and 重庆's, 广州's): 部门收支总体情况表 is the 收支总表, 项目支出预算情况表 the 项目支出预算表.
  const plain = t.replace(/总体情况表$/, '总表').replace(/情况表$/, '表');
  for (const title of plain === t ? [t] : [t, plain]) for (const rule of RULES) if (rule.test(title)) return rule.kind;
  return 'unknown';
}

/**
 * An untitled 序号 | 单位名称 list is the organisation table.
 * A table titled 项目支出绩效目标表 whose rows are the department's 年度主要任务 / 年度总体目标
 * (and not projects with amounts) is the department's overall target table.
 */
export function refineKind(kind: TableKind, firstCells: string[], untitled = false): TableKind {
  const head = firstCells.map(compact);
  // An untitled list of the units a document covers (序号 | 单位名称 | 备注), as final accounts print it.
  if (kind === 'unknown' && untitled && head.includes('单位名称') && head.includes('序号')) return 'organization_units';
  if (kind === 'performance_targets' && head.some((c) => /^(?:部门名称及编码|年度主要任务|部门基本信息)$/.test(c))) {
    return 'unit_performance';
  }
  return kind;
}
