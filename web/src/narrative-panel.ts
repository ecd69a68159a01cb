/** The narrative as read, each section with the claims checked in it, each claim linked to its table cell. */
import type { Finding, Report } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { originLabel, rowOf } from './origin.js';

export function narrativePanel(report: Report, onCell: (finding: Finding) => void): HTMLElement {
  const claimsOf = (line: number | undefined) =>
    report.findings.filter(
      (f) => f.source?.line === line && line !== undefined && (f.rule.startsWith('narrative') || f.rule === 'wording' || f.cell),
    );
  const sections = report.narrative.map((section) => {
    const claims = claimsOf(section.source.line).map((f) => {
      const target = f.cell ? rowOf(report, f) : null;
      const link = target
        ? h(
            'button',
            { type: 'button', class: 'to-cell' },
            `→ ${t('toCell')}：${target.table.title} · ${target.row.label} (${originLabel(f.cell)})`,
          )
        : null;
      link?.addEventListener('click', () => onCell(f));
      return h('li', { class: `claim ${f.severity}` }, h('span', {}, f.message), link);
    });
    return h(
      'section',
      { class: 'section', 'data-line': section.source.line },
      h('h3', {}, `${section.number} ${section.heading}`.trim(), h('small', {}, ` ${originLabel(section.source)}`)),
      h('p', {}, section.text),
      claims.length > 0 ? h('ul', { class: 'claims' }, ...claims) : null,
    );
  });
  return h('div', { class: 'panel narrative' }, ...sections);
}
