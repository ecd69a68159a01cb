/** What each layout stage found on a page, as text (`extract --debug-layout`). */
import { round1 } from './geometry.js';
import { lineText } from './layout/lines.js';
export function describePage(page, pieces) {
    const h = page.edges.filter((e) => e.orientation === 'h').length;
    const v = page.edges.length - h;
    const out = [
        `== 第 ${page.page} 页 / page ${page.page} (${round1(page.width)}×${round1(page.height)} pt)`,
        `   text pieces ${pieces} · edges ${page.edges.length} (h ${h}, v ${v}) · intersections ${page.points.length} · cells ${page.cells.length} · tables ${page.tables.length} · free lines ${page.lines.length}`,
    ];
    page.tables.forEach((table, i) => {
        out.push(`   table ${i + 1} at [${round1(table.x0)}, ${round1(table.y0)}, ${round1(table.x1)}, ${round1(table.y1)}]: ${table.rows.length} rows × ${table.columns} columns`);
        for (const row of table.rows) {
            const cells = row.cells.map((c) => (c.span > 1 || c.rowSpan > 1 ? `${c.text}⟨${c.span}×${c.rowSpan}⟩` : c.text));
            if (cells.some((c) => c !== ''))
                out.push(`     | ${cells.join(' | ')}`);
        }
    });
    for (const line of page.lines)
        out.push(`   line y=${round1(line.y0)} x=${round1(line.x0)}: ${line.chunks.map((c) => c.text).join(' ⟶ ')}`);
    return out.join('\n');
}
export { lineText };
//# sourceMappingURL=debug.js.map