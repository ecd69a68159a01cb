import { parseAmount } from '../model/amount.js';
import { compact, normalizeName } from '../model/names.js';
import { columnHeader, readColumnLayout } from './performance-columns.js';
import { isKeyValueForm, readKeyValueLayout } from './performance-keyvalue.js';
import { HEADER_CELL, indicatorFrom, isL1, isL2, PROJECT_AMOUNT, texts } from './performance-parts.js';
/**
 * Performance-target tables (项目支出绩效目标表): projects, each followed by an indicator tree
 * (一级/二级/三级指标 → 指标值). Dumps break their columns badly, so cells are read by meaning:
 * indicator levels by their vocabulary, the project amount as the money cell after the name.
 */
const UNIT_CELL = /^\d[\d ]{3,}\s*\S+|^\d{5,}-/;
/** A 合计 line of a table of many projects. */
const TOTAL_NAME = /^(?:合计|总计)$/;
/** The project amount's header as printed (金额, 当年财政拨款预算金额 …), 年度资金总额 when none is. */
function printedAmountLabel(rows) {
    for (const row of rows.slice(0, 6)) {
        for (const cell of row.cells) {
            // 预算数（单位：万元）: the unit is the table's.
            const label = compact(cell.text).replace(/[(（]单位[:：](?:万元|元)[)）]$/, '');
            if (/^(?:(?:年度|专项)?资金(?:申请)?总额|金额|当年财政拨款预算金额|预算金额|预算数)$/.test(label))
                return label;
        }
    }
    return '年度资金总额';
}
function totalLine(name, amount, line) {
    return {
        name,
        unitName: null,
        amount: parseAmount(amount),
        periodTotal: null,
        objective: '',
        line,
        isTotal: true,
        indicators: [],
    };
}
/** Layout A (Jilin): one wide table of many projects; a project row carries name and 年度资金总额. */
function readWideLayout(rows) {
    const projects = [];
    let current = null;
    let lastUnit = null;
    let prev = { l1: '', l2: '' };
    for (const row of rows) {
        const cells = texts(row);
        if (cells.length === 0 || cells.every((c) => HEADER_CELL.test(compact(c))))
            continue;
        // An amount alone, before any project, is the table's total printed without its 合计 (湖州 退役军人事务局).
        if (cells.length === 1 && PROJECT_AMOUNT.test(cells[0]) && projects.length === 0) {
            projects.push(totalLine('', cells[0], row.line));
            continue;
        }
        const amountAt = cells.findIndex((c, i) => PROJECT_AMOUNT.test(c) && i <= 3 && i >= 1);
        if (amountAt >= 1) {
            // A 序号 before the name is no unit.
            const before = cells.slice(0, amountAt).filter((c) => !/^\d{1,3}$/.test(c));
            let name = before[before.length - 1] ?? '';
            if (before.length === 1 && TOTAL_NAME.test(compact(name))) {
                projects.push(totalLine(name, cells[amountAt], row.line));
                current = null;
                continue;
            }
            let unitName = before.length >= 2 ? before[before.length - 2] : null;
            if (UNIT_CELL.test(name) && before.length === 1) {
                unitName = name;
                name = '';
            }
            if (unitName)
                lastUnit = unitName;
            const after = cells.slice(amountAt + 1);
            const objective = after.length > 0 && !isL1(after[0]) && !isL2(after[0]) ? after.shift() : '';
            current = {
                name,
                unitName: unitName ?? lastUnit,
                amount: parseAmount(cells[amountAt]),
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
        if (!current)
            continue;
        const ind = indicatorFrom(cells, prev, true);
        if (ind && (ind.target !== undefined || ind.weight !== undefined)) {
            current.indicators.push({ ...ind, line: row.line });
            prev = { l1: ind.l1, l2: ind.l2 };
        }
    }
    return projects;
}
export function buildPerformanceTable(raw, ctx) {
    const header = columnHeader(raw.rows);
    const projects = header >= 0
        ? readColumnLayout(raw.rows, header)
        : isKeyValueForm(raw.rows)
            ? readKeyValueLayout(raw.rows, raw.title)
            : readWideLayout(raw.rows);
    const unit = raw.rows.some((r) => r.cells.some((c) => c.text.includes('元') && /[(（]元[)）]/.test(c.text)))
        ? '元'
        : (raw.unit ?? ctx.unit);
    const rows = [];
    for (const p of projects) {
        const values = {};
        if (p.amount)
            values.amount = p.amount;
        if (p.periodTotal)
            values.period_total = p.periodTotal;
        if (p.fiscal)
            values.fiscal_appropriation = p.fiscal;
        const projectTexts = {};
        if (p.unitName)
            projectTexts.unit_name = p.unitName;
        if (p.objective)
            projectTexts.objective = p.objective;
        if (p.overview)
            projectTexts.overview = p.overview;
        if (p.nature)
            projectTexts.nature = p.nature;
        if (p.period)
            projectTexts.period = p.period;
        rows.push({
            label: p.name,
            name: normalizeName(p.name),
            code: null,
            codeSource: null,
            level: p.isTotal ? null : 1,
            isTotal: p.isTotal === true,
            values,
            texts: projectTexts,
            source: { file: ctx.file, line: p.line },
        });
        for (const ind of p.indicators) {
            const t = { indicator_l1: ind.l1, indicator_l2: ind.l2 };
            if (ind.description)
                t.description = ind.description;
            if (ind.target)
                t.target = ind.target;
            if (ind.weight)
                t.weight = ind.weight;
            if (ind.basis)
                t.basis = ind.basis;
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
    const amountLabel = printedAmountLabel(raw.rows);
    // Projects with their targets in words and no indicator (项目 | 预算数 | 绩效目标) show those columns.
    const inWordsOnly = projects.every((p) => p.indicators.length === 0) && projects.some((p) => p.objective !== '');
    const text = (key, label) => ({ key, label, path: [label], type: 'text' });
    const columns = [
        { key: 'amount', label: amountLabel, path: [amountLabel], type: 'amount' },
        ...(inWordsOnly
            ? [text('objective', '绩效目标')]
            : [text('indicator_l1', '一级指标'), text('indicator_l2', '二级指标'), text('target', '指标值')]),
    ];
    const table = {
        kind: 'performance_targets',
        title: raw.title,
        unit,
        source: { file: ctx.file, line: raw.titleLine },
        columns,
        rows,
        empty: projects.length === 0,
        notes: raw.notes,
    };
    if (raw.emptyStatement)
        table.emptyStatement = raw.emptyStatement;
    return table;
}
/** Tables kept as printed grids (整体绩效目标, untitled grids): rows of text cells, no amounts interpreted. */
export function buildTextGridTable(raw, kind, ctx) {
    const rows = raw.rows.map((r) => {
        const cells = texts(r);
        const t = {};
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
    const table = {
        kind,
        title: raw.title,
        unit: raw.unit ?? ctx.unit,
        source: { file: ctx.file, line: raw.titleLine },
        columns: [],
        rows,
        empty: rows.length === 0,
        notes: raw.notes,
    };
    if (raw.emptyStatement)
        table.emptyStatement = raw.emptyStatement;
    return table;
}
//# sourceMappingURL=performance.js.map