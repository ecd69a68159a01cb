/** The tables as read: every row with its code and amounts, cells named by findings marked by severity. */
import { groupDigits } from './amount-text.js';
import type { Finding, Report, Row, Table } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { originLabel } from './origin.js';
import { rowId, rowOf } from './table-rows.js';

const RANK = { error: 3, warning: 2, info: 1 } as const;

function worst(findings: Finding[]): Finding['severity'] | '' {
  let best: Finding['severity'] | '' = '';
  for (const f of findings) if (best === '' || RANK[f.severity] > RANK[best]) best = f.severity;
  return best;
}

/** One side of a table (a 收支总表 prints its 收入 and 支出 side by side): its columns and rows. */
function sideView(report: Report, table: Table, index: number, side: string | undefined, onRow: (row: Row) => void): HTMLElement {
  const own = report.findings.filter((f) => rowOf(report, f)?.table === table);
  const keys = table.columns.filter(
    (c, i, all) =>
      (c.side === side || (c.type === 'text' && c.side === undefined)) &&
      all.findIndex((d) => d.key === c.key && d.side === c.side) === i,
  );
  const head = h(
    'tr',
    {},
    h('th', {}, t('code')),
    h('th', {}, t('item')),
    ...keys.map((c) => h('th', { title: c.key }, c.label)),
  );
  const body = table.rows
    .filter((row) => row.side === side)
    .map((row) => {
      const mine = own.filter((f) => rowOf(report, f)?.row === row);
      const rowClass = worst(mine.filter((f) => !f.column || !keys.some((c) => c.key === f.column)));
      const cells = keys.map((c) => {
        const here = mine.filter((f) => f.column === c.key);
        const text = c.type === 'amount' ? groupDigits(row.values[c.key] ?? '') : (row.texts?.[c.key] ?? '');
        return h(
          'td',
          {
            class: `${c.type === 'amount' ? 'num' : 'text'} ${worst(here)}`,
            title: here.map((f) => f.message).join('\n') || undefined,
          },
          text,
        );
      });
      const tr = h(
        'tr',
        { id: rowId(index, table, row), class: row.is_total ? 'total' : `level${row.level ?? 0}`, 'data-line': row.source.line },
        h('td', {}, row.code ?? ''),
        h(
          'td',
          { class: `name ${rowClass}`, title: [originLabel(row.source, report), ...mine.map((f) => f.message)].join('\n') },
          row.label,
        ),
        ...cells,
      );
      tr.addEventListener('click', () => onRow(row));
      return tr;
    });
  return h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, head), h('tbody', {}, ...body)));
}

function tableView(report: Report, table: Table, index: number, onRow: (row: Row) => void): HTMLElement {
  const sides = [...new Set(table.rows.map((r) => r.side))];
  return h(
    'section',
    { class: 'read-table', 'data-kind': table.kind },
    h(
      'h3',
      {},
      table.title || table.kind,
      h('small', {}, ` ${table.kind} · ${t('unit')} ${table.unit} · ${originLabel(table.source, report)}`),
    ),
    ...sides.map((side) => sideView(report, table, index, side, onRow)),
  );
}

export function tablesPanel(report: Report, onRow: (row: Row) => void): HTMLElement {
  const tables = report.tables.map((table, i) => tableView(report, table, i, onRow));
  return h(
    'div',
    { class: 'panel tables' },
    ...(tables.length > 0 ? tables : [h('p', { class: 'note empty' }, t('noTablesRead'))]),
  );
}
