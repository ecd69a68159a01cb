/** The findings grouped by table and severity, with filters on severity and table. */
import type { Finding, Report } from './api.js';
import { fill, h } from './dom.js';
import { t } from './i18n.js';
import { originLabel } from './origin.js';
import { tableIndexOf } from './table-rows.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const WORD = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

export function findingsPanel(report: Report, onFinding: (finding: Finding) => void): HTMLElement {
  const shown = new Set<string>(SEVERITIES);
  const tableOf = report.findings.map((f) => tableIndexOf(report, f));
  const list = h('div', { class: 'groups' });
  const select = h(
    'select',
    { class: 'table-filter' },
    h('option', { value: 'all' }, t('allTables')),
    ...report.tables.map((table, i) =>
      tableOf.includes(i) ? h('option', { value: String(i) }, table.title || table.kind) : null,
    ),
    tableOf.includes(-1) ? h('option', { value: '-1' }, t('otherFindings')) : null,
  );
  const boxes = SEVERITIES.map((severity) => {
    const input = h('input', { type: 'checkbox', checked: true, value: severity, class: `filter-${severity}` });
    input.addEventListener('change', () => {
      if (input.checked) shown.add(severity);
      else shown.delete(severity);
      draw();
    });
    const count = report.findings.filter((f) => f.severity === severity).length;
    return h('label', { class: `chip ${severity}` }, input, ` ${t(WORD[severity])} ${count}`);
  });
  select.addEventListener('change', draw);

  function draw(): void {
    const groups: HTMLElement[] = [];
    const order = [...report.tables.keys(), -1];
    for (const index of order) {
      if (select.value !== 'all' && select.value !== String(index)) continue;
      const table = report.tables[index];
      const items: HTMLElement[] = [];
      for (const severity of SEVERITIES) {
        if (!shown.has(severity)) continue;
        report.findings.forEach((f, i) => {
          if (tableOf[i] !== index || f.severity !== severity) return;
          const item = h(
            'li',
            { class: `finding ${severity}`, 'data-finding': i, tabindex: 0 },
            h('span', {}, f.message),
            h('small', {}, ` ${f.rule} · ${originLabel(f.cell ?? f.source)}`),
          );
          item.addEventListener('click', () => onFinding(f));
          item.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') onFinding(f);
          });
          items.push(item);
        });
      }
      if (items.length > 0)
        groups.push(
          h(
            'section',
            { class: 'group' },
            h('h3', {}, table ? table.title || table.kind : t('otherFindings')),
            h('ul', {}, ...items),
          ),
        );
    }
    fill(list, ...(groups.length > 0 ? groups : [h('p', { class: 'empty' }, t('noFindings'))]));
  }
  draw();
  return h('div', { class: 'panel findings' }, h('div', { class: 'filters' }, ...boxes, select), list);
}
