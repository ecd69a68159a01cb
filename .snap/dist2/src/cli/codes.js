import { codeList } from '../codes/lists.js';
import { normalizeName } from '../model/names.js';
const SCHEMES = ['function', 'economic-department', 'economic-government'];
const SCHEME_NAMES = {
    function: '支出功能分类 function',
    'economic-department': '部门预算支出经济分类 department economic',
    'economic-government': '政府预算支出经济分类 government economic',
};
function pathOf(list, entry) {
    const path = [entry];
    let parent = entry.parent ? list.byCode.get(entry.parent) : undefined;
    while (parent) {
        path.unshift(parent);
        parent = parent.parent ? list.byCode.get(parent.parent) : undefined;
    }
    return path;
}
export function lookupCodes(options) {
    const query = options.query.trim();
    const matches = [];
    for (const scheme of options.scheme ? [options.scheme] : SCHEMES) {
        const list = codeList(scheme, options.year);
        const found = /^\d+$/.test(query)
            ? list.entries.filter((e) => e.code === query || (query.length < 7 && e.code.startsWith(query) && e.code.length === query.length))
            : list.entries.filter((e) => normalizeName(e.name).includes(normalizeName(query)));
        for (const entry of found.slice(0, 200)) {
            matches.push({
                scheme,
                entry,
                path: pathOf(list, entry),
                children: list.entries.filter((e) => e.parent === entry.code),
                coverage: list.coverage,
                listYear: list.baseYear,
            });
        }
    }
    return matches;
}
export function formatCodeMatches(matches) {
    if (matches.length === 0)
        return '';
    const lines = [];
    for (const m of matches) {
        const trail = m.path.map((e) => `${e.code} ${e.name}`).join(' › ');
        const status = m.entry.status === 'unverified' ? ' [未核实 unverified]' : '';
        lines.push(`${trail}${status}  (${SCHEME_NAMES[m.scheme]})`);
        if (m.children.length > 0 && m.children.length <= 40) {
            for (const c of m.children)
                lines.push(`    ${c.code} ${c.name}`);
        }
        else if (m.children.length > 40)
            lines.push(`    … ${m.children.length} 个下级科目 / children`);
    }
    // Say once when the year has no list of its own, so a user does not take the 2024 names as that year's.
    const inexact = matches.find((m) => m.coverage !== 'exact');
    if (inexact) {
        lines.push(`注：没有该年度完整科目表，按 ${inexact.listYear} 年科目表（计入已记录的更名和增删） / no complete list for this year: the ${inexact.listYear} list with the recorded renamings, additions and removals`);
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=codes.js.map