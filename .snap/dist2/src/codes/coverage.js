import { codeList, LIST_YEARS } from './lists.js';
const LEVELS = ['类', '款', '项'];
/** The README's per-year coverage table of a scheme (a test keeps the README in step with the data). */
export function coverageTable(scheme) {
    const lists = LIST_YEARS.map((y) => codeList(scheme, y));
    const levels = [...new Set(lists[0]?.entries.map((e) => e.level) ?? [])].sort();
    const header = ['level', ...lists.map((l) => `${l.year} (${l.coverage})`)];
    const rows = levels.map((level) => [
        `${level} ${LEVELS[level - 1] ?? ''}`,
        ...lists.map((l) => String(l.entries.filter((e) => e.level === level).length)),
    ]);
    rows.push(['all', ...lists.map((l) => String(l.entries.length))]);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
//# sourceMappingURL=coverage.js.map