/**
 * The hand-checked expectations of tests/fixtures/corpus-expectations/<city>.json: their shape, and
 * the arithmetic of the typed figures (a total that does not add up is either a typing mistake or a
 * document error declared in `doesNotTie`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
export const expectationsDir = join(projectRoot, 'tests', 'fixtures', 'corpus-expectations');
export function loadExpectations() {
    return readdirSync(expectationsDir)
        .filter((f) => f.endsWith('.json') && f !== 'passing.json')
        .sort()
        .map((f) => ({
        ...JSON.parse(readFileSync(join(expectationsDir, f), 'utf8')),
        city: f.slice(0, -5),
    }));
}
/** The cities whose expectations the reader meets; the test runs only these unless CORPUS_EXPECT says otherwise. */
export function loadPassing() {
    return JSON.parse(readFileSync(join(expectationsDir, 'passing.json'), 'utf8'));
}
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** Exact decimal arithmetic on the typed strings: value × 10^-scale. */
function parse(text) {
    const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
    const scaled = BigInt(whole + fraction) * (text.startsWith('-') ? -1n : 1n);
    return { scaled, scale: fraction.length };
}
function format(scaled, scale) {
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
}
/** Σ of the typed amounts (blank = 0) at the largest scale, and that scale. */
function sum(texts) {
    const parts = texts.filter((t) => t !== undefined).map(parse);
    const scale = Math.max(0, ...parts.map((p) => p.scale));
    return { scaled: parts.reduce((acc, p) => acc + p.scaled * 10n ** BigInt(scale - p.scale), 0n), scale };
}
/** Every amount typed in the fixture is a plain decimal string (no separators, no blanks). */
export function malformedAmounts(e) {
    const bad = [];
    for (const t of e.tables) {
        const rows = [...(t.totals ?? []), ...(t.classRows ?? []), ...(t.threePublic ?? [])];
        for (const r of rows)
            for (const [key, value] of Object.entries(r.values))
                if (!DECIMAL.test(value))
                    bad.push(`${e.city} p.${t.page} ${t.title} ${key}: "${value}"`);
    }
    return bad;
}
/** Record a mismatch when `whole` is printed and differs from the sum of the printed `parts`. */
function tie(found, at, check, column, whole, parts) {
    if (whole === undefined || parts.every((p) => p === undefined))
        return;
    const total = sum(parts);
    const printed = parse(whole);
    const scale = Math.max(total.scale, printed.scale);
    const computed = total.scaled * 10n ** BigInt(scale - total.scale);
    if (printed.scaled * 10n ** BigInt(scale - printed.scale) !== computed)
        found.push({ ...at, check, column, printed: whole, computed: format(computed, scale) });
}
const EXPENDITURE_PARTS = ['project', 'business', 'remit_superior', 'subsidy_subordinate'];
/** Column identities of one row: 合计 = 基本 + 项目 (+ …), 基本 = 人员 + 公用, 合计 = 本年 + 上年结转. */
function rowTies(found, t, row) {
    const keys = new Set(Object.keys(t.columns ?? {}));
    const at = { page: row.page ?? t.page, table: t.title, row: row.row ?? row.code ?? '' };
    const v = row.values;
    // Without a 基本支出 column (人员经费 | 公用经费 side by side under it), its two parts stand in for it.
    const basic = keys.has('basic') ? [v.basic] : [v.personnel, v.public_use];
    const parts = [...basic, ...EXPENDITURE_PARTS.map((k) => v[k])];
    if (keys.has('basic') || keys.has('project'))
        tie(found, at, '合计 = 基本支出 + 项目支出 (+ 经营/上缴/补助)', 'total', v.total, parts);
    // 基本支出 = 人员 + 公用; in a 基本支出 table (no 项目支出 column) the 合计 is that 基本支出.
    if (keys.has('personnel') && keys.has('public_use') && (keys.has('basic') || !keys.has('project'))) {
        const whole = keys.has('basic') ? 'basic' : 'total';
        tie(found, at, `${whole} = 人员经费 + 公用经费`, whole, v[whole], [v.personnel, v.public_use]);
    }
    if (keys.has('current_year') && keys.has('carryover'))
        tie(found, at, '合计 = 本年收入 + 上年结转', 'total', v.total, [v.current_year, v.carryover]);
}
function classSumTies(found, e, t) {
    const wanted = t.classRowsSum;
    if (!wanted)
        return;
    const target = (t.totals ?? []).find((r) => r.row === wanted.row && r.side === wanted.side);
    if (!target)
        throw new Error(`${e.city} p.${t.page} ${t.title}: classRowsSum names no total row`);
    const classes = (t.classRows ?? []).filter((r) => r.side === wanted.side);
    const at = { page: target.page ?? t.page, table: t.title, row: wanted.row };
    for (const [key, value] of Object.entries(target.values))
        tie(found, at, 'Σ 类', key, value, classes.map((c) => c.values[key] ?? '0'));
}
function threePublicTies(found, t) {
    const item = (role) => t.threePublic?.find((i) => i.item === role);
    const total = item('total');
    const vehicle = item('vehicle');
    for (const [key, value] of Object.entries(total?.values ?? {})) {
        const parts = ['abroad', 'reception', 'vehicle'].map((r) => item(r)?.values[key]);
        tie(found, { page: t.page, table: t.title, row: total?.printed ?? '' }, '三公 = 出国 + 接待 + 用车', key, value, parts);
    }
    for (const [key, value] of Object.entries(vehicle?.values ?? {})) {
        const parts = ['vehicle_purchase', 'vehicle_operation'].map((r) => item(r)?.values[key]);
        tie(found, { page: t.page, table: t.title, row: vehicle?.printed ?? '' }, '用车 = 购置 + 运行', key, value, parts);
    }
}
/** The grand total of a side: 收入总计 / 支出总计, or 收入合计 / 支出合计 / 合计 where no 总计 is printed. */
const GRAND_TOTAL = /总计$|^(?:收入|支出)?合计$/;
function grandTotalTies(found, t) {
    const grand = (side) => (t.totals ?? []).find((r) => r.side === side && GRAND_TOTAL.test(r.row ?? ''));
    const income = grand('income');
    const spending = grand('expenditure');
    if (!income || !spending)
        return;
    const at = { page: spending.page ?? t.page, table: t.title, row: spending.row ?? '' };
    // A grand total printed on one side only (left blank on the other) is a mismatch too.
    for (const key of new Set(['total', ...Object.keys(income.values)])) {
        const a = income.values[key];
        const b = spending.values[key];
        if (a === undefined && b === undefined)
            continue;
        if (a === undefined || b === undefined)
            found.push({ ...at, check: '收入总计 = 支出总计', column: key, printed: b ?? 'blank', computed: a ?? 'blank' });
        else
            tie(found, at, '收入总计 = 支出总计', key, b, [a]);
    }
}
/** The identities a correct document satisfies, applied to the typed figures. */
export function computeMismatches(e) {
    const found = [];
    for (const t of e.tables) {
        for (const row of [...(t.totals ?? []), ...(t.classRows ?? [])])
            rowTies(found, t, row);
        classSumTies(found, e, t);
        threePublicTies(found, t);
        grandTotalTies(found, t);
    }
    return found;
}
//# sourceMappingURL=fixture.js.map