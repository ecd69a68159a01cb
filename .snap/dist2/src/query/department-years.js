/**
 * One department across years: every line of its tables matched by classification code (or by name
 * where it has none), the amount of each year in 万元, the change from the year before, and what
 * the narrative of each year says changed.
 */
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
import { cellsOf, firstTableOfKind, newestDocuments, placeholders, rowKeys } from './fetch.js';
import { change, money, storedAmount } from './money.js';
import { priorYearFindings } from './prior-year.js';
/** Tables whose lines mean the same from year to year. */
export const COMPARED_KINDS = [
    'income_expenditure_summary',
    'income_summary',
    ...SPENDING_BY_FUNCTION,
    'fiscal_appropriation_summary',
    ...SPENDING_BY_ECONOMIC,
    'three_public',
    'agency_operating',
    'entrusted_business',
    'gov_fund_income',
    'project_expenditure',
];
export async function departmentYears(store, department, phase = 'budget') {
    const documents = (await newestDocuments(store, { department, phase })).filter((d) => d.year !== null);
    const years = documents.map((d) => d.year);
    const yearOf = new Map(documents.map((d) => [d.id, d.year]));
    const cells = firstTableOfKind(await cellsOf(store, documents.map((d) => d.id), COMPARED_KINDS, ['total']));
    const keys = rowKeys(cells);
    const lines = new Map();
    // The newest year's order first, then lines only earlier years print.
    const ordered = [...cells].sort((a, b) => (yearOf.get(b.documentId) ?? 0) - (yearOf.get(a.documentId) ?? 0));
    for (const c of ordered) {
        const key = keys.get(c);
        const line = lines.get(key) ?? { first: c, byYear: new Map() };
        line.byYear.set(yearOf.get(c.documentId), storedAmount(c.amount, c.scale, c.unit));
        lines.set(key, line);
    }
    const kindOrder = new Map(COMPARED_KINDS.map((k, i) => [k, i]));
    const compared = [...lines.values()]
        .sort((a, b) => (kindOrder.get(a.first.kind) ?? 0) - (kindOrder.get(b.first.kind) ?? 0))
        .map(({ first, byYear }) => {
        const present = years.filter((y) => byYear.get(y));
        const [earlier, later] = present.slice(-2);
        return {
            kind: first.kind,
            side: first.side,
            code: first.code,
            name: first.name,
            level: first.level,
            isTotal: first.isTotal,
            values: years.map((y) => money(byYear.get(y) ?? null)),
            change: later !== undefined && earlier !== undefined && later === years[years.length - 1]
                ? change(byYear.get(earlier) ?? null, byYear.get(later) ?? null)
                : null,
        };
    });
    return {
        department,
        phase,
        unit: '万元',
        years,
        documents,
        lines: compared,
        narrative: await narrativeChanges(store, documents),
        priorYear: await priorYearFindings(store, { department }),
    };
}
async function narrativeChanges(store, documents) {
    if (documents.length === 0)
        return [];
    const yearOf = new Map(documents.map((d) => [d.id, d.year]));
    const ids = documents.map((d) => d.id);
    const rows = await store.query(`SELECT document_id, claim_no, label, direction, amount, scale, percent, sentence FROM claims
      WHERE kind = 'change' AND document_id IN (${placeholders(ids.length, 1)})
      ORDER BY document_id, claim_no`, ids);
    return rows
        .map((r) => ({
        year: yearOf.get(Number(r.document_id)),
        label: String(r.label),
        direction: r.direction === null ? null : Number(r.direction),
        amount: money(storedAmount(r.amount, r.scale, '万元')),
        percent: r.percent === null ? null : String(r.percent),
        sentence: String(r.sentence),
    }))
        .sort((a, b) => a.year - b.year);
}
//# sourceMappingURL=department-years.js.map