const HALF_KEYS = [
    [/人员经费/, 'personnel', '人员经费'],
    [/公用经费/, 'public_use', '公用经费'],
];
export function mergePanels(panels, columns) {
    const keys = panels.map((rows) => {
        const total = rows.find((r) => r.isTotal);
        return HALF_KEYS.find(([re]) => total && re.test(total.name)) ?? null;
    });
    const uniqueColumns = columns.filter((c, i) => columns.findIndex((d) => d.key === c.key) === i);
    if (keys.some((k) => k === null))
        return { rows: panels.flat(), columns: uniqueColumns };
    const others = uniqueColumns.filter((c) => c.key !== 'total');
    const rows = [];
    const totals = [];
    panels.forEach((half, i) => {
        const [, key] = keys[i];
        for (const row of half) {
            // The half's amounts are its own column: a `total` beside them would be a 合计 nobody printed.
            if (row.values.total)
                row.values[key] = row.values.total;
            delete row.values.total;
            if (row.isTotal)
                totals.push(row);
            else
                rows.push(row);
        }
    });
    const [first] = totals;
    if (first) {
        const merged = {
            ...first,
            label: totals.map((t) => t.label).join('、'),
            name: '合计',
            values: Object.fromEntries(totals.flatMap((t) => Object.entries(t.values).filter(([k]) => k !== 'total'))),
        };
        rows.push(merged);
    }
    const halves = keys.map((k) => k);
    return {
        rows,
        columns: [
            ...others,
            ...halves.map(([, key, label]) => ({ key, label, path: [label], type: 'amount', because: { rule: 'panel', label } })),
        ],
    };
}
//# sourceMappingURL=panels.js.map