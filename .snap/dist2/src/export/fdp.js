/**
 * Fiscal Data Package export (the frictionless specification OpenSpending reads): `datapackage.json`
 * and one CSV of budget lines. A line is a row of a table by function or by economic
 * classification (or of the 收入总表) that no other row of its table breaks down, so the lines of a
 * table add up to its total. The classification codes are dimensions with their levels (function
 * 类/款/项, economic 类/款, each level's code and name, each code's parent); each amount column is a
 * measure with currency CNY, the factor of the unit (10000 for 万元), the direction (expenditure,
 * revenue) and the phase (proposed for a 预算; for a 决算 executed, its 年初预算 approved and its
 * 调整预算 adjusted).
 */
import { codeList } from '../codes/lists.js';
import { convertUnit, formatAmount } from '../model/amount.js';
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
import { originLabel } from '../report/origin.js';
import { csvText } from './csv.js';
const RESOURCE = 'budget-lines';
/** Which tables give lines, and in which direction the money goes. */
function directionOf(kind) {
    if (SPENDING_BY_FUNCTION.includes(kind) || SPENDING_BY_ECONOMIC.includes(kind))
        return 'expenditure';
    return kind === 'income_summary' ? 'revenue' : null;
}
/** The budget phase an amount column stands for in a document of this phase. */
export function fdpPhase(phase, key) {
    if (phase === 'budget')
        return 'proposed';
    if (key === 'budget')
        return 'approved';
    return key === 'adjusted_budget' ? 'adjusted' : 'executed';
}
/** Columns of another year's figures (上年预算数 beside this year's) are no measure of this year. */
const isOtherYear = (key) => key.startsWith('prior_year');
/**
 * The rows no other row of the table breaks down: a coded row no longer code of the table extends,
 * an uncoded row not followed by a deeper one; totals only when the table has nothing else.
 */
export function lineRows(rows) {
    const body = rows.filter((r) => !r.isTotal);
    const parents = new Set();
    for (const r of body)
        for (let n = 1; r.code && n < r.code.length; n++)
            parents.add(r.code.slice(0, n));
    const lines = body.filter((r, i) => {
        if (r.code)
            return !parents.has(r.code);
        const next = body[i + 1];
        return !next || (next.level ?? 0) <= (r.level ?? 0);
    });
    const chosen = lines.length > 0 ? lines : rows.filter((r) => r.isTotal).slice(0, 1);
    return chosen.filter((r) => Object.keys(r.values).length > 0);
}
/** Each classification's level fields: 类/款/项 of function, 类/款 of economic. */
const LEVELS = { function: ['l1', 'l2', 'l3'], economic: ['l1', 'l2'] };
const CODE_LENGTHS = [3, 5, 7];
const LIST_SCHEME = { function: 'function', economic: 'economic-department' };
/** A row's code as levels of a classification: its prefixes of 3, 5 and 7 digits, named. */
function classify(code, scheme, year, names) {
    const list = codeList(LIST_SCHEME[scheme], year ?? undefined);
    if (!/^\d+$/.test(code) || !list.byCode.has(code.slice(0, 3)))
        return null;
    const out = {};
    LEVELS[scheme].forEach((level, i) => {
        const length = CODE_LENGTHS[i];
        if (code.length < length)
            return;
        const prefix = code.slice(0, length);
        out[`${scheme}_${level}_code`] = prefix;
        out[`${scheme}_${level}_name`] = names.get(prefix) ?? list.byCode.get(prefix)?.name ?? '';
    });
    return out;
}
const DIMENSION_FIELDS = [
    'department',
    'fiscal_year',
    'phase',
    'document_title',
    'table_kind',
    'table_title',
    ...['function', 'economic'].flatMap((s) => LEVELS[s].flatMap((l) => [`${s}_${l}_code`, `${s}_${l}_name`])),
    'row_code',
    'row_name',
    'source_file',
    'origin',
];
/** `datapackage.json` and the lines' CSV. */
export function fdpFiles(tables, name = 'budgetlens-export') {
    const chosen = tables.filter((t) => directionOf(t.kind) !== null);
    // One unit for every measure: 万元 when every table is in 万元, else 元 (exactly converted).
    const unit = chosen.every((t) => t.unit === '万元') ? '万元' : '元';
    const measures = new Map();
    const lines = [];
    for (const table of chosen) {
        const direction = directionOf(table.kind);
        const doc = table.document;
        const scheme = SPENDING_BY_ECONOMIC.includes(table.kind) ? 'economic' : 'function';
        const names = new Map(table.rows.filter((r) => r.code).map((r) => [r.code, r.name]));
        const labels = new Map(table.columns.map((c) => [c.key, c.label]));
        for (const row of lineRows(table.rows)) {
            const amounts = {};
            for (const [key, amount] of Object.entries(row.values)) {
                if (isOtherYear(key))
                    continue;
                const measure = `${direction}_${doc.phase}_${key}`;
                if (!measures.has(measure))
                    measures.set(measure, { key, label: labels.get(key) ?? key, direction, phase: fdpPhase(doc.phase, key) });
                amounts[measure] = convertUnit(amount, table.unit, unit);
            }
            if (Object.keys(amounts).length === 0)
                continue;
            lines.push({
                fields: {
                    department: doc.department ?? '',
                    fiscal_year: doc.year === null ? '' : String(doc.year),
                    phase: doc.phase,
                    document_title: doc.title,
                    table_kind: table.kind,
                    table_title: table.title,
                    ...(row.code ? classify(row.code, scheme, doc.year, names) : null),
                    row_code: row.code ?? '',
                    // A row named only in a text column (北京's 收入总表 names its units by 单位编码 and 单位名称).
                    row_name: row.name || row.texts.unit_name || row.texts.unit_code || '',
                    source_file: row.source.file,
                    origin: originLabel(row.source, 'short'),
                },
                amounts,
            });
        }
    }
    const measureNames = [...measures.keys()];
    const header = [...DIMENSION_FIELDS, ...measureNames];
    const records = lines.map((l) => [
        ...DIMENSION_FIELDS.map((f) => l.fields[f] ?? ''),
        ...measureNames.map((m) => (l.amounts[m] ? formatAmount(l.amounts[m]) : '')),
    ]);
    const csv = csvText([header, ...records], false);
    const years = chosen.map((t) => t.document.year).filter((y) => y !== null);
    const descriptor = {
        profile: 'tabular-data-package',
        name,
        title: `BudgetLens 预算透镜 export: ${[...new Set(chosen.map((t) => t.document.department ?? t.document.title))].join('、')}`,
        resources: [
            {
                profile: 'tabular-data-resource',
                name: RESOURCE,
                path: `${RESOURCE}.csv`,
                format: 'csv',
                mediatype: 'text/csv',
                encoding: 'utf-8',
                schema: {
                    fields: [
                        ...DIMENSION_FIELDS.map((f) => ({ name: f, type: f === 'fiscal_year' ? 'integer' : 'string' })),
                        ...measureNames.map((m) => ({ name: m, type: 'number', decimalChar: '.' })),
                    ],
                },
            },
        ],
        model: { measures: measuresModel(measures, unit), dimensions: DIMENSIONS },
        countryCode: 'CN',
        granularity: 'aggregated',
        // China's fiscal year is the calendar year.
        ...(years.length > 0 ? { fiscalPeriod: { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` } } : {}),
    };
    return [
        { name: 'datapackage.json', data: `${JSON.stringify(descriptor, null, 2)}\n` },
        { name: `${RESOURCE}.csv`, data: csv },
    ];
}
function measuresModel(measures, unit) {
    const factor = unit === '万元' ? 10000 : 1;
    return Object.fromEntries([...measures].map(([name, m]) => [
        name,
        {
            source: name,
            resource: RESOURCE,
            currency: 'CNY',
            factor,
            direction: m.direction,
            phase: m.phase,
            title: `${m.label} (${m.key})`,
        },
    ]));
}
const attribute = (source, extra = {}) => ({ source, resource: RESOURCE, ...extra });
/** The classification's levels: each level's code (its parent the level above) and name (label of the code). */
function classificationDimension(scheme, classificationType) {
    const attributes = {};
    LEVELS[scheme].forEach((level, i) => {
        const code = `${scheme}_${level}_code`;
        const above = LEVELS[scheme][i - 1];
        attributes[code] = attribute(code, above ? { parent: `${scheme}_${above}_code` } : {});
        attributes[`${scheme}_${level}_name`] = attribute(`${scheme}_${level}_name`, { labelfor: code });
    });
    return {
        dimensionType: 'classification',
        classificationType,
        attributes,
        primaryKey: LEVELS[scheme].map((l) => `${scheme}_${l}_code`),
    };
}
/** A dimension of plain attributes, the first labelled by the second when `labelled`. */
function plainDimension(dimensionType, fields, labelled = false) {
    const attributes = Object.fromEntries(fields.map((f, i) => [f, attribute(f, labelled && i === 1 ? { labelfor: fields[0] } : {})]));
    return { dimensionType, attributes, primaryKey: fields.length === 1 ? fields[0] : fields };
}
const DIMENSIONS = {
    department: plainDimension('entity', ['department']),
    fiscal_year: plainDimension('datetime', ['fiscal_year']),
    document: plainDimension('other', ['document_title', 'phase']),
    table: plainDimension('other', ['table_kind', 'table_title'], true),
    function: classificationDimension('function', 'functional'),
    economic: classificationDimension('economic', 'economic'),
    line: plainDimension('other', ['row_code', 'row_name']),
    origin: plainDimension('other', ['source_file', 'origin']),
};
//# sourceMappingURL=fdp.js.map