import { compact } from '../model/names.js';
import { buildLayout } from './header.js';
/** The rows a layout is laid on to tell a table's kind: the header and a sample of its data. */
const PROBE_ROWS = 60;
function probe(rows, style) {
    const partial = rows.length > PROBE_ROWS;
    return { layout: buildLayout(partial ? rows.slice(0, PROBE_ROWS) : rows, style), partial };
}
/** The whole layout of a table whose kind was weighed on a part of it. */
export function fullLayout(table, style) {
    return table.partial ? buildLayout(table.raw.rows, style) : table.layout;
}
function headerKey(layout) {
    return layout.headerRows.map((r) => r.cells.map((c) => compact(c.text)).join('|')).join('/');
}
/**
 * A title printed apart from its grid (广州's 一般公共预算支出情况表: the title, then the grid as a
 * table of its own) is the title of the untitled grid right after it. A table continued on later
 * pages without its title: an untitled grid whose header repeats, cell
 * for cell, the header of the table just before it (北京's 项目支出绩效目标表 runs over dozens of
 * pages, each repeating 项目名称 | 项目总额 …) is that table's next page, and its rows are joined to
 * it; the repeated header is dropped like any header repeated after a page break. A grid without a
 * header, or with another one, stays a table of its own.
 */
export function joinContinuations(tables, style) {
    const out = [];
    for (const raw of tables) {
        const { layout, partial } = probe(raw.rows, style);
        const before = out[out.length - 1];
        const key = headerKey(layout);
        const lone = before && before.raw.title !== '' && before.raw.rows.length === 0;
        if (lone && raw.title === '' && !before.raw.emptyStatement && before.raw.notes.length === 0) {
            // A title with no grid under it (and no statement or note that it is empty) titles the untitled grid after it.
            before.raw.rows.push(...raw.rows);
            before.raw.notes.push(...raw.notes);
            before.layout = layout;
            before.partial = partial;
            before.gridBelow = raw.titleLine;
            continue;
        }
        if (before && raw.title === '' && key !== '' && key === headerKey(before.layout)) {
            before.raw.rows.push(...raw.rows);
            before.raw.notes.push(...raw.notes);
            before.joined.push(raw.titleLine);
            continue;
        }
        out.push({ raw, layout, partial, joined: [] });
    }
    // The header stays the first page's; the data rows are read again once all pages are joined.
    for (const table of out)
        if (table.joined.length > 0)
            Object.assign(table, probe(table.raw.rows, style));
    return out;
}
//# sourceMappingURL=continuation.js.map