import { isAmountText, isMoneyText } from '../model/amount.js';
import { compact } from '../model/names.js';
/**
 * A sheet wider than the page printed across: under the title repeated on the next page come the
 * columns that did not fit, with their own header and the same data rows (北京 水务局 预算02表 收入总表:
 * 合计 | 本年收入 … on one page, 其他收入 | 上年结转结余 … on the next, one row of amounts under each).
 * Such a strip is the right part of the rows above, not rows of their own: its header differs from
 * the table's, it has as many data rows, and a data row names nothing the table's row does not.
 */
/** Leading rows without an amount: the header. */
function headerCount(rows) {
    const first = rows.findIndex((r) => r.cells.some((c) => isAmountText(c.text)));
    return first < 0 ? rows.length : first;
}
const width = (rows) => Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.col + (c.span ?? 1))));
const headerKey = (rows) => rows.map((r) => r.cells.map((c) => compact(c.text)).join('|')).join('/');
/** What names a row: its texts other than money (codes too), in order. */
const namingCells = (row) => row.cells.filter((c) => c.text !== '' && !isMoneyText(c.text));
const labels = (row) => namingCells(row).map((c) => compact(c.text));
/**
 * The columns of the strip that repeat the table's row labels (a 科目 column printed again on the
 * next page): how many leading columns to drop; null when a strip row names something else.
 */
function repeatedLabelColumns(data, strip) {
    let drop = 0;
    for (let i = 0; i < strip.length; i++) {
        const named = labels(strip[i]);
        if (named.length === 0)
            continue;
        const own = labels(data[i]);
        if (named.join('|') !== own.slice(0, named.length).join('|'))
            return null;
        const last = namingCells(strip[i]).pop();
        drop = Math.max(drop, last.col + (last.span ?? 1));
    }
    return drop;
}
function shifted(cells, from, offset) {
    return cells.filter((c) => c.col >= from).map((c) => ({ ...c, col: c.col - from + offset }));
}
/**
 * The table's rows with the strip's joined on their right, or null when the strip is not the rest of
 * those rows. A blank first cell in a header row of the strip continues the group the table's header
 * row ends with (本年收入 over 其他收入): that group's span grows over it.
 */
export function joinSideStrip(rows, strip) {
    // As many rows on both sides comes first: most pages continue a table downwards, and cost nothing here.
    if (strip.length !== rows.length || rows.length < 2)
        return null;
    const head = headerCount(rows);
    const stripHead = headerCount(strip);
    const data = rows.slice(head);
    const stripData = strip.slice(stripHead);
    if (head === 0 || stripHead !== head || data.length === 0)
        return null;
    if (headerKey(rows.slice(0, head)) === headerKey(strip.slice(0, head)))
        return null;
    const drop = repeatedLabelColumns(data, stripData);
    if (drop === null)
        return null;
    const offset = width(rows);
    return rows.map((row, i) => {
        const part = strip[i];
        const added = shifted(part.cells, drop, offset);
        const cells = row.cells.map((c) => ({ ...c }));
        if (i < head && added[0]?.text === '') {
            const group = [...cells].reverse().find((c) => c.text !== '');
            let run = 0;
            while (added[run]?.text === '')
                run++;
            if (group && group.col + (group.span ?? 1) === offset && (group.span ?? 1) > 1) {
                group.span = (group.span ?? 1) + run;
                added.splice(0, run);
            }
        }
        return { ...row, cells: [...cells, ...added] };
    });
}
//# sourceMappingURL=side-strips.js.map