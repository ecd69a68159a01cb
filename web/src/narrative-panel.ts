/**
 * The narrative as read, each section with the claims checked in it: every claim the rules compared
 * with a cell (true ones too), and the other narrative findings, each linked to its table cell and
 * to its own sentence on the page (北京's 情况说明, a file of its own).
 */
import { groupDigits, statedFigure } from './amount-text.js';
import type { CellRef, CheckedClaim, Finding, Origin, Report } from './api.js';
import { h } from './dom.js';
import type { FindingActions } from './findings-panel.js';
import { colon, t } from './i18n.js';
import { originLabel } from './origin.js';
import { rowOf, sameLine } from './table-rows.js';

/** What the panel does: follow a claim to its cell; show a sentence on its page. */
export interface NarrativeActions extends Omit<FindingActions, 'onFinding'> {
  onCell(ref: CellRef): void;
}

export function narrativePanel(report: Report, actions: NarrativeActions): HTMLElement {
  const { onCell } = actions;
  const claims = report.claims ?? [];
  const claimRules = new Set(claims.map((c) => c.rule));
  const link = (ref: CellRef, origin: CheckedClaim['cell'] | undefined): HTMLElement | null => {
    const target = rowOf(report, ref);
    if (!target) return null;
    const button = h(
      'button',
      { type: 'button', class: 'to-cell' },
      `→ ${t('toCell')}${colon()}${target.table.title} · ${target.row.label} (${originLabel(origin, report)})`,
    );
    button.addEventListener('click', () => onCell(ref));
    return button;
  };
  /** The claim's own sentence outlined on its page, when the page is shown. */
  const toSource = (origin: Origin | undefined): HTMLElement | null => {
    if (!actions.shows(origin) || !origin) return null;
    const button = h('button', { type: 'button', class: 'to-source' }, `↗ ${t('toSource')} (${originLabel(origin, report)})`);
    button.addEventListener('click', () => actions.onPlace(origin));
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
      toSource(c.source),
      c.cell ? link({ table: c.table, cell: c.cell, column: c.column, row: c.row }, c.cell) : null,
    );
  // Findings of the narrative rules that record no claims (changes, shares, counts, wording).
  const findingsOf = (at: Origin) =>
    report.findings.filter(
      (f: Finding) =>
        f.source !== undefined &&
        at.line !== undefined &&
        sameLine(f.source, at) &&
        !claimRules.has(f.rule) &&
        (f.rule.startsWith('narrative') || f.rule === 'wording' || f.cell),
    );
  const sections = report.narrative.map((section) => {
    const line = section.source.line;
    const items = [
      ...claims.filter((c) => line !== undefined && sameLine(c.source, section.source)).map(claimItem),
      ...findingsOf(section.source).map((f) =>
        h('li', { class: `claim ${f.severity}` }, h('span', {}, f.message), toSource(f.source), f.cell ? link(f, f.cell) : null),
      ),
    ];
    return h(
      'section',
      { class: 'section', 'data-line': line },
      h('h3', {}, `${section.number} ${section.heading}`.trim(), h('small', {}, ` ${originLabel(section.source, report)}`)),
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
