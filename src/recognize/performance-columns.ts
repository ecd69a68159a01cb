import type { GridRow } from '../adapters/blocks.js';
import { amountEquals, parseAmount, sumAmounts } from '../model/amount.js';
import { compact, joinBrokenText } from '../model/names.js';
import type { Amount } from '../model/types.js';
import { columnMeaning } from './column-keys.js';
import { type FlatColumns, flatIndicator, flatIndicatorColumns, HEADER_CELL, type Project, texts } from './performance-parts.js';

/**
 * Layout C (重庆's 一般性项目绩效目标表): one grid of many projects under a header naming every column
 * (序号 | 项目名称 | 当年财政拨款预算金额 | 当年绩效目标 | 指标名称 | 指标性质 | 指标值 | 计量单位 |
 * 指标权重). A project's cells are merged down over its indicator rows; each row names one indicator.
 * Without indicator columns (广东's 重点项目预算绩效目标: 项目 | 预算数（单位：万元） | 绩效目标) each
 * row is one project with its money and its target in words.
 */
type ProjectRole = 'name' | 'unit' | 'amount' | 'period' | 'objective';
const PROJECT_ROLES: Array<[RegExp, ProjectRole]> = [
  // 长沙 names units and their projects in one column, 单位（项目）名称.
  [/^(?:项目(?:名称)?|单位[(（]项目[)）]名称)$/, 'name'],
  [/^(?:单位名称|实施单位|部门[(（]单位[)）]名称)$/, 'unit'],
  [/^(?:当年财政拨款预算金额|(?:年度)?资金总额|当年预算(?:金额)?|预算金额|预算数|金额)/, 'amount'],
  [/^(?:当年|年度|项目(?:总体)?)?绩效目标$/, 'objective'],
];

/** A project's money over its whole period (实施期资金总额), beside the year's: the column vocabulary's period_total. */
const periodRole = (label: string): ProjectRole | undefined =>
  columnMeaning([label]).key === 'period_total' ? 'period' : undefined;

function projectRoles(header: GridRow): Map<number, ProjectRole> {
  const roles = new Map<number, ProjectRole>();
  for (const cell of header.cells) {
    const label = compact(cell.text);
    const role = PROJECT_ROLES.find(([test]) => test.test(label))?.[1] ?? periodRole(label);
    if (role) for (let col = cell.col; col < cell.col + (cell.span ?? 1); col++) roles.set(col, role);
  }
  return roles;
}

/** A header naming the project, its amount and its target, and no other column. */
function projectsOnly(row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  const roles = new Set(projectRoles(row).values());
  return filled.length === 3 && roles.has('name') && roles.has('amount') && roles.has('objective');
}

/**
 * A header in two rows (长沙 2026年项目支出绩效目标表): the project's columns (单位编码 | 单位（项目）名称 |
 * 资金总额 | 绩效目标 | 绩效指标) merged down beside the indicator columns printed under 绩效指标 (一级指标 |
 * 二级指标 | 三级指标 | 指标值 | … | 度量单位 | 指标值类型).
 */
function twoRowHeader(row: GridRow, below: GridRow | undefined): boolean {
  const roles = new Set(projectRoles(row).values());
  return below !== undefined && roles.has('name') && roles.has('amount') && flatIndicatorColumns(below, true) !== null;
}

/**
 * The header row of such a grid: it names the project and, in the same row, the flat indicator
 * columns — or only the project's name, amount and target — or the project's columns above the
 * indicators' (the header's last row is then the one after it).
 */
export function columnHeader(rows: GridRow[]): number {
  return rows
    .slice(0, 6)
    .findIndex(
      (r, i) =>
        (r.cells.some((c) => compact(c.text) === '项目名称') && flatIndicatorColumns(r) !== null) ||
        projectsOnly(r) ||
        twoRowHeader(r, rows[i + 1]),
    );
}

const TOTAL_NAME = /^(?:合计|总计)$/;

export function readColumnLayout(rows: GridRow[], at: number): Project[] {
  const header = rows[at] as GridRow;
  const twoRows = twoRowHeader(header, rows[at + 1]);
  const indicatorColumns = twoRows ? flatIndicatorColumns(rows[at + 1] as GridRow, true) : flatIndicatorColumns(header);
  if (!indicatorColumns && !projectsOnly(header)) return [];
  const roles = projectRoles(header);
  const headerName = compact(header.cells.find((c) => roles.get(c.col) === 'name')?.text ?? '');
  const projects: Project[] = [];
  // 一级 / 二级 cells merged down over their indicators are printed on their first row only.
  let levels = { l1: '', l2: '' };
  for (const row of rows.slice(at + (twoRows ? 2 : 1))) {
    const by: Partial<Record<ProjectRole, string>> = {};
    for (const cell of row.cells) {
      const role = roles.get(cell.col);
      const text = joinBrokenText(cell.text);
      if (role && text !== '' && by[role] === undefined) by[role] = text;
    }
    const first = compact(texts(row)[0] ?? '');
    // A header repeated on a later page names no project.
    if (by.name && (HEADER_CELL.test(compact(by.name)) || compact(by.name) === headerName)) continue;
    const last = projects[projects.length - 1];
    if (!by.name && by.amount && TOTAL_NAME.test(first)) {
      projects.push({ ...projectOf(first, by, row.line), isTotal: true });
      continue;
    }
    // The project's merged cells printed again on the next page continue it (same name, amount and target).
    const continued =
      last && by.name === last.name && (by.objective ?? '') === last.objective && sameAmount(by.amount, last.amount);
    // A row with its money and its target but no name is a project whose name the source lost (seed 001).
    const unnamed = !by.name && by.amount !== undefined && by.objective !== undefined;
    if ((by.name || unnamed) && !continued) {
      projects.push(projectOf(by.name ?? '', by, row.line));
      levels = { l1: '', l2: '' };
    }
    const current = projects[projects.length - 1];
    const indicator = current && indicatorColumns ? flatIndicator(row, indicatorColumns) : null;
    if (twoRows && indicatorColumns) levels = levelsOf(row, indicatorColumns, levels);
    if (current && indicator) {
      if (twoRows) Object.assign(indicator, levels);
      current.indicators.push({ ...indicator, line: row.line });
    }
  }
  return indicatorColumns && !twoRows ? projects : withUnitRows(projects);
}

function projectOf(name: string, by: Partial<Record<ProjectRole, string>>, line: number): Project {
  return {
    name,
    unitName: by.unit ?? null,
    amount: by.amount ? parseAmount(by.amount) : null,
    periodTotal: by.period ? parseAmount(by.period) : null,
    objective: by.objective ?? '',
    line,
    indicators: [],
  };
}

function sameAmount(printed: string | undefined, amount: Amount | null): boolean {
  const read = printed ? parseAmount(printed) : null;
  return read === null ? amount === null : amount !== null && amountEquals(read, amount);
}

/** The 一级 / 二级 levels a row sets (a new 一级 clears the 二级 above it), else those above it. */
function levelsOf(row: GridRow, columns: FlatColumns, above: { l1: string; l2: string }): { l1: string; l2: string } {
  const at = (role: 'l1' | 'l2') => {
    const cell = row.cells.find((c) => columns.get(c.col) === role && c.text.trim() !== '');
    return cell ? compact(joinBrokenText(cell.text)) : '';
  };
  const l1 = at('l1');
  const l2 = at('l2');
  if (l1 !== '') return { l1, l2 };
  return { l1: above.l1, l2: l2 !== '' ? l2 : above.l2 };
}

/**
 * Among projects with their targets in words, a row with an amount and no target whose amount is
 * what the projects under it add up to is the unit that carries them (广州 规划和自然资源局:
 * 广州市地质调查院 4,353.53 over its one project of 4,353.53): kept as that unit's total, not as a project.
 */
function withUnitRows(projects: Project[]): Project[] {
  const heads = projects.map((p) => p.objective === '' && p.amount !== null);
  heads.forEach((head, i) => {
    const unit = projects[i] as Project;
    if (!head || !unit.amount) return;
    let end = i + 1;
    while (end < projects.length && !heads[end]) end++;
    const under = projects.slice(i + 1, end);
    const amounts = under.map((p) => p.amount).filter((a): a is Amount => a !== null);
    if (under.length === 0 || amounts.length < under.length) return;
    const sum = sumAmounts(amounts);
    if (!amountEquals(unit.amount, { raw: '', ...sum })) return;
    unit.isTotal = true;
    for (const p of under) p.unitName = unit.name;
  });
  return projects;
}
