import { kindLabel } from '../model/kinds.js';
/** `extract --explain`: why a table got its kind and each column its key, in readable lines. */
const SOURCE_NAMES = {
    title: '标题 title',
    header: '表头 header',
    rows: '行 rows',
    totals: '合计 totals',
    context: '上下文 context',
};
function signed(weight) {
    return weight >= 0 ? `+${weight}` : `${weight}`;
}
/** Why a column has its key, in words (中文 / English). */
export function columnReason(because) {
    const { label, group = '' } = because;
    const [zh, en] = (() => {
        switch (because.rule) {
            case 'label':
                return [`文字列“${label}”`, `text column "${label}"`];
            case 'fund':
                return group
                    ? [`资金来源“${label}”，在“${group}”下`, `fund "${label}" under "${group}"`]
                    : [`资金来源“${label}”`, `fund "${label}"`];
            case 'amount':
                return [`金额列名“${label}”`, `amount label "${label}"`];
            case 'group':
                return [`“${label}”取所在组“${group}”的键`, `"${label}" takes the key of its group "${group}"`];
            case 'total':
                return [`顶层的合计“${label}”`, `a top-level total "${label}"`];
            case 'fallback':
                return [`未知列名“${label}”，键由其字符生成`, `unknown label "${label}": the key is made from its characters`];
            case 'content':
                return [
                    `未知列名“${label}”，其单元格多为文字，作文字列`,
                    `unknown label "${label}": its cells are mostly words, a text column`,
                ];
            case 'whole':
                return [`“${label}”是整栏或整表的合计`, `"${label}" totals its side or the whole table`];
            case 'prior_year':
                return [`“${label}”属较早的 ${group}，为上年数`, `"${label}" is under the earlier ${group}: last year's figure`];
            case 'panel':
                return [`并排半表，以其合计行“${label}”命名`, `a side-by-side half, named by its total row "${label}"`];
            case 'turned':
                return [`按列印的“三公”表转为行，“${label}”为度量`, `a column-wise 三公 table turned into rows, "${label}" the measure`];
        }
    })();
    return `${zh} / ${en}`;
}
function columnLine(column) {
    const path = column.path.join(' › ') || '(无表头 no header)';
    const side = column.side ? ` [${column.side === 'income' ? '收 income' : '支 expenditure'}]` : '';
    const why = column.because ? `: ${columnReason(column.because)}` : '';
    return `    ${column.key}${side} ← ${path}${why}`;
}
export function explainTable(table) {
    const recognition = table.recognition;
    const lines = [];
    if (recognition) {
        if (recognition.kind === 'unknown') {
            lines.push('  未识别，因为 / unknown, because:');
            for (const lack of recognition.lacking)
                lines.push(`    - ${lack}`);
        }
        else
            lines.push(`  为何是${kindLabel(recognition.kind)}（得分 ${recognition.score}） / why ${recognition.kind} (score ${recognition.score}):`);
        for (const e of recognition.evidence) {
            const seen = e.seen.length > 0 ? ` “${e.seen.join('、')}”` : '';
            lines.push(`    ${signed(e.weight)} ${SOURCE_NAMES[e.source]}${seen}: ${e.note}`);
        }
        if (recognition.alternatives.length > 0) {
            const next = recognition.alternatives.map((a) => `${kindLabel(a.kind)} ${a.score}`).join('; ');
            lines.push(`    ${recognition.kind === 'unknown' ? '候选 candidates' : '其次 next'}: ${next}`);
        }
    }
    if (table.columns.length > 0) {
        lines.push('  列 columns:');
        for (const column of table.columns)
            lines.push(columnLine(column));
    }
    return lines;
}
//# sourceMappingURL=explain.js.map