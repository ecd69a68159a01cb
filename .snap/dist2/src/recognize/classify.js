import { kindLabel } from '../model/kinds.js';
import { compact } from '../model/names.js';
import { both, contentEvidence } from './kind-evidence.js';
import { BY_ECONOMIC_CLASS } from './vocabulary.js';
/** Title words that name a kind. First match wins: specific before general. */
const TITLE_RULES = [
    { kind: 'unit_performance', test: /整体(?:支出)?绩效/ },
    // 项目支出绩效表 (浙江): per project its amount and 绩效目标; likewise 绩效指标表, 绩效申报表.
    { kind: 'performance_targets', test: /绩效目标|绩效(?:指标)?(?:申报)?表/ },
    { kind: 'three_public', test: /三公/ },
    { kind: 'agency_operating', test: /机关运行经费/ },
    { kind: 'entrusted_business', test: /委托业务费/ },
    { kind: 'procurement', test: /政府采购/ },
    { kind: 'service_purchase', test: /政府购买服务/ },
    { kind: 'assets', test: /资产占用|固定资产|资产情况/ },
    { kind: 'organization_units', test: /机构设置/ },
    // The 一般公共预算 by economic classification, other than its 基本支出: the 项目支出 part (广州, 珠海
    // 表7 …（按经济分类科目）), or the whole (泉州 表八 一般公共预算支出经济分类情况表).
    { kind: 'general_budget_project_expenditure', test: /一般公共预算.*项目支出/, with: BY_ECONOMIC_CLASS },
    { kind: 'general_budget_economic_expenditure', test: /一般公共预算.*支出/, with: BY_ECONOMIC_CLASS, not: /基本支出/ },
    { kind: 'project_expenditure', test: /项目支出(?:及其他支出)?(?:预算)?(?:明细)?表/ },
    { kind: 'gov_fund_income', test: /政府性基金.*收入/, not: /支出/ },
    { kind: 'gov_fund_expenditure', test: /政府性基金/ },
    { kind: 'state_capital', test: /国有资本经营/ },
    { kind: 'general_budget_basic_expenditure', test: /一般公共预算.*基本支出/ },
    { kind: 'general_budget_expenditure', test: /一般公共预算.*支出/ },
    { kind: 'fiscal_appropriation_summary', test: /财政拨款收(?:入)?支(?:出)?/ },
    // All fiscal appropriations by function: 苏州 财政拨款支出表(功能科目), 上海 预算单位财政拨款支出预算表.
    { kind: 'fiscal_appropriation_expenditure', test: /财政拨款(?:安排的?)?支出/ },
    { kind: 'income_expenditure_summary', test: /收(?:入)?支(?:出)?(?:预算|决算)?总(?:体情况)?表/ },
    { kind: 'income_summary', test: /收入(?:预算|决算)?总(?:体情况)?表|^(?:部门)?收入决算表$/ },
    { kind: 'expenditure_summary', test: /支出(?:预算|决算)?总(?:体情况)?表|^(?:部门)?支出决算表$/ },
    { kind: 'general_budget_basic_expenditure', test: /基本支出(?:预算)?表/ },
];
/** The title without its numbering (表一, 1、, 预算01表) and years, compacted. */
function titleText(title) {
    return compact(title)
        .replace(/^(?:表[一二三四五六七八九十]+|\d+[、.])/, '')
        .replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})年度?/g, '');
}
/**
 * The title as printed, then in the national template's wording when it differs (and 重庆's,
 * 广州's): 部门收支总体情况表 is the 收支总表, 项目支出预算情况表 the 项目支出预算表.
 */
function titleWordings(title) {
    const t = titleText(title);
    const plain = t.replace(/总体情况表$/, '总表').replace(/情况表$/, '表');
    return plain === t ? [t] : [t, plain];
}
/** The kind a title names, and the words that name it. */
export function titleKind(title) {
    for (const t of titleWordings(title))
        for (const rule of TITLE_RULES) {
            const match = rule.test.exec(t);
            if (match && !rule.not?.test(t) && (rule.with?.test(t) ?? true))
                return { kind: rule.kind, words: match[0] };
        }
    return null;
}
export function kindFromTitle(title) {
    return titleKind(title)?.kind ?? 'unknown';
}
/** A title naming its kind weighs more than any single clue of the content, less than several. */
export const TITLE_WEIGHT = 6;
/** The least score a kind needs. */
export const MIN_SCORE = 4;
/**
 * The kind the evidence of a table speaks for, with the reasons. `previousTitle` is the title of
 * the last titled table before this one, which an untitled fragment probably continues.
 */
export function decideKind(facts, context = {}) {
    const evidence = [];
    const named = titleKind(facts.title);
    if (named) {
        evidence.push({
            source: 'title',
            kind: named.kind,
            weight: TITLE_WEIGHT,
            note: both({ zh: '标题写明表名', en: 'the title names the table' }),
            seen: [named.words],
        });
    }
    evidence.push(...contentEvidence(facts));
    const scores = new Map();
    for (const e of evidence)
        scores.set(e.kind, (scores.get(e.kind) ?? 0) + e.weight);
    // Highest first; on a tie the kind the title names.
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || (a[0] === named?.kind ? -1 : b[0] === named?.kind ? 1 : 0));
    const [best, second] = ranked;
    const lacking = [];
    let kind = 'unknown';
    if (!best || best[1] < MIN_SCORE) {
        lacking.push(...whatIsMissing(facts, named !== null));
        if (best && best[1] > 0)
            lacking.push({
                zh: `最接近的是${kindLabel(best[0])}，得分 ${best[1]}（至少需 ${MIN_SCORE}）`,
                en: `the nearest is ${kindLabel(best[0])}, scoring ${best[1]} (${MIN_SCORE} needed)`,
            });
    }
    else if (!named && second && second[1] >= best[1] - 1) {
        lacking.push({
            zh: `可能是${kindLabel(best[0])}或${kindLabel(second[0])}，内容不足以区分，且没有标题`,
            en: `could be ${kindLabel(best[0])} or ${kindLabel(second[0])}: the content does not tell them apart and there is no title`,
        });
    }
    else
        kind = best[0];
    if (kind === 'unknown' && facts.headerRows === 0 && facts.title === '' && context.previousTitle !== undefined) {
        lacking.push({
            zh: `无标题也无表头，可能是前面“${context.previousTitle}”的续表`,
            en: `no title and no header: probably a continuation of "${context.previousTitle}" before it`,
        });
    }
    const refined = refine(kind, facts);
    if (refined) {
        evidence.push(refined);
        kind = refined.kind;
        scores.set(kind, (scores.get(kind) ?? 0) + refined.weight);
        lacking.length = 0;
    }
    const recognition = {
        kind,
        score: scores.get(kind) ?? 0,
        evidence: evidence.filter((e) => e.kind === kind),
        alternatives: ranked
            .filter(([k]) => k !== kind)
            .slice(0, 2)
            .map(([k, score]) => ({ kind: k, score })),
        lacking: lacking.map(both),
    };
    return { recognition, lackingWords: lacking };
}
/**
 * Two forms the weighing leaves as another kind: a 项目支出绩效目标表 holding the department's
 * 年度主要任务 (not projects) is the overall target table; an untitled 序号 | 单位名称 list is the
 * list of the units a document covers, as final accounts print it.
 */
function refine(kind, facts) {
    if (kind === 'performance_targets' && facts.unitTargets.count > 0) {
        return {
            source: 'rows',
            kind: 'unit_performance',
            weight: TITLE_WEIGHT,
            note: both({ zh: '内容是部门的年度主要任务，不是项目', en: "the content is the department's yearly tasks, not projects" }),
            seen: facts.unitTargets.examples,
        };
    }
    if (kind === 'unknown' && facts.title === '' && facts.headerCells.includes('单位名称') && facts.headerCells.includes('序号')) {
        return {
            source: 'header',
            kind: 'organization_units',
            weight: MIN_SCORE,
            note: both({ zh: '无标题的“序号、单位名称”名单', en: 'an untitled list headed 序号, 单位名称' }),
            seen: ['序号', '单位名称'],
        };
    }
    return null;
}
/** What a table without enough evidence lacked: a title, a header, rows the vocabulary knows. */
function whatIsMissing(facts, titled) {
    const missing = [];
    if (facts.title === '')
        missing.push({ zh: '无标题', en: 'no title' });
    else if (!titled)
        missing.push({ zh: `标题“${facts.title}”不含已知的表名`, en: `the title "${facts.title}" names no known table` });
    if (facts.headerRows === 0)
        missing.push({ zh: '无表头行，列无法命名', en: 'no header row, so no column could be named' });
    else if (facts.columns.every((c) => ['fallback', 'content', 'total'].includes(c.because.rule))) {
        const cells = facts.headerCells.slice(0, 4).join('、');
        missing.push({ zh: `表头“${cells}”中没有已知的列名`, en: `the header cells "${cells}" name no known column` });
    }
    if (facts.dataRows === 0)
        missing.push({ zh: '无数据行', en: 'no data rows' });
    else if (facts.functionRows.count +
        facts.economicRows.count +
        facts.fiscalSourceRows.count +
        facts.otherSourceRows.count +
        facts.indicators.count +
        facts.threePublicItems.count ===
        0) {
        missing.push({
            zh: '行中没有科目编码或科目名称、收入来源、“三公”项目或绩效指标',
            en: 'the rows hold no classification code or name, income source, “三公” item or indicator',
        });
    }
    return missing;
}
//# sourceMappingURL=classify.js.map