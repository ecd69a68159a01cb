import { codeList } from '../codes/lists.js';
import { atScale, parseAmount } from '../model/amount.js';
import { FISCAL_FUND_KEYS, NON_FISCAL_SOURCE_KEYS } from '../model/column-groups.js';
import { compact, nfkc, normalizeName } from '../model/names.js';
import { columnMeaning } from './column-keys.js';
import { AGENCY_OPERATING, INDICATOR_HEADER, INDICATOR_L1, THREE_PUBLIC_ITEM, UNIT_TARGET_CELL } from './vocabulary.js';
const MAX_EXAMPLES = 3;
/** Data rows looked at for codes, names, sources, items and indicator words. */
const SAMPLE_ROWS = 30;
function seen() {
    return { count: 0, examples: [] };
}
function note(s, example) {
    s.count++;
    if (s.examples.length < MAX_EXAMPLES && !s.examples.includes(example))
        s.examples.push(example);
}
/** A code printed before the name in one cell: 2010601-行政运行, [201]一般公共服务支出, 301 工资福利支出. */
const LEADING_CODE = /^[[【(（]?(\d{3}(?:\d{2}){0,2})(?:[\]】)）]|[-—_:：]|(?=[^\d.,]))/;
/**
 * A cell as `compact` makes it (NFKC, no spaces), but not remembered: amounts are read here too, and
 * each distinct amount would take a place in compact's memo, pushing out the labels other stages
 * look up again and again.
 */
const squeeze = (text) => nfkc(text).replace(/\s+/g, '');
/** The code a row prints: in its code columns, else at the head of its first filled cells. */
function rowCode(row, codeColumns) {
    for (const c of codeColumns) {
        const text = squeeze(row.cells[c.index]?.text ?? '');
        if (/^\d{3}(?:\d{2}){0,2}$/.test(text))
            return text;
    }
    for (const cell of row.cells.slice(0, 4)) {
        const text = squeeze(cell.text);
        if (text === '')
            continue;
        const code = LEADING_CODE.exec(text)?.[1] ?? (/^\d{3}(?:\d{2}){0,2}$/.test(text) ? text : null);
        if (code)
            return code;
    }
    return null;
}
/** The row's names: its label columns (one per side), else its first text cell that is no amount and no bare code. */
function rowNames(row, labelColumns) {
    const names = labelColumns.map((c) => row.cells[c.index]?.text ?? '').filter((t) => t !== '' && parseAmount(t) === null);
    if (names.length > 0)
        return names;
    const first = row.cells.find((c) => c.text !== '' && parseAmount(c.text) === null && !/^\d+$/.test(compact(c.text)));
    return first ? [first.text] : [];
}
/** A row name with a code printed in front of it (2010601-行政运行) is looked up by the name part. */
function bareName(name) {
    return normalizeName(name.replace(LEADING_CODE, ''));
}
function listsOf(year) {
    return {
        function: codeList('function', year),
        economic: [codeList('economic-department', year), codeList('economic-government', year)],
    };
}
function schemeOfCode(code, lists) {
    const head = code.slice(0, 3);
    if (lists.function.byCode.has(head))
        return 'function';
    return lists.economic.some((l) => l.byCode.has(head)) ? 'economic' : null;
}
/** Names recur from table to table (行政运行, 一般公共预算拨款收入): each is looked up once, within bounds. */
const nameMeanings = new Map();
function meaningOfName(name, lists) {
    const id = `${lists.function.year}|${name}`;
    const known = nameMeanings.get(id);
    if (known)
        return known;
    const bare = bareName(name);
    // 项 names such as 行政运行 recur under every 类, and 其他支出 is both a function and an economic 类.
    const isFunction = lists.function.named(bare).some((e) => e.level <= 2);
    const isEconomic = lists.economic.some((l) => l.named(bare).length > 0);
    const key = columnMeaning([normalizeName(name)]).key.replace(/^carryover_/, '');
    const meaning = {
        scheme: isFunction === isEconomic ? null : isFunction ? 'function' : 'economic',
        source: FISCAL_FUND_KEYS.includes(key) || key === 'fiscal_appropriation'
            ? 'fiscal'
            : NON_FISCAL_SOURCE_KEYS.includes(key)
                ? 'other'
                : null,
    };
    if (nameMeanings.size >= 20_000)
        nameMeanings.clear();
    nameMeanings.set(id, meaning);
    return meaning;
}
const TOTAL_ROW = /^(?:合计|总计|.{0,8}合计)$/;
function amountAt(row, column) {
    if (!column)
        return null;
    return parseAmount(row.cells[column.index]?.text ?? '');
}
/** A whole that is not zero and equals the sum of its parts, exactly (at the finest scale printed). */
function ties(whole, parts) {
    if (!whole || whole.scaled === 0n || parts.some((p) => p === null))
        return false;
    const amounts = parts;
    const scale = Math.max(whole.scale, ...amounts.map((a) => a.scale));
    return atScale(whole, scale) === amounts.reduce((sum, a) => sum + atScale(a, scale), 0n);
}
/** Totals in the 合计 row that tie: 合计 = 基本支出 + 项目支出, 基本支出 (or 合计) = 人员经费 + 公用经费. */
function totalTies(rows, columns, labelColumns) {
    const byKey = (key, side) => columns.find((c) => c.key === key && c.side === side && c.type === 'amount');
    const totalRow = rows.find((r) => TOTAL_ROW.test(compact(rowNames(r, labelColumns)[0] ?? '')));
    const found = [];
    if (totalRow) {
        const at = (key) => amountAt(totalRow, byKey(key));
        const basic = at('basic');
        if (ties(at('total'), [basic, at('project')]))
            found.push('合计 = 基本支出 + 项目支出');
        if (ties(basic ?? at('total'), [at('personnel'), at('public_use')]))
            found.push(`${basic ? '基本支出' : '合计'} = 人员经费 + 公用经费`);
    }
    // Two sides: the last row whose income and expenditure labels are both totals holds the same amount.
    const incomeTotal = byKey('total', 'income');
    const spendingTotal = byKey('total', 'expenditure');
    const incomeLabel = labelColumns.find((c) => c.side === 'income');
    const spendingLabel = labelColumns.find((c) => c.side === 'expenditure');
    if (incomeTotal && spendingTotal && incomeLabel && spendingLabel) {
        const both = rows.filter((r) => /总计$/.test(compact(r.cells[incomeLabel.index]?.text ?? '')) &&
            /总计$/.test(compact(r.cells[spendingLabel.index]?.text ?? '')));
        const last = both[both.length - 1];
        if (last && ties(amountAt(last, incomeTotal), [amountAt(last, spendingTotal)]))
            found.push('收入总计 = 支出总计');
    }
    return found;
}
export function tableFacts(title, layout, year) {
    const listYear = year ?? 2024;
    const { columns } = layout;
    const labelColumns = columns.filter((c) => c.role === 'label' || c.key === 'unit_name');
    const codeColumns = columns.filter((c) => c.role === 'code');
    const headerCells = [...new Set(layout.headerRows.flatMap((r) => r.cells.map((c) => compact(c.text)).filter((t) => t !== '')))];
    const facts = {
        title,
        headerRows: layout.headerRows.length,
        dataRows: layout.dataRows.length,
        headerCells,
        columns,
        functionRows: seen(),
        economicRows: seen(),
        fiscalSourceRows: seen(),
        otherSourceRows: seen(),
        threePublicItems: seen(),
        indicators: seen(),
        unitTargets: seen(),
        agencyCells: seen(),
        ties: totalTies(layout.dataRows, columns, labelColumns),
    };
    const items = new Set();
    const item = (text) => {
        const which = THREE_PUBLIC_ITEM.exec(text)?.[0];
        if (which && !items.has(which)) {
            items.add(which);
            note(facts.threePublicItems, text);
        }
    };
    for (const cell of headerCells) {
        item(cell);
        if (INDICATOR_HEADER.test(cell))
            note(facts.indicators, cell);
        if (UNIT_TARGET_CELL.test(cell))
            note(facts.unitTargets, cell);
        if (AGENCY_OPERATING.test(cell))
            note(facts.agencyCells, cell);
    }
    const lists = listsOf(listYear);
    // The first rows tell what the rows are; reading every row of a long table would tell nothing more.
    for (const row of layout.dataRows.slice(0, SAMPLE_ROWS)) {
        const code = rowCode(row, codeColumns);
        const names = rowNames(row, labelColumns);
        const scheme = code ? schemeOfCode(code, lists) : null;
        const first = compact(names[0] ?? '');
        const shown = code && !first.includes(code) ? `${code} ${first}` : first;
        if (scheme === 'function')
            note(facts.functionRows, shown);
        else if (scheme === 'economic')
            note(facts.economicRows, shown);
        for (const name of code ? [] : names) {
            const meaning = meaningOfName(name, lists);
            if (meaning.scheme === 'function')
                note(facts.functionRows, compact(name));
            else if (meaning.scheme === 'economic')
                note(facts.economicRows, compact(name));
            if (meaning.source === 'fiscal')
                note(facts.fiscalSourceRows, compact(name));
            else if (meaning.source === 'other')
                note(facts.otherSourceRows, compact(name));
            item(compact(name));
        }
        // Indicator and overall-target words stand in any cell of a form (key-value layouts have no header row).
        for (const cell of row.cells) {
            // Indicator words hold no digit: amounts and codes are passed by before any lookup.
            if (cell.text === '' || cell.text.length > 20 || /\d/.test(cell.text))
                continue;
            const text = compact(cell.text);
            if (text.length > 12)
                continue;
            if (INDICATOR_L1.test(text) || INDICATOR_HEADER.test(text))
                note(facts.indicators, text);
            else if (UNIT_TARGET_CELL.test(text))
                note(facts.unitTargets, text);
        }
    }
    return facts;
}
//# sourceMappingURL=table-facts.js.map