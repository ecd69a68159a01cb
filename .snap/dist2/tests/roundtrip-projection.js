const clean = (s) => s.normalize('NFKC').replace(/\s+/g, '');
export function projection(doc) {
    return {
        department: doc.department,
        year: doc.year,
        phase: doc.phase,
        unit: doc.unit,
        tables: doc.tables.map((t) => ({
            kind: t.kind,
            title: clean(t.title),
            unit: t.unit,
            empty: t.empty,
            columns: t.columns.map((c) => c.key).join(' '),
            rows: t.rows.map((r) => {
                // Every amount under its column key: the page prints each amount where the seed's reading put it.
                const values = Object.entries(r.values)
                    .map(([key, a]) => `${key}=${a.scaled}e-${a.scale}`)
                    .sort()
                    .join(' ');
                return `${r.side ?? ''}|${r.code ?? ''}|${clean(r.name)}|${r.isTotal ? 'T' : ''}|${values}`;
            }),
        })),
        sections: doc.narrative.map((s) => clean(`${s.number}${s.heading}`)),
        overview: doc.overview.map((s) => clean(`${s.number}${s.heading}`)),
    };
}
//# sourceMappingURL=roundtrip-projection.js.map