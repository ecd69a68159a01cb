/** What a round trip must keep: the document's identity, every table's rows and amounts, the narrative headings. */
import type { BudgetDocument } from '../src/model/types.js';

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function projection(doc: BudgetDocument) {
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
      rows: t.rows.map((r) => {
        // Amounts as a multiset: which column key an amount lands in depends on how an ambiguous
        // text header is read; that every amount is read exactly on its row does not.
        const values = Object.values(r.values)
          .map((a) => `${a.scaled}e-${a.scale}`)
          .sort()
          .join(' ');
        return `${r.side ?? ''}|${r.code ?? ''}|${clean(r.name)}|${r.isTotal ? 'T' : ''}|${values}`;
      }),
    })),
    sections: doc.narrative.map((s) => clean(`${s.number}${s.heading}`)),
  };
}
