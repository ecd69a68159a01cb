import { parseAmount } from '../model/amount.js';
import { compact } from '../model/names.js';
import { flatIndicator, flatIndicatorColumns, indicatorFrom, isL1, isL2, PROJECT_AMOUNT, texts, } from './performance-parts.js';
/**
 * Layout B (Hebei, Shanxi, 泉州, 重庆's 重点专项资金绩效目标表): one project per table, keys and values in
 * cells (项目名称 | 科技发展专项 | 主管部门 | 重庆市科学技术局; 当年预算 | 109,703.00), the indicators
 * below — as a tree (一级指标 …) or flat (指标名称 | 指标性质 | 指标值 …).
 */
/** The labels of such a form: a key is never the value of the key before it (an empty form prints none). */
const KEY = /^(?:项目名称|项目编码|实施单位|主管部门|(?:资金)?主管部门|项目属性|项目期|预算数|年度资金总额[:：]?|年度资金申请总额|当年预算|市级支出|补助区县|实施期资金总额[:：]?|项目资金总额|(?:专项)?资金总额[:：]?|项目实施期目标|其中[:：]?财政拨款|财政拨款|其他资金|项目概况|项目内容|立项依据|(?:当年|年度)?绩效目标|总体目标|实施期目标|年度目标|绩效指标)$/;
function valueAfter(cells, key) {
    const i = cells.findIndex((c) => key.test(compact(c)));
    if (i < 0)
        return null;
    const value = cells.slice(i + 1).find((c) => !key.test(compact(c)) && c !== '');
    return value === undefined || KEY.test(compact(value)) ? null : value;
}
/** A key naming a project's funds: 年度资金总额, 年度资金申请总额, 项目资金总额, 资金总额 (泉州). */
export const PROJECT_FUNDS = /^(?:年度|项目|专项)?资金(?:申请)?总额[:：]?$/;
/** The words that make a table look like one project's form: its name, its code, its funds. */
const FORM_KEY = new RegExp(`^(?:项目名称|项目编码)$|${PROJECT_FUNDS.source}`);
/**
 * Is this table one project's form (keys and values in cells), not a grid of many projects? A form
 * prints a key's value beside it; a grid prints the same words as column headers, each followed by
 * the next header, with the values below (长沙 2026年项目支出绩效目标表: 单位编码 | 单位（项目）名称 |
 * 资金总额 | 绩效目标 | 绩效指标, then 合计 270.00 and a row per unit and project). A form without any
 * amount is an empty form either way.
 */
export function isKeyValueForm(rows) {
    const first = rows.slice(0, 6).map(texts);
    const keyed = first.map((cells) => cells.map(compact));
    if (!keyed.some((cells) => cells.some((c) => FORM_KEY.test(c))))
        return false;
    if (keyed.some((cells) => cells.includes('单位名称')))
        return false;
    if (first.some((cells) => valueAfter(cells, FORM_KEY) !== null))
        return true;
    return !rows.some((r) => texts(r).some((t) => PROJECT_AMOUNT.test(t)));
}
/**
 * A form that prints no 项目名称 names its project in its title (泉州: 办公设备购置及公安服务器升级改造
 * 项目绩效目标表); a generic title (项目支出绩效目标表) names none.
 */
export function projectOfTitle(title) {
    const name = compact(title)
        .replace(/^\d{4}年度?/, '')
        .replace(/(?:项目)?(?:支出)?绩效目标(?:申报)?表$/, (end) => (end.startsWith('项目') ? '项目' : ''));
    return /^(?:部门|单位)?(?:项目支出|项目)?$/.test(name) ? '' : name;
}
/** Split a two-period indicator row (实施期 | 年度) and keep the annual half. */
function annualHalf(cells) {
    const second = cells.findIndex((c, i) => i >= 1 && (isL1(c) || isL2(c)));
    if (second >= 1)
        return cells.slice(second);
    if (cells.length >= 2 && cells.length % 2 === 0)
        return cells.slice(cells.length / 2);
    return cells;
}
/** The amount of the first key that has one. */
function amountOf(cells, keys) {
    for (const key of keys) {
        const value = valueAfter(cells, key);
        const amount = value ? parseAmount(value) : null;
        if (amount)
            return amount;
    }
    return null;
}
export function readKeyValueLayout(rows, title) {
    const project = {
        name: '',
        unitName: null,
        amount: null,
        periodTotal: null,
        objective: '',
        line: rows[0]?.line ?? 0,
        indicators: [],
    };
    let inIndicators = false;
    let flat = null;
    let twoPeriods = false;
    let level1At = -1;
    let prev = { l1: '', l2: '' };
    for (const row of rows) {
        const cells = texts(row);
        if (cells.length === 0)
            continue;
        const keyed = cells.map(compact);
        if (!inIndicators) {
            const name = valueAfter(cells, /^项目名称$/);
            if (name && !project.name)
                project.name = name;
            const unit = valueAfter(cells, /^(?:实施单位|(?:资金)?主管部门)$/);
            if (unit && !project.unitName)
                project.unitName = unit;
            const nature = valueAfter(cells, /^项目属性$/);
            if (nature)
                project.nature = nature;
            const term = valueAfter(cells, /^项目期$/);
            if (term)
                project.period = term;
            project.amount ??= amountOf(cells, [
                /^预算数$/,
                /^年度资金(?:申请)?总额[:：]?$/,
                /^当年预算$/,
                /^(?:专项)?资金总额[:：]?$/,
            ]);
            project.periodTotal ??= amountOf(cells, [/^实施期资金总额[:：]?$/, /^项目资金总额$/]);
            project.fiscal ??= amountOf(cells, [/^(?:其中[:：]?)?财政拨款$/]);
            const about = valueAfter(cells, /^(?:项目概况|项目内容|立项依据)$/);
            if (about)
                project.overview = project.overview ? `${project.overview}\n${about}` : about;
            const target = valueAfter(cells, /^(?:(?:当年|年度)?绩效目标|总体目标|项目实施期目标)$/);
            if (target && !project.objective)
                project.objective = target;
            if (keyed.includes('实施期目标') && keyed.includes('年度目标'))
                twoPeriods = true;
            flat = flatIndicatorColumns(row);
            if (keyed.includes('一级指标') || flat) {
                inIndicators = true;
                level1At = row.cells.findIndex((c) => compact(c.text) === '一级指标');
                twoPeriods ||= keyed.filter((k) => k === '二级指标').length >= 2;
            }
            continue;
        }
        if (/^(?:负责人|经办人)/.test(keyed[0] ?? ''))
            break;
        if (flat) {
            const ind = flatIndicator(row, flat);
            if (ind)
                project.indicators.push({ ...ind, line: row.line });
            continue;
        }
        const body = cells.filter((c) => compact(c) !== '绩效指标');
        const lead = [];
        while (body.length > 0 && isL1(body[0]))
            lead.push(body.shift());
        const part = twoPeriods ? [...lead, ...annualHalf(body)] : [...lead, ...body];
        // 成本指标 is 一级 in newer templates and 二级 under 产出指标 in older ones: its column tells.
        const underLevel1 = level1At >= 0 && (row.cells[level1At]?.text ?? '') === '' && isL2(row.cells[level1At + 1]?.text ?? '');
        const ind = indicatorFrom(part, prev, false, underLevel1);
        if (ind) {
            project.indicators.push({ ...ind, line: row.line });
            prev = { l1: ind.l1, l2: ind.l2 };
        }
    }
    // An empty form (keys without values) names no project, whatever its title.
    if (!project.name && (project.amount || project.indicators.length > 0))
        project.name = projectOfTitle(title);
    return project.name ? [project] : [];
}
//# sourceMappingURL=performance-keyvalue.js.map