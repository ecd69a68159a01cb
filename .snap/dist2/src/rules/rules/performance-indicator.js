import { atScale, convertUnit, formatAmount, parseAmount } from '../../model/amount.js';
import { compact } from '../../model/names.js';
const BOUNDS = [
    [/^(?:>=|≥|=>|\\geq|大于等于|不低于|不少于|不小于)/, 'ge'],
    [/^(?:<=|≤|=<|\\leq|小于等于|不高于|不超过|不多于|不大于)/, 'le'],
    [/^(?:>|大于|高于|超过)/, 'gt'],
    [/^(?:<|小于|低于)/, 'lt'],
    [/^(?:=|等于)/, 'eq'],
];
const NUMBER = /^(\d+(?:,\d{3})*(?:\.\d+)?)(.*)$/;
/** The target as a bound on a number, or null when it is words ("有所提升", "按计划时限完成", "5月份前"). */
export function parseTarget(text) {
    if (!text)
        return null;
    let rest = compact(text);
    let bound = 'eq'; // a bare value ("12人", "100%") is what the indicator should be
    for (const [pattern, b] of BOUNDS) {
        const match = pattern.exec(rest);
        if (match) {
            bound = b;
            rest = rest.slice(match[0].length);
            break;
        }
    }
    const number = NUMBER.exec(rest);
    const value = number?.[1] ? parseAmount(number[1]) : null;
    if (!value)
        return null;
    return { bound, value, unit: number?.[2] ?? '' };
}
const isPercent = (t) => t.unit === '%' || t.unit === '百分比' || t.unit === '百分';
const isUpper = (t) => t.bound === 'le' || t.bound === 'lt';
/**
 * Indicators that measure the project's whole cost. Kept narrow on purpose: component costs
 * (翻译成本, 评估成本), standards (举办会议及活动标准) and per-unit costs (每人, 人均) are not the whole.
 */
const WHOLE_COST = /^(?:实际支出成本|项目(?:支出|总)?成本|总成本|(?:大会)?总体费用|项目总?经费|(?:项目)?资金总额)(?:\((?:万元|元)\))?$/;
/** Count units: a rate or a 满意度 measured in these is a count, not a share. Time units (天, 月底…) are not here. */
const COUNT_UNIT = /^(?:个|次|家|类|场|人|项|件|户|场次|人次|批次|批|台|套|份|篇|期|条|名|所|座|辆|册|种|款|本)$/;
/** Shares that cannot exceed 100%. */
const BOUNDED_SHARE = /(?:满意度|完成率|合格率|准确率|覆盖率|正常运行率|达标率|到位率|知晓率|及时率)$/;
/** Shares whose target is a floor: an upper bound means the indicator is written the wrong way round. */
const FLOOR_SHARE = /(?:满意度|合格率|完成率|准确率)$/;
const GROWTH = /增长|增幅|同比|环比/;
const RATE = /(?:率|满意度)$/;
/** The name without a trailing unit note "（%）" and trailing dots. */
const indicatorName = (row) => compact(row.name)
    .replace(/[.。]+$/, '')
    .replace(/\((?:%|％|万元|元)\)$/, '');
/** Money in 元 at `scale` decimals (万元 × 10,000, exact), for comparing a target with the annual amount. */
function inYuan(amount, unit, scale) {
    return atScale(convertUnit(amount, unit, '元'), scale);
}
/** The target's money unit: "万元" and "万" alone are 万元, "元" is 元; anything else (元/次, 人/次, 亿) is not a whole amount. */
function moneyUnit(unit) {
    if (unit === '万元' || unit === '万')
        return '万元';
    if (unit === '元')
        return '元';
    return null;
}
/** Whether a sum of `funds` meets the bound. */
function satisfies(funds, target, value) {
    switch (target.bound) {
        case 'eq':
            return funds === value;
        case 'ge':
            return funds >= value;
        case 'gt':
            return funds > value;
        default:
            return true;
    }
}
/** The annual amount written in the target's unit, e.g. 20.00 万元 → "200000.00" for a target in 元 (exact). */
function amountIn(amount, from, to) {
    const text = formatAmount(convertUnit(amount, from, to));
    return from === '元' && to === '万元' ? text.replace(/\.?0+$/, '') : text; // 30,000 元 is "3" 万元, not "3.0000"
}
function checkCost(context, table, project, row, target) {
    const amount = project.values.amount;
    const unit = moneyUnit(target.unit);
    if (!amount || !unit || !WHOLE_COST.test(indicatorName(row)))
        return;
    const scale = Math.max(amount.scale, target.value.scale);
    const funds = inYuan(amount, table.unit, scale);
    const value = inYuan(target.value, unit, scale);
    const period = project.values.period_total;
    const periodFunds = period ? inYuan(period, table.unit, Math.max(scale, period.scale)) : null;
    const periodValue = period ? inYuan(target.value, unit, Math.max(scale, period.scale)) : null;
    const data = {
        name: row.name,
        project: project.name,
        target: row.texts.target ?? '',
        amount: amount.raw,
        unit: table.unit,
    };
    const report = { table, row, column: 'target', expected: amountIn(amount, table.unit, unit), actual: target.value.raw };
    if (isUpper(target)) {
        // A cap is only a warning: the project cannot spend above its funds anyway, the cap was just not updated.
        if (value === funds || (periodFunds !== null && periodValue === periodFunds))
            return;
        context.report({ messageId: 'cost-cap', severity: 'warning', data, ...report });
        return;
    }
    if (satisfies(funds, target, value))
        return;
    if (periodFunds !== null && periodValue !== null && satisfies(periodFunds, target, periodValue))
        return;
    context.report({ messageId: 'cost', data, ...report });
}
/**
 * Performance-target indicators that contradict their own project or themselves: a whole-cost
 * indicator other than the annual amount, a rate measured in a count, a share above 100%, a floor
 * written as a cap.
 */
export const performanceIndicator = {
    meta: {
        id: 'performance-indicator',
        title: { zh: '绩效指标与目标矛盾', en: 'Indicators that contradict themselves' },
        description: {
            zh: '项目支出绩效目标表中的指标值应与项目和指标本身相符：衡量项目全部成本的指标（实际支出成本、项目总成本、资金总额等）应与年度资金总额一致（有实施期资金总额的，与之一致亦可）；以“率”或“满意度”命名的指标应以百分比而非个数计；满意度、完成率、合格率等不应超过100%；满意度、合格率、完成率、准确率应为下限（≥）而非上限（≤）。',
            en: "Indicator values in the performance-target table agree with their project and with themselves: an indicator of the project's whole cost (实际支出成本, 项目总成本, 资金总额…) matches the annual amount (or the implementation-period total, where there is one); an indicator named as a rate (…率) or a satisfaction (满意度) is a percentage, not a count; satisfaction, completion, pass and similar rates are at most 100%; satisfaction, pass, completion and accuracy rates are floors (≥), not caps (≤).",
        },
        severity: 'error',
        tags: ['performance'],
        messages: {
            cost: {
                zh: '项目“{project}”的成本指标“{name}”指标值为“{target}”，与年度资金总额 {amount} {unit} 矛盾',
                en: 'Project "{project}": cost indicator "{name}" has the value "{target}", which contradicts the annual amount of {amount} {unit}',
            },
            'cost-cap': {
                zh: '项目“{project}”的成本指标“{name}”上限为“{target}”，年度资金总额为 {amount} {unit}，上限未按预算更新',
                en: 'Project "{project}": cost indicator "{name}" caps the cost at "{target}" while the annual amount is {amount} {unit}; the cap was not updated',
            },
            rate: {
                zh: '项目“{project}”的指标“{name}”以比率命名，指标值“{target}”却是数量（{unit}）',
                en: 'Project "{project}": indicator "{name}" is named as a rate but its value "{target}" is a count ({unit})',
            },
            'over-100': {
                zh: '项目“{project}”的指标“{name}”指标值“{target}”超过100%',
                en: 'Project "{project}": indicator "{name}" has the value "{target}", above 100%',
            },
            direction: {
                zh: '项目“{project}”的指标“{name}”指标值“{target}”为上限，应为下限（≥）',
                en: 'Project "{project}": indicator "{name}" has the value "{target}", an upper bound where a floor (≥) is meant',
            },
        },
    },
    check(context) {
        for (const table of context.doc.tables.filter((t) => t.kind === 'performance_targets')) {
            let project = null;
            for (const row of table.rows) {
                if (row.level === 1)
                    project = row;
                if (row.level !== 2 || !project)
                    continue;
                const target = parseTarget(row.texts.target);
                if (!target)
                    continue;
                const name = indicatorName(row);
                const data = { project: project.name, name: row.name, target: row.texts.target ?? '', unit: target.unit };
                const at = { table, row, column: 'target', actual: target.value.raw };
                checkCost(context, table, project, row, target);
                // Only a known count unit makes a count: a number with words glued on (002's "≥95保障工作完成",
                // the 95 of a percentage run into the next cell's text) or a time (及时率 "<=48小时", "=12月底")
                // is left alone.
                if (RATE.test(name) && COUNT_UNIT.test(target.unit)) {
                    context.report({ messageId: 'rate', severity: 'warning', data, ...at });
                }
                if (!isPercent(target))
                    continue;
                const hundred = 100n * 10n ** BigInt(target.value.scale);
                const above = target.bound === 'gt' ? target.value.scaled >= hundred : target.value.scaled > hundred;
                if (BOUNDED_SHARE.test(name) && !GROWTH.test(name) && !isUpper(target) && above) {
                    context.report({ messageId: 'over-100', data, ...at, expected: '100' });
                }
                if (FLOOR_SHARE.test(name) && isUpper(target)) {
                    context.report({ messageId: 'direction', severity: 'warning', data, ...at });
                }
            }
        }
    },
};
//# sourceMappingURL=performance-indicator.js.map