import type { GridRow } from '../adapters/blocks.js';
import { parseAmount } from '../model/amount.js';
import { compact, joinBrokenText } from '../model/names.js';
import { flatIndicator, flatIndicatorColumns, HEADER_CELL, type Project } from './performance-parts.js';

/**
 * Layout C (重庆's 一般性项目绩效目标表): one grid of many projects under a header naming every column
 * (序号 | 项目名称 | 当年财政拨款预算金额 | 当年绩效目标 | 指标名称 | 指标性质 | 指标值 | 计量单位 |
 * 指标权重). A project's cells are merged down over its indicator rows; each row names one indicator.
 */
type ProjectRole = 'name' | 'unit' | 'amount' | 'objective';
const PROJECT_ROLES: Array<[RegExp, ProjectRole]> = [
  [/^项目名称$/, 'name'],
  [/^(?:单位名称|实施单位|部门[(（]单位[)）]名称)$/, 'unit'],
  [/^(?:当年财政拨款预算金额|年度资金总额|当年预算(?:金额)?|预算金额|金额)/, 'amount'],
  [/^(?:当年|年度|项目(?:总体)?)?绩效目标$/, 'objective'],
];

/** The header row of such a grid: it names the project and, in the same row, the flat indicator columns. */
export function columnHeader(rows: GridRow[]): number {
  return rows
    .slice(0, 6)
    .findIndex((r) => r.cells.some((c) => compact(c.text) === '项目名称') && flatIndicatorColumns(r) !== null);
}

export function readColumnLayout(rows: GridRow[], at: number): Project[] {
  const header = rows[at] as GridRow;
  const indicatorColumns = flatIndicatorColumns(header);
  if (!indicatorColumns) return [];
  const roles = new Map<number, ProjectRole>();
  for (const cell of header.cells) {
    const role = PROJECT_ROLES.find(([test]) => test.test(compact(cell.text)))?.[1];
    if (role) for (let col = cell.col; col < cell.col + (cell.span ?? 1); col++) roles.set(col, role);
  }
  const projects: Project[] = [];
  for (const row of rows.slice(at + 1)) {
    const by: Partial<Record<ProjectRole, string>> = {};
    for (const cell of row.cells) {
      const role = roles.get(cell.col);
      const text = joinBrokenText(cell.text);
      if (role && text !== '' && by[role] === undefined) by[role] = text;
    }
    // A header repeated on a later page names no project.
    if (by.name && !HEADER_CELL.test(compact(by.name))) {
      projects.push({
        name: by.name,
        unitName: by.unit ?? null,
        amount: by.amount ? parseAmount(by.amount) : null,
        periodTotal: null,
        objective: by.objective ?? '',
        line: row.line,
        indicators: [],
      });
    }
    const current = projects[projects.length - 1];
    const indicator = current ? flatIndicator(row, indicatorColumns) : null;
    if (current && indicator) current.indicators.push({ ...indicator, line: row.line });
  }
  return projects;
}
