/**
 * The document's PDF pages, one file at a time: a document of several files (北京's 情况说明 and
 * 报表) gets a switcher naming each, and each file its own view with the boxes on it. A place is
 * shown on the file its origin names, switching to it; a file is loaded only when first shown.
 */
import type { Origin, Report, ReportFile } from './api.js';
import { baseName, fileOf, severalFiles } from './document-files.js';
import { fill, h } from './dom.js';
import { t } from './i18n.js';
import { fileWord } from './origin.js';
import { type Mark, PdfView, type Spot } from './pdf-view.js';

interface Shown {
  file: ReportFile;
  view: PdfView | null;
  button: HTMLButtonElement | null;
  /** Whether a page of it was shown (a file switched to the first time shows its first error). */
  opened: boolean;
}

export class PdfFiles {
  readonly element: HTMLElement;
  private readonly page = h('div', { class: 'pdf-file' });
  private readonly files: Shown[];
  private current: Shown | null = null;

  constructor(
    private readonly report: Report,
    marks: Mark[],
    onMark: (mark: Mark) => void,
  ) {
    const several = severalFiles(report);
    this.files = (report.files ?? []).map((file) => {
      const own = marks.filter((m) => fileOf(report, m.origin) === file);
      const view = file.pdf ? new PdfView(file.pdf, own, onMark, several ? fileWord(file) : null) : null;
      return { file, view, button: null, opened: false };
    });
    const bar = several ? h('nav', { class: 'file-tabs', 'aria-label': t('files') }) : null;
    if (bar)
      for (const shown of this.files) {
        const { file } = shown;
        shown.button = h(
          'button',
          {
            type: 'button',
            class: `file-tab file-${file.holds ?? 'whole'}`,
            'data-part': file.part,
            title: shown.view ? file.file : `${file.file}：${t('noPageImage')}`,
            disabled: shown.view === null,
          },
          `${fileWord(file)} · ${baseName(file.file)}`,
        );
        shown.button.addEventListener('click', () => void this.switchTo(shown));
        bar.append(shown.button);
      }
    this.element = h('div', { class: 'pdf-files' }, bar, this.page);
  }

  /** Whether the page can show this place: it has a page, and its file is a PDF shown here. */
  has(origin: Origin | undefined): origin is Origin {
    return !!origin?.page && !!this.viewOf(origin);
  }

  private viewOf(origin: Origin): Shown | undefined {
    const file = fileOf(this.report, origin);
    return this.files.find((f) => f.file === file && f.view);
  }

  /** Shows the file first worth seeing: the one with the first error boxed, else the first box, else the tables' file. */
  open(marks: Mark[]): Promise<void> {
    const first = marks.find((m) => m.finding.severity === 'error') ?? marks[0];
    const withPdf = this.files.filter((f) => f.view);
    const shown = (first && this.viewOf(first.origin)) ?? withPdf.find((f) => f.file.holds === 'tables') ?? withPdf[0];
    return shown ? this.switchTo(shown) : Promise.resolve();
  }

  /** Shows a place on the page of its file (switching to that file), outlined. */
  show(origin: Origin, spot: Spot): Promise<void> {
    const shown = this.viewOf(origin);
    if (!shown?.view) return Promise.resolve();
    this.attach(shown);
    shown.opened = true;
    return shown.view.show(origin.page ?? 1, spot);
  }

  /** Shows a file: the page of its first error the first time, then the page it was left on. */
  private switchTo(shown: Shown): Promise<void> {
    this.attach(shown);
    if (!shown.view || shown.opened) return Promise.resolve();
    shown.opened = true;
    return shown.view.open();
  }

  /** The file's view in the pane, its switch on. */
  private attach(shown: Shown): void {
    if (this.current === shown) return;
    this.current = shown;
    for (const f of this.files) f.button?.classList.toggle('on', f === shown);
    fill(this.page, shown.view?.element ?? h('p', { class: 'note' }, t('noPageImage')));
  }
}
