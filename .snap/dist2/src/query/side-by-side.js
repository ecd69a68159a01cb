/**
 * The departments of a region (or of the whole store) side by side, each by its newest document
 * of the year: total spending and its 基本/项目 split, 三公 and 机关运行经费, spending by function 类
 * and by economic 款, and the findings the checker raised.
 */
import { byCodeUnit } from '../model/order.js';
import { cellsOf, firstTableOfKind, newestDocuments } from './fetch.js';
import { money, storedAmount } from './money.js';
/** Where each figure is read, in order of preference: the first table that prints it wins. */
const TOTALS = ['expenditure_summary', 'general_budget_expenditure'];
const BY_FUNCTION = ['general_budget_expenditure', 'expenditure_summary'];
const BY_ECONOMIC = ['general_budget_basic_expenditure', 'general_budget_economic_expenditure'];
const KINDS = [
    ...new Set([...TOTALS, ...BY_FUNCTION, ...BY_ECONOMIC, 'three_public', 'agency_operating']),
];
export async function sideBySide(store, filter) {
    const phase = filter.phase ?? 'budget';
    const all = await newestDocuments(store, { region: filter.region, year: filter.year, phase });
    const documents = newestYearPerDepartment(all, filter.year);
    const cells = firstTableOfKind(await cellsOf(store, documents.map((d) => d.id), KINDS, ['total', 'basic', 'project'], [1, 2]));
    const byDoc = new Map();
    for (const c of cells)
        byDoc.set(c.documentId, [...(byDoc.get(c.documentId) ?? []), c]);
    const functionNames = new Map();
    const economicNames = new Map();
    const departments = documents.map((document) => {
        const own = byDoc.get(document.id) ?? [];
        const totalOf = (kinds, key) => firstOf(kinds, (kind) => own.find((c) => c.kind === kind && c.isTotal && c.columnKey === key));
        const lines = (kinds, level, names) => {
            const kind = kinds.find((k) => own.some((c) => c.kind === k && c.level === level && c.code));
            const out = {};
            for (const c of own) {
                if (c.kind !== kind || c.level !== level || !c.code || c.columnKey !== 'total' || c.code in out)
                    continue;
                const value = money(amountOf(c));
                if (value === null)
                    continue;
                out[c.code] = value;
                if (!names.has(c.code))
                    names.set(c.code, c.name);
            }
            return out;
        };
        return {
            document,
            total: money(totalOf(TOTALS, 'total')),
            basic: money(totalOf(TOTALS, 'basic')),
            project: money(totalOf(TOTALS, 'project')),
            threePublic: money(totalOf(['three_public'], 'total')),
            agencyOperating: money(totalOf(['agency_operating'], 'total')),
            byFunction: lines(BY_FUNCTION, 1, functionNames),
            byEconomic: lines(BY_ECONOMIC, 2, economicNames),
        };
    });
    const headings = (names) => [...names].map(([code, name]) => ({ code, name })).sort((a, b) => byCodeUnit(a.code, b.code));
    return {
        region: filter.region ?? null,
        year: filter.year ?? null,
        phase,
        unit: '万元',
        departments,
        functionClasses: headings(functionNames),
        economicItems: headings(economicNames),
    };
}
function amountOf(c) {
    return storedAmount(c.amount, c.scale, c.unit);
}
function firstOf(kinds, find) {
    for (const kind of kinds) {
        const c = find(kind);
        if (c)
            return amountOf(c);
    }
    return null;
}
/** Without a year, each department by its newest year; documents without a department stand alone. */
function newestYearPerDepartment(documents, year) {
    if (year !== undefined)
        return documents;
    const newest = new Map();
    for (const d of documents) {
        const key = d.department ?? `#${d.id}`;
        const seen = newest.get(key);
        if (!seen || (d.year ?? 0) > (seen.year ?? 0))
            newest.set(key, d);
    }
    return [...newest.values()];
}
//# sourceMappingURL=side-by-side.js.map