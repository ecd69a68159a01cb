/**
 * The narrative as read, each section with the claims checked in it: every claim the rules compared
 * with a cell (true ones too), and the other narrative findings, each linked to its table cell.
 */
import { groupDigits, statedFigure } from './amount-text.js';
import type { CellRef, CheckedClaim, Finding, Report } from './api.js';
import { h } from './dom.js';
import { colon, t } from './i18n.js';
import { originLabel } from './origin.js';
import { rowOf } from './table-rows.js';

export function narrativePanel(report: Report, onCell: (ref: CellRef) => void): HTMLElement {
  const claims = report.claims ?? [];
  const claimRules = new Set(claims.map((c) => c.rule));
  const link = (ref: CellRef, origin: CheckedClaim['cell'] | undefined): HTMLElement | null => {
    const target = rowOf(report, ref);
    if (!target) return null;
    const button = h(
      'button',
      { type: 'button', class: 'to-cell' },
      `→ ${t('toCell')}${colon()}${target.table.title} · ${target.row.label} (${originLabel(origin)})`,
    );
    button.addEventListener('click', () => onCell(ref));
    return button;
  };
  const claimItem = (c: CheckedClaim) =>
    h(
      'li',
      { class: `claim ${c.agrees ? 'agrees' : 'error'}`, 'data-agrees': String(c.agrees) },
      h('span', { class: 'verdict' }, c.agrees ? `✓ ${t('agrees')}` : `✗ ${t('disagrees')}`),
      h(
        'span',
        {},
        ` ${c.label} ${statedFigure(c)}${c.expected !== undefined ? ` (→ ${c.expected})` : ''}` +
          (c.cell
            ? ` · ${c.tableTitle} “${c.row}” ${c.printed ? groupDigits(c.printed) : '—'}${c.unit === '元' ? ' 元' : ' 万元'}`
            : ''),
      ),
      c.cell ? link({ table: c.table, cell: c.cell, column: c.column, row: c.row }, c.cell) : null,
    );
  // Findings of the narrative rules that record no claims (changes, shares, counts, wording).
  const findingsOf = (line: number | undefined) =>
    report.findings.filter(
      (f: Finding) =>
        f.source?.line === line &&
        line !== undefined &&
        !claimRules.has(f.rule) &&
        (f.rule.startsWith('narrative') || f.rule === 'wording' || f.cell),
    );
  const sections = report.narrative.map((section) => {
    const line = section.source.line;
    const items = [
      ...claims.filter((c) => line !== undefined && c.source.line === line).map(claimItem),
      ...findingsOf(line).map((f) =>
        h('li', { class: `claim ${f.severity}` }, h('span', {}, f.message), f.cell ? link(f, f.cell) : null),
      ),
    ];
    return h(
      'section',
      { class: 'section', 'data-line': line },
      h('h3', {}, `${section.number} ${section.heading}`.trim(), h('small', {}, ` ${originLabel(section.source)}`)),
      h('p', {}, section.text),
      items.length > 0 ? h('ul', { class: 'claims' }, ...items) : null,
    );
  });
  return h(
    'div',
    { class: 'panel narrative' },
    ...(sections.length > 0 ? sections : [h('p', { class: 'note empty' }, t('noNarrative'))]),
  );
}
