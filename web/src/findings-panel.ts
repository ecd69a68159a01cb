/**
 * The findings grouped by table and severity, with filters on severity and table; each names its
 * places — the sentence or row it is about, and the cell it names — on their file's page.
 */
import type { CellRef, Finding, Origin, Report } from './api.js';
import { fill, h } from './dom.js';
import { t } from './i18n.js';
import { originLabel } from './origin.js';
import { tableIndexOf } from './table-rows.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const WORD = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

/** What the panel does with a finding clicked, and with one of its places. */
export interface FindingActions {
  onFinding(finding: Finding): void;
  /** Show a place on its file's page; `ref` names the cell in that place's row. */
  onPlace(origin: Origin, ref?: CellRef): void;
  /** Whether a place can be shown on a page. */
  shows(origin: Origin | undefined): boolean;
}

/**
 * A place in words (情况说明 第 3 页, 报表 第 5 页 when the document is of two files), a button that
 * shows it on its page when it has one.
 */
export function placeLink(report: Report, origin: Origin, ref: CellRef | undefined, actions: Omit<FindingActions, 'onFinding'>) {
  const label = originLabel(origin, report);
  if (!actions.shows(origin)) return h('span', { class: 'place' }, label);
  const button = h('button', { type: 'button', class: 'place', 'data-page': origin.page }, label);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    actions.onPlace(origin, ref);
  });
  return button;
}

/** A finding's places: its source (a sentence, or the row) and the cell it names, when that is elsewhere. */
function places(report: Report, f: Finding, actions: FindingActions): Array<HTMLElement | string> {
  const out: Array<HTMLElement | string> = [];
  const labels = new Set<string>();
  // The cell named in a row is in the row the finding is about: its cell, else its source.
  for (const [origin, ref] of [
    [f.source, f.cell ? undefined : f],
    [f.cell, f],
  ] as const) {
    if (!origin || labels.has(originLabel(origin, report)) || !originLabel(origin, report)) continue;
    labels.add(originLabel(origin, report));
    if (out.length > 0) out.push(' → ');
    out.push(placeLink(report, origin, ref, actions));
  }
  return out;
}

export function findingsPanel(report: Report, actions: FindingActions): HTMLElement {
  const { onFinding } = actions;
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
          const where = places(report, f, actions);
          const item = h(
            'li',
            { class: `finding ${severity}`, 'data-finding': i, tabindex: 0 },
            h('span', {}, f.message),
            h('small', {}, ` ${f.rule}`, where.length > 0 ? ' · ' : null, ...where),
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
