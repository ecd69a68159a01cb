import { normalizeName } from '../model/names.js';
import { readOutturns } from '../narrative/outturn.js';
import { FUND_NAME } from '../recognize/vocabulary.js';
/** Each fund's expenditure table: the 决算表 a paragraph on that fund's spending restates. */
const FUND_TABLE = [
    [FUND_NAME.general_budget, 'general_budget_expenditure'],
    [FUND_NAME.gov_fund, 'gov_fund_expenditure'],
    [FUND_NAME.state_capital, 'state_capital'],
];
/** The one fund a text names, or null when it names none or several. */
function fundOf(text) {
    const named = FUND_TABLE.filter(([re]) => re.test(text));
    return named.length === 1 ? (named[0]?.[1] ?? null) : null;
}
/** The fund a section speaks of: its heading's, else its parent section's. */
function sectionFund(sections, section) {
    const own = fundOf(section.heading);
    if (own)
        return own;
    const index = sections.indexOf(section);
    const parent = section.parent
        ? sections
            .slice(0, index)
            .reverse()
            .find((s) => s.number === section.parent)
        : undefined;
    return parent ? fundOf(parent.heading) : null;
}
/** The one row of a table that the path names level by level (类, then its 款, then its 项), or null. */
function rowOfPath(table, path) {
    const names = path.map(normalizeName);
    const parents = [];
    const hits = [];
    for (const row of table.rows) {
        if (row.level === null || row.isTotal || row.level > 3)
            continue;
        parents[row.level - 1] = normalizeName(row.name);
        parents.length = row.level;
        if (row.level === names.length && names.every((n, i) => parents[i] === n))
            hits.push(row);
    }
    return hits.length === 1 ? hits[0] : null;
}
/** The table's 合计 row: the whole a sentence on the fund's spending restates. */
const totalRow = (table) => table.rows.find((r) => r.isTotal && r.side === undefined) ?? null;
/** The 决算表 row an outturn pair is of: its path's row in its fund's table, or that table's total. */
function rowOf(doc, claim) {
    const sections = doc.narrative;
    if (claim.path) {
        const kind = sectionFund(sections, claim.section);
        const table = kind ? doc.tables.find((t) => t.kind === kind && t.rows.length > 0) : undefined;
        const row = table ? rowOfPath(table, claim.path) : null;
        const name = claim.path.map((n, i) => `${n}（${'类款项'[i]}）`).join('');
        return table && row ? { table, row, name } : null;
    }
    // "一般公共预算财政拨款支出年初预算为 …": the whole of one fund's spending.
    const whole = /^(?:一般公共预算|政府性基金预算?|国有资本经营预算?)(?:财政)?拨款支出$/.exec(claim.subject);
    const kind = whole ? fundOf(claim.subject) : null;
    const table = kind ? doc.tables.find((t) => t.kind === kind && t.rows.length > 0) : undefined;
    const row = table ? totalRow(table) : null;
    return table && row ? { table, row, name: claim.subject } : null;
}
/**
 * The amount claims of a final account's outturn pairs, each with the 决算表 cell it restates: the
 * budget against the table's 年初预算数 (or 调整预算数) column, the outturn against its 决算数 合计.
 * A pair whose row no table prints, or a budget the table has no column for, is left out: the
 * general check of narrative amounts speaks of them.
 */
export function outturnTargets(doc, amounts) {
    const targets = new Map();
    if (doc.phase !== 'final_account')
        return targets;
    const outturns = readOutturns(doc.narrative);
    if (outturns.length === 0)
        return targets;
    // The claims of each section in text order: an outturn's figures are the next claims that print them.
    const bySection = new Map();
    for (const a of amounts)
        bySection.set(a.section, [...(bySection.get(a.section) ?? []), a]);
    const cursor = new Map();
    const claimOf = (section, raw) => {
        const list = bySection.get(section) ?? [];
        const from = cursor.get(section) ?? 0;
        const index = list.findIndex((c, i) => i >= from && c.amount.raw === raw);
        if (index < 0)
            return null;
        cursor.set(section, index + 1);
        return list[index];
    };
    for (const claim of outturns) {
        const budgetClaim = claimOf(claim.section, claim.budget.raw);
        const outturnClaim = claimOf(claim.section, claim.outturn.raw);
        const found = rowOf(doc, claim);
        if (!found)
            continue;
        const has = (key) => found.table.columns.some((c) => c.key === key);
        if (budgetClaim && has(claim.budgetKind))
            targets.set(budgetClaim, {
                ...found,
                key: claim.budgetKind,
                label: `${found.name}${claim.budgetKind === 'budget' ? '年初预算' : '调整预算'}`,
            });
        if (outturnClaim && has('total'))
            targets.set(outturnClaim, { ...found, key: 'total', label: `${found.name}决算数` });
    }
    return targets;
}
//# sourceMappingURL=outturn-targets.js.map