/**
 * What the content of a table says about its kind, each clue weighed: the header vocabulary (the
 * column keys of column-keys.ts: 收入 | 支出 sides, income sources, 基本支出 / 项目支出, 人员经费 /
 * 公用经费 …), the rows (function or economic codes and names, income sources, “三公” items,
 * indicator trees) and the totals that tie. A clue may speak against a kind (negative weight).
 */
import { FISCAL_FUND_KEYS, NON_FISCAL_SOURCE_KEYS } from '../model/column-groups.js';
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
export const both = (w) => `${w.zh} / ${w.en}`;
/** What each clue says, 中文 and English. */
const SAYS = {
    sides: { zh: '表头分收入、支出两栏', en: 'the header has an income and an expenditure side' },
    fundsSpent: { zh: '支出栏按财政拨款资金分列', en: 'the expenditure side is split by fiscal fund' },
    sourceColumns: { zh: '列为收入来源', en: 'the columns are income sources' },
    basicProject: { zh: '列分基本支出、项目支出', en: 'the columns split 基本支出 and 项目支出' },
    spendingExtra: { zh: '列有经营支出、上缴上级或对附属单位补助', en: 'columns for 经营支出, 上缴上级 or 对附属单位补助' },
    personnelPublic: { zh: '列分人员经费、公用经费', en: 'the columns split 人员经费 and 公用经费' },
    projects: { zh: '行按项目列示', en: 'the rows are projects' },
    procurement: { zh: '表头写政府采购', en: 'the header speaks of procurement' },
    services: { zh: '表头写政府购买服务', en: 'the header speaks of purchased services' },
    assets: { zh: '列为数量、价值', en: 'the columns are 数量 and 价值' },
    units: { zh: '列为单位性质、规格或经费保障形式', en: 'the columns describe units' },
    entrusted: { zh: '列有委托事项内容', en: 'a column of entrusted matters' },
    agency: { zh: '表头写机关运行经费', en: 'the header names 机关运行经费' },
    targets: { zh: '表头写绩效目标', en: 'the header names 绩效目标' },
    targetsPerProject: { zh: '目标按项目列示', en: 'the targets are per project' },
    functionRows: { zh: '行按支出功能分类科目', en: 'the rows are function classification items' },
    economicRows: { zh: '行按支出经济分类科目', en: 'the rows are economic classification items' },
    projectByEconomic: { zh: '按经济分类列示项目支出', en: 'project spending by economic classification' },
    allByEconomic: { zh: '按经济分类列示基本支出和项目支出', en: '基本支出 and 项目支出 by economic classification' },
    sourceRows: { zh: '行为收入来源', en: 'the rows are income sources' },
    otherSources: { zh: '收入栏有非财政拨款来源', en: 'the income side lists sources other than fiscal appropriations' },
    fiscalOnly: { zh: '收入栏只有财政拨款', en: 'the income side lists fiscal appropriations only' },
    threePublic: { zh: '列出“三公”经费项目', en: 'the “三公” items are listed' },
    indicators: { zh: '有绩效指标（一级、二级、三级指标）', en: 'an indicator tree (一级/二级/三级指标)' },
};
/** Tables of spending by function, told apart by the fund they cover (which only a title says). */
const BY_FUNCTION = [...SPENDING_BY_FUNCTION];
/** Keys of the columns that split income by source. */
const SOURCE_KEYS = new Set([
    'fiscal_appropriation',
    'current_year',
    'carryover',
    'carryover_fiscal',
    'carryover_non_fiscal',
    ...FISCAL_FUND_KEYS,
    ...NON_FISCAL_SOURCE_KEYS,
]);
const SPENDING_EXTRA = new Set(['business', 'remit_superior', 'subsidy_subordinate']);
/** The clues gathered: each for (or, weighing less than zero, against) one kind. */
class Clues {
    list = [];
    add(source, words, kinds, weight, seen) {
        for (const kind of kinds)
            this.list.push({ source, kind, weight, note: both(words), seen });
    }
}
/** The printed labels of the amount columns with these keys (a 小计 by the group it totals). */
const labels = (facts, keep) => [
    ...new Set(facts.columns
        .filter((c) => c.type === 'amount' && keep(c.key.replace(/_\d+$/, '')))
        .map((c) => (c.because.rule === 'group' ? (c.because.group ?? c.because.label) : c.because.label))),
];
const isTwoSided = (facts) => new Set(facts.columns.map((c) => c.side).filter((s) => s !== undefined)).size === 2;
function headerClues(facts, keys, clues) {
    if (isTwoSided(facts)) {
        const sides = [...new Set(facts.columns.filter((c) => c.side).map((c) => c.path[0] ?? ''))].slice(0, 2);
        clues.add('header', SAYS.sides, ['income_expenditure_summary', 'fiscal_appropriation_summary'], 3, sides);
        const funds = facts.columns.filter((c) => c.side === 'expenditure' && FISCAL_FUND_KEYS.includes(c.key));
        if (funds.length > 0)
            clues.add('header', SAYS.fundsSpent, ['fiscal_appropriation_summary'], 2, funds.map((c) => c.because.label));
    }
    else {
        const sources = labels(facts, (k) => SOURCE_KEYS.has(k));
        if (sources.length >= 2)
            clues.add('header', SAYS.sourceColumns, ['income_summary'], 3, sources.slice(0, 4));
    }
    const basic = keys.has('basic');
    const project = keys.has('project');
    if (basic || project) {
        const seen = labels(facts, (k) => k === 'basic' || k === 'project');
        clues.add('header', SAYS.basicProject, BY_FUNCTION, basic && project ? 2 : 1, seen);
    }
    const extra = labels(facts, (k) => SPENDING_EXTRA.has(k));
    if (extra.length > 0)
        clues.add('header', SAYS.spendingExtra, ['expenditure_summary'], 2, extra);
    if (keys.has('personnel') && keys.has('public_use')) {
        const seen = labels(facts, (k) => k === 'personnel' || k === 'public_use');
        if (project)
            clues.add('header', SAYS.personnelPublic, ['general_budget_expenditure', 'fiscal_appropriation_expenditure'], 1, seen);
        else
            clues.add('header', SAYS.personnelPublic, ['general_budget_basic_expenditure'], 2, seen);
    }
    const projectColumns = facts.columns.filter((c) => ['project_type', 'project_l1', 'project_l2'].includes(c.key));
    const namesProjects = facts.columns.some((c) => c.role === 'label' && c.because.label === '项目名称');
    if (projectColumns.length > 0)
        clues.add('header', SAYS.projects, ['project_expenditure'], 4, projectColumns.map((c) => c.because.label));
    else if (namesProjects && facts.columns.some((c) => c.type === 'amount'))
        clues.add('header', SAYS.projects, ['project_expenditure'], 2, ['项目名称']);
}
/** Header words of the tables that are no money-by-classification grids. */
function vocabularyClues(facts, keys, clues) {
    // Header words, not a sentence that a misread first row put in the header.
    const cells = (test) => facts.headerCells.filter((c) => c.length <= 16 && !/[,，。;；]/.test(c) && test.test(c)).slice(0, 3);
    const procurement = cells(/^(?:政府)?采购(?:品目|类别|项目|目录|物品|组织形式|方式|金额|数量)|^政府采购(?:金额|预算)/);
    if (procurement.length > 0 || keys.has('unit_price') || keys.has('procurement_amount'))
        clues.add('header', SAYS.procurement, ['procurement'], 4, procurement);
    const services = cells(/购买服务|指导性目录/).filter((c) => !/^是否/.test(c));
    if (services.length > 0)
        clues.add('header', SAYS.services, ['service_purchase'], 4, services);
    if (keys.has('quantity') && keys.has('value'))
        clues.add('header', SAYS.assets, ['assets'], 4, ['数量', '价值']);
    const units = facts.columns.filter((c) => ['unit_type', 'unit_grade', 'funding_form'].includes(c.key));
    if (units.length > 0)
        clues.add('header', SAYS.units, ['organization_units'], 4, units.map((c) => c.because.label));
    if (keys.has('content'))
        clues.add('header', SAYS.entrusted, ['entrusted_business'], 4, ['委托事项内容']);
    if (facts.agencyCells.count > 0)
        clues.add('header', SAYS.agency, ['agency_operating'], 4, facts.agencyCells.examples);
    // A 绩效目标 column alone is weak: 广州's project table has one too.
    const targets = cells(/绩效目标/);
    if (targets.length > 0)
        clues.add('header', SAYS.targets, ['performance_targets', 'unit_performance'], 1, targets);
    const projects = cells(/项目/);
    if (facts.indicators.count >= 2 && projects.length > 0)
        clues.add('header', SAYS.targetsPerProject, ['performance_targets'], 2, projects);
    // A 项目 column, one amount and the 绩效目标 beside it: each project's money and its target (广东's
    // 重点项目预算绩效目标 under a narrative heading, no title). A project table has several amount columns.
    const named = cells(/^项目(?:名称)?$/);
    const amounts = facts.columns.filter((c) => c.type === 'amount').length;
    if (targets.length > 0 && named.length > 0 && amounts === 1)
        clues.add('header', SAYS.targetsPerProject, ['performance_targets'], 3, [...named, ...targets]);
}
function dominant(a, b) {
    return a.count >= 2 && a.count > b.count;
}
function rowClues(facts, keys, clues) {
    if (dominant(facts.functionRows, facts.economicRows))
        clues.add('rows', SAYS.functionRows, [...BY_FUNCTION, 'income_summary'], 1, facts.functionRows.examples);
    if (dominant(facts.economicRows, facts.functionRows)) {
        const seen = facts.economicRows.examples;
        clues.add('rows', SAYS.economicRows, [...SPENDING_BY_ECONOMIC], 3, seen);
        clues.add('rows', SAYS.economicRows, [...BY_FUNCTION, 'income_summary'], -3, seen);
        // 基本支出 beside 项目支出 is all the spending by economic class; 项目支出 alone its project part.
        if (keys.has('project')) {
            const whole = keys.has('basic');
            const words = whole ? SAYS.allByEconomic : SAYS.projectByEconomic;
            clues.add('rows', words, [whole ? 'general_budget_economic_expenditure' : 'general_budget_project_expenditure'], 2, seen);
            clues.add('rows', words, ['general_budget_basic_expenditure'], -2, seen);
        }
    }
    const fiscal = facts.fiscalSourceRows;
    const other = facts.otherSourceRows;
    if (fiscal.count + other.count >= 2) {
        if (!isTwoSided(facts))
            clues.add('rows', SAYS.sourceRows, ['income_summary'], 2, [...fiscal.examples, ...other.examples].slice(0, 4));
        else if (other.count > 0) {
            clues.add('rows', SAYS.otherSources, ['income_expenditure_summary'], 2, other.examples);
            clues.add('rows', SAYS.otherSources, ['fiscal_appropriation_summary'], -2, other.examples);
        }
        else
            clues.add('rows', SAYS.fiscalOnly, ['fiscal_appropriation_summary'], 1, fiscal.examples);
    }
    const items = facts.threePublicItems;
    if (items.count > 0)
        clues.add('header', SAYS.threePublic, ['three_public'], items.count >= 2 ? 5 : 2, items.examples);
    if (facts.indicators.count >= 2) {
        clues.add('rows', SAYS.indicators, ['performance_targets', 'unit_performance'], 5, facts.indicators.examples);
        clues.add('rows', SAYS.indicators, ['project_expenditure'], -4, facts.indicators.examples);
    }
}
function tieClues(facts, keys, clues) {
    for (const tie of facts.ties) {
        const words = { zh: `合计行相符：${tie}`, en: `the total row ties: ${tie}` };
        if (tie.startsWith('合计 = 基本支出'))
            clues.add('totals', words, BY_FUNCTION, 1, [tie]);
        else if (tie.startsWith('收入总计'))
            clues.add('totals', words, ['income_expenditure_summary', 'fiscal_appropriation_summary'], 1, [tie]);
        else
            clues.add('totals', words, [keys.has('project') ? 'general_budget_expenditure' : 'general_budget_basic_expenditure'], 1, [
                tie,
            ]);
    }
}
/** Every clue the content gives, for and against each kind. */
export function contentEvidence(facts) {
    const clues = new Clues();
    const keys = new Set(facts.columns.map((c) => c.key.replace(/_\d+$/, '')));
    headerClues(facts, keys, clues);
    vocabularyClues(facts, keys, clues);
    rowClues(facts, keys, clues);
    tieClues(facts, keys, clues);
    return clues.list;
}
//# sourceMappingURL=kind-evidence.js.map