import type { GridRow } from '../adapters/blocks.js';
import { parseAmount } from '../model/amount.js';
import { compact, joinBrokenText, normalizeName } from '../model/names.js';
import type { Amount, Column, Row, Table } from '../model/types.js';
import type { RecognizeContext } from './grid-table.js';
import type { RawTable } from './segment.js';

/**
 * Performance-target tables (项目支出绩效目标表): projects, each followed by an indicator tree
 * (一级/二级/三级指标 → 指标值). Dumps break their columns badly, so cells are read by meaning:
 * indicator levels by their vocabulary, the project amount as the money cell after the name.
 */
const LEVEL1 = /^(?:产出指标|效益指标|效果指标|满意度指标|成本指标)$/;
const LEVEL2 =
  /^(?:数量指标|质量指标|时效指标|成本指标|经济成本指标|社会成本指标|生态环境成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|满意度指标|指标)$/;
const PROJECT_AMOUNT = /^\d{1,9}(?:,\d{3})*\.\d{2}$/;
const UNIT_CELL = /^\d[\d ]{3,}\s*\S+|^\d{5,}-/;
const HEADER_CELL =
  /^(?:单位名称|项目名称|年度资金总额|年度绩效目标|一级指标|二级指标|三级指标|指标解释|指标值|权重|绩效指标描述|指标值确定依据|绩效指标)/;

interface Indicator {
  l1: string;
  l2: string;
  l3: string;
  description?: string;
  target?: string;
  weight?: string;
  basis?: string;
}

interface Project {
  name: string;
  /** 项目属性 (一次性项目（1年结束）/ 经常性项目) and 项目期 (1年, 99年) where printed. */
  nature?: string;
  period?: string;
  unitName: string | null;
  amount: Amount | null;
  periodTotal: Amount | null;
  objective: string;
  line: number;
  indicators: Array<Indicator & { line: number }>;
}

function texts(row: GridRow): string[] {
  return row.cells.map((c) => joinBrokenText(c.text)).filter((t) => t !== '');
}

function isL1(t: string): boolean {
  return LEVEL1.test(compact(t));
}
function isL2(t: string): boolean {
  return LEVEL2.test(compact(t));
}

/** Reads the indicator part of a row (cells after the project columns). */
function indicatorFrom(
  cells: string[],
  prev: { l1: string; l2: string },
  withWeight: boolean,
  firstIsLevel2 = false,
): Indicator | null {
  let l1 = prev.l1;
  let l2 = prev.l2;
  const rest: string[] = [];
  for (const [i, c] of cells.entries()) {
    if (i === 0 && firstIsLevel2 && isL2(c)) {
      l2 = compact(c);
      continue;
    }
    if (rest.length === 0 && isL1(c)) {
      l1 = compact(c);
      l2 = '';
    } else if (rest.length === 0 && isL2(c)) l2 = compact(c);
    else rest.push(c);
  }
  if (rest.length === 0) return null;
  const indicator: Indicator = { l1, l2, l3: rest[0] as string };
  const tail = rest.slice(1);
  if (withWeight && tail.length >= 1 && /^\d{1,3}(?:\.\d+)?$/.test(tail[tail.length - 1] as string)) {
    indicator.weight = tail.pop() as string;
  }
  if (tail.length >= 2) {
    indicator.description = tail[0] as string;
    indicator.target = tail[1] as string;
    if (tail[2]) indicator.basis = tail[2];
  } else if (tail.length === 1) indicator.target = tail[0] as string;
  return indicator;
}

/** Layout A (Jilin): one wide table of many projects; a project row carries name and 年度资金总额. */
function readWideLayout(rows: GridRow[]): Project[] {
  const projects: Project[] = [];
  let current: Project | null = null;
  let lastUnit: string | null = null;
  let prev = { l1: '', l2: '' };
  for (const row of rows) {
    const cells = texts(row);
    if (cells.length === 0 || cells.every((c) => HEADER_CELL.test(compact(c)))) continue;
    const amountAt = cells.findIndex((c, i) => PROJECT_AMOUNT.test(c) && i <= 3 && i >= 1);
    if (amountAt >= 1) {
      const before = cells.slice(0, amountAt);
      let name = before[before.length - 1] as string;
      let unitName: string | null = before.length >= 2 ? (before[before.length - 2] as string) : null;
      if (UNIT_CELL.test(name) && before.length === 1) {
        unitName = name;
        name = '';
      }
      if (unitName) lastUnit = unitName;
      const after = cells.slice(amountAt + 1);
      const objective =
        after.length > 0 && !isL1(after[0] as string) && !isL2(after[0] as string) ? (after.shift() as string) : '';
      current = {
        name,
        unitName: unitName ?? lastUnit,
        amount: parseAmount(cells[amountAt] as string),
        periodTotal: null,
        objective,
        line: row.line,
        indicators: [],
      };
      projects.push(current);
      prev = { l1: '', l2: '' };
      const ind = indicatorFrom(after, prev, true);
      if (ind) {
        current.indicators.push({ ...ind, line: row.line });
        prev = { l1: ind.l1, l2: ind.l2 };
      }
      continue;
    }
    if (!current) continue;
    const ind = indicatorFrom(cells, prev, true);
    if (ind && (ind.target !== undefined || ind.weight !== undefined)) {
      current.indicators.push({ ...ind, line: row.line });
      prev = { l1: ind.l1, l2: ind.l2 };
    }
  }
  return projects;
}

function valueAfter(cells: string[], key: RegExp): string | null {
  const i = cells.findIndex((c) => key.test(compact(c)));
  if (i < 0) return null;
  return cells.slice(i + 1).find((c) => !key.test(compact(c)) && c !== '') ?? null;
}

/** Split a two-period indicator row (实施期 | 年度) and keep the annual half. */
function annualHalf(cells: string[]): string[] {
  const second = cells.findIndex((c, i) => i >= 1 && (isL1(c) || isL2(c)));
  if (second >= 1) return cells.slice(second);
  if (cells.length >= 2 && cells.length % 2 === 0) return cells.slice(cells.length / 2);
  return cells;
}

/** The amount of a project in a key-value form: 年度资金总额, 资金总额 (泉州), 年度资金申请总额. */
const PROJECT_FUNDS = /^(?:年度|项目|专项)?资金(?:申请)?总额[:：]?$/;

/**
 * A form that prints no 项目名称 names its project in its title (泉州: 办公设备购置及公安服务器升级改造
 * 项目绩效目标表); a generic title (项目支出绩效目标表) names none.
 */
export function projectOfTitle(title: string): string {
  const name = compact(title)
    .replace(/^\d{4}年度?/, '')
    .replace(/(?:项目)?(?:支出)?绩效目标(?:申报)?表$/, (end) => (end.startsWith('项目') ? '项目' : ''));
  return /^(?:部门|单位)?(?:项目支出|项目)?$/.test(name) ? '' : name;
}

/** Layout B (Hebei, Shanxi, 泉州): one project per table, keys and values in cells. */
function readKeyValueLayout(rows: GridRow[], title: string): Project[] {
  const project: Project = {
    name: '',
    unitName: null,
    amount: null,
    periodTotal: null,
    objective: '',
    line: rows[0]?.line ?? 0,
    indicators: [],
  };
  let inIndicators = false;
  let twoPeriods = false;
  let level1At = -1;
  let prev = { l1: '', l2: '' };
  for (const row of rows) {
    const cells = texts(row);
    if (cells.length === 0) continue;
    const keyed = cells.map(compact);
    if (!inIndicators) {
      const name = valueAfter(cells, /^项目名称$/);
      if (name && !project.name) project.name = name;
      const unit = valueAfter(cells, /^实施单位$/);
      if (unit) project.unitName = unit;
      const nature = valueAfter(cells, /^项目属性$/);
      if (nature) project.nature = nature;
      const term = valueAfter(cells, /^项目期$/);
      if (term) project.period = term;
      const budget = valueAfter(cells, /^预算数$/);
      if (budget && !project.amount) project.amount = parseAmount(budget);
      const annual = valueAfter(cells, PROJECT_FUNDS);
      if (annual && !project.amount) project.amount = parseAmount(annual);
      const period = valueAfter(cells, /^实施期资金总额[:：]?$/);
      if (period && !project.periodTotal) project.periodTotal = parseAmount(period);
      const target = valueAfter(cells, /^(?:绩效目标|总体目标|项目实施期目标)$/);
      if (target && !project.objective) project.objective = target;
      if (keyed.includes('实施期目标') && keyed.includes('年度目标')) twoPeriods = true;
      if (keyed.includes('一级指标')) {
        inIndicators = true;
        level1At = row.cells.findIndex((c) => compact(c.text) === '一级指标');
        twoPeriods ||= keyed.filter((k) => k === '二级指标').length >= 2;
      }
      continue;
    }
    if (/^(?:负责人|经办人)/.test(keyed[0] ?? '')) break;
    const body = cells.filter((c) => compact(c) !== '绩效指标');
    const lead: string[] = [];
    while (body.length > 0 && isL1(body[0] as string)) lead.push(body.shift() as string);
    const part = twoPeriods ? [...lead, ...annualHalf(body)] : [...lead, ...body];
    // 成本指标 is 一级 in newer templates and 二级 under 产出指标 in older ones: its column tells.
    const underLevel1 = level1At >= 0 && (row.cells[level1At]?.text ?? '') === '' && isL2(row.cells[level1At + 1]?.text ?? '');
    const ind = indicatorFrom(part, prev, false, underLevel1);
    if (ind) {
      project.indicators.push({ ...ind, line: row.line });
      prev = { l1: ind.l1, l2: ind.l2 };
    }
  }
  project.name ||= projectOfTitle(title);
  return project.name ? [project] : [];
}

export function buildPerformanceTable(raw: RawTable, ctx: RecognizeContext): Table {
  const firstCells = raw.rows.slice(0, 6).map((r) => r.cells.filter((c) => c.text !== '').map((c) => compact(c.text)));
  const keyValue =
    firstCells.some(
      (cells) => cells.includes('项目名称') || cells.includes('项目编码') || cells.some((c) => PROJECT_FUNDS.test(c)),
    ) && !firstCells.some((cells) => cells.includes('单位名称'));
  const projects = keyValue ? readKeyValueLayout(raw.rows, raw.title) : readWideLayout(raw.rows);
  const unit = raw.rows.some((r) => r.cells.some((c) => c.text.includes('元') && /[(（]元[)）]/.test(c.text)))
    ? '元'
    : (raw.unit ?? ctx.unit);
  const rows: Row[] = [];
  for (const p of projects) {
    const values: Record<string, Amount> = {};
    if (p.amount) values.amount = p.amount;
    if (p.periodTotal) values.period_total = p.periodTotal;
    const projectTexts: Record<string, string> = {};
    if (p.unitName) projectTexts.unit_name = p.unitName;
    if (p.objective) projectTexts.objective = p.objective;
    if (p.nature) projectTexts.nature = p.nature;
    if (p.period) projectTexts.period = p.period;
    rows.push({
      label: p.name,
      name: normalizeName(p.name),
      code: null,
      codeSource: null,
      level: 1,
      isTotal: false,
      values,
      texts: projectTexts,
      source: { file: ctx.file, line: p.line },
    });
    for (const ind of p.indicators) {
      const t: Record<string, string> = { indicator_l1: ind.l1, indicator_l2: ind.l2 };
      if (ind.description) t.description = ind.description;
      if (ind.target) t.target = ind.target;
      if (ind.weight) t.weight = ind.weight;
      if (ind.basis) t.basis = ind.basis;
      rows.push({
        label: ind.l3,
        name: normalizeName(ind.l3),
        code: null,
        codeSource: null,
        level: 2,
        isTotal: false,
        values: {},
        texts: t,
        source: { file: ctx.file, line: ind.line },
      });
    }
  }
  const columns: Column[] = [
    { key: 'amount', label: '年度资金总额', path: ['年度资金总额'], type: 'amount' },
    { key: 'indicator_l1', label: '一级指标', path: ['一级指标'], type: 'text' },
    { key: 'indicator_l2', label: '二级指标', path: ['二级指标'], type: 'text' },
    { key: 'target', label: '指标值', path: ['指标值'], type: 'text' },
  ];
  const table: Table = {
    kind: 'performance_targets',
    title: raw.title,
    unit,
    source: { file: ctx.file, line: raw.titleLine },
    columns,
    rows,
    empty: projects.length === 0,
    notes: raw.notes,
  };
  if (raw.emptyStatement) table.emptyStatement = raw.emptyStatement;
  return table;
}

/** Tables kept as printed grids (整体绩效目标, untitled grids): rows of text cells, no amounts interpreted. */
export function buildTextGridTable(raw: RawTable, kind: Table['kind'], ctx: RecognizeContext): Table {
  const rows: Row[] = raw.rows.map((r) => {
    const cells = texts(r);
    const t: Record<string, string> = {};
    cells.slice(1).forEach((c, i) => {
      t[`c${i + 1}`] = c;
    });
    return {
      label: cells[0] ?? '',
      name: normalizeName(cells[0] ?? ''),
      code: null,
      codeSource: null,
      level: null,
      isTotal: false,
      values: {},
      texts: t,
      source: { file: ctx.file, line: r.line },
    };
  });
  const table: Table = {
    kind,
    title: raw.title,
    unit: raw.unit ?? ctx.unit,
    source: { file: ctx.file, line: raw.titleLine },
    columns: [],
    rows,
    empty: rows.length === 0,
    notes: raw.notes,
  };
  if (raw.emptyStatement) table.emptyStatement = raw.emptyStatement;
  return table;
}
