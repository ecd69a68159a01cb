/**
 * What a written disclosure must keep of its input: per table kind, each table's rows (by side,
 * code and name) and every amount in the document's unit. The 项目支出绩效目标表 of several projects
 * are written as one table, so they are compared joined.
 */
import { normalizeName } from '../src/model/names.js';
import { inUnit } from '../src/writer/money.js';
const SIDE_ORDER = { income: 0, none: 1, expenditure: 2 };
function rowKey(row, table, unit) {
    const values = Object.entries(row.values)
        // A project's 实施期资金总额 is not printed by the wide performance layout (docs/writer.md).
        .filter(([key]) => !(table.kind === 'performance_targets' && key === 'period_total'))
        .map(([key, a]) => `${key}=${key === 'quantity' ? a.raw : inUnit(a, table.unit, unit).raw}`)
        .sort()
        .join(' ');
    return `${row.side ?? ''}|${row.code ?? ''}|${normalizeName(row.name)}|${values}`;
}
export function writtenProjection(doc, unit) {
    const out = {};
    for (const table of doc.tables) {
        if (table.kind === 'unknown')
            continue;
        const rows = [...table.rows]
            // An indicator without its 指标值 is not read back from the wide layout (recognize/performance.ts).
            .filter((r) => !(table.kind === 'performance_targets' && r.level === 2 && !r.texts.target))
            .sort((a, b) => SIDE_ORDER[a.side ?? 'none'] - SIDE_ORDER[b.side ?? 'none'])
            .map((r) => rowKey(r, table, unit));
        const list = out[table.kind] ?? [];
        if (table.kind === 'performance_targets' && list.length > 0)
            list[0].push(...rows);
        else
            list.push(rows);
        out[table.kind] = list;
    }
    return out;
}
//# sourceMappingURL=writer-projection.js.map