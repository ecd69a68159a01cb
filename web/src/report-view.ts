/**
 * The report: the PDF page with the findings boxed on it (each file's, for a document of several:
 * 北京's 情况说明 and 报表), and beside it findings, tables and narrative.
 */
import {
  type ApiError,
  type CellRef,
  type Finding,
  report as fetchReport,
  health,
  type Origin,
  type Report,
  type Row,
  storedReport,
} from './api.js';
import { cellTarget } from './cell-box.js';
import { baseName, fileOf } from './document-files.js';
import { fill, h } from './dom.js';
import { findingsPanel } from './findings-panel.js';
import { lang, pick, t } from './i18n.js';
import { narrativePanel } from './narrative-panel.js';
import { PdfFiles } from './pdf-files.js';
import type { Mark } from './pdf-view.js';
import { corpusList, deleteButton, deleteNotice } from './stored-delete.js';
import { rowId, rowOf } from './table-rows.js';
import { tablesPanel } from './tables-panel.js';
import { tokenField } from './token.js';

type Tab = 'findings' | 'tables' | 'narrative';

/**
 * A box per place a finding is about, on the PDF of the file it is on: its source (a narrative
 * sentence, or its row) and the row it names, each narrowed to the cell when the finding names a
 * column.
 */
function marksOf(report: Report): Mark[] {
  const marks: Mark[] = [];
  report.findings.forEach((finding, index) => {
    const target = cellTarget(report, finding);
    const row = finding.cell ?? finding.source;
    for (const origin of [finding.source, finding.cell])
      if (origin?.page && origin.box && fileOf(report, origin)?.pdf)
        marks.push({ finding, origin, index, target: origin === row ? target : null });
  });
  return marks;
}

/** The document's file names: 北京's two joined by “+”. */
const fileNames = (report: Report): string =>
  (report.files?.length ? report.files.map((f) => f.file) : [report.document.source.file]).map(baseName).join(' + ');

/** An upload's report (kept in memory, under its UUID) or a stored document's (the corpus browser's). */
export async function showReport(view: HTMLElement, id: string, from: 'upload' | 'stored' = 'upload'): Promise<void> {
  let report: Report;
  // A stored document can be deleted here: the token field when the server asks for one.
  const info = from === 'stored' ? health().catch(() => null) : null;
  try {
    report = from === 'stored' ? await storedReport(id, lang()) : await fetchReport(id, lang());
  } catch (error) {
    const e = error as ApiError;
    fill(view, h('p', { class: 'error-text' }, e.zh ? pick(e) : t('notFound')), h('a', { href: '#/' }, t('back')));
    return;
  }
  const doc = report.document;
  const s = report.summary;
  const marks = marksOf(report);
  const pdf = (report.files ?? []).some((f) => f.pdf) ? new PdfFiles(report, marks, (mark) => selectFinding(mark.finding)) : null;
  const side = h('div', { class: 'side' });
  const tabs = new Map<Tab, HTMLButtonElement>();
  const panels: Record<Tab, HTMLElement> = {
    findings: findingsPanel(report, { onFinding: (f) => selectFinding(f), onPlace: showOrigin, shows: canShow }),
    tables: tablesPanel(report, (row) => showRow(row)),
    narrative: narrativePanel(report, { onCell: (f) => followClaim(f), onPlace: showOrigin, shows: canShow }),
  };
  const tabBar = h('nav', { class: 'tabs' });
  for (const tab of ['findings', 'tables', 'narrative'] as const) {
    const button = h('button', { type: 'button', class: `tab tab-${tab}` }, t(tab));
    button.addEventListener('click', () => open(tab));
    tabs.set(tab, button);
    tabBar.append(button);
  }

  function open(tab: Tab): void {
    for (const [name, button] of tabs) button.classList.toggle('on', name === tab);
    fill(side, tabBar, panels[tab]);
  }

  function focusRow(finding: CellRef): HTMLElement | null {
    for (const old of view.querySelectorAll('tr.focus')) old.classList.remove('focus');
    const found = rowOf(report, finding);
    const row = found ? document.getElementById(rowId(found.index, found.table, found.row)) : null;
    row?.classList.add('focus');
    row?.scrollIntoView({ block: 'center' });
    return row;
  }

  /** Whether a place can be shown on a PDF page of the document. */
  function canShow(origin: Origin | undefined): origin is Origin {
    return !!pdf?.has(origin);
  }

  /** A place outlined on its file's page (the sentence on the 情况说明, the cell on the 报表): the cell `ref` names in its row. */
  function showOrigin(origin: Origin | undefined, ref?: CellRef): void {
    if (pdf && canShow(origin)) void pdf.show(origin, { origin, target: ref ? cellTarget(report, ref) : null });
  }

  /** A finding → its place on the PDF page; without one there (a DOCX, XLSX, HTML, text), its row in the tables. */
  function selectFinding(finding: Finding): void {
    for (const old of view.querySelectorAll('.finding.selected')) old.classList.remove('selected');
    const index = report.findings.indexOf(finding);
    view.querySelector(`.finding[data-finding="${index}"]`)?.classList.add('selected');
    const origin = finding.cell ?? finding.source;
    if (canShow(origin)) showOrigin(origin, finding);
    else if (rowOf(report, finding)) {
      open('tables');
      focusRow(finding);
    }
  }

  /** A narrative claim → the table cell it was checked against, in the tables and on the page. */
  function followClaim(finding: CellRef): void {
    open('tables');
    focusRow(finding);
    showOrigin(finding.cell, finding);
  }

  function showRow(row: Row): void {
    for (const old of view.querySelectorAll('tr.focus')) old.classList.remove('focus');
    showOrigin(row.source);
  }

  const phase = doc.phase === 'budget' ? t('budget') : t('finalAccount');
  const stored = from === 'stored' && report.stored ? report.stored : null;
  const notice = h('div', { class: 'notice' }, deleteNotice());
  // Deleted: back to the corpus list it was opened from, which says so; refused: said here.
  const remove = stored
    ? deleteButton({ ...doc, id: stored.id, version: stored.version }, corpusList, (deleted) => {
        if (deleted) location.hash = corpusList();
        else fill(notice, deleteNotice());
      })
    : null;
  const token = stored && (await info)?.token ? tokenField() : null;
  fill(
    view,
    h(
      'section',
      { class: 'report' },
      h(
        'header',
        { class: 'report-head' },
        h('h1', {}, doc.title || doc.source.file),
        h(
          'p',
          {},
          `${doc.department ?? ''} · ${doc.year ?? ''} · ${phase} · ${fileNames(report)} `,
          h('span', { class: 'count error' }, `${t('errors')} ${s.errors}`),
          h('span', { class: 'count warning' }, `${t('warnings')} ${s.warnings}`),
          h('span', { class: 'count info' }, `${t('infos')} ${s.infos}`),
          from === 'stored'
            ? h('a', { href: corpusList(), class: 'back' }, t('corpus'))
            : h('a', { href: '#/', class: 'back' }, t('back')),
          remove ? ' ' : null,
          remove,
        ),
        token,
        notice,
      ),
      h('div', { class: `split${pdf ? '' : ' no-pdf'}` }, pdf ? pdf.element : h('p', { class: 'note' }, t('noPdf')), side),
    ),
  );
  open(pdf ? 'findings' : 'tables');
  await pdf?.open(marks);
}
