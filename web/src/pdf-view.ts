/**
 * The document's own PDF page, rendered by pdf.js (served by the app, with its CMaps and standard
 * fonts: without them Chinese text silently disappears), with boxes over the cells findings name
 * (cell-box.ts finds a cell inside its row's box; the row is boxed when it cannot).
 */
import type { Finding, Origin } from './api.js';
import { type Box, type CellTarget, locateCell, type TextBox } from './cell-box.js';
import { fill, h } from './dom.js';
import { filePageOf, pageOf, t } from './i18n.js';

interface Viewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): [number, number];
}
interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfPage {
  getViewport(options: { scale: number }): Viewport;
  getTextContent(): Promise<{ items: TextItem[] }>;
  render(options: { canvasContext: CanvasRenderingContext2D; viewport: Viewport; transform?: number[] }): {
    promise: Promise<void>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfJs {
  GlobalWorkerOptions: { workerSrc: string };
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument> };
}

const VENDOR = '/vendor/pdfjs/';
let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js loads only when a PDF is shown. */
function loadPdfJs(): Promise<PdfJs> {
  const url = `${VENDOR}build/pdf.min.mjs`;
  pdfjs ??= (import(url) as Promise<PdfJs>).then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = `${VENDOR}build/pdf.worker.min.mjs`;
    return lib;
  });
  return pdfjs;
}

/** A box over a finding's origin: the finding, which origin (its source or the cell it names), and its place. */
export interface Mark {
  finding: Finding;
  origin: Origin;
  index: number;
  /** The cell in the origin's row, when the finding names a column. */
  target?: CellTarget | null;
}

/** A place outlined on the page: an origin, and the cell in its row when one is named. */
export interface Spot {
  origin: Origin;
  target?: CellTarget | null;
}

/** The page's text at scale 1, each piece boxed from the page's top-left corner as the reader's boxes are. */
async function textBoxes(page: PdfPage): Promise<TextBox[]> {
  const viewport = page.getViewport({ scale: 1 });
  const out: TextBox[] = [];
  for (const item of (await page.getTextContent()).items) {
    const [, , , , x = 0, y = 0] = item.transform ?? [];
    if (!item.str?.trim()) continue;
    const [ax, ay] = viewport.convertToViewportPoint(x, y);
    const [bx, by] = viewport.convertToViewportPoint(x + (item.width ?? 0), y + (item.height ?? 0));
    out.push({ text: item.str, box: [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)] });
  }
  return out;
}

export class PdfView {
  readonly element: HTMLElement;
  private readonly canvas = h('canvas', { class: 'page' });
  private readonly overlay = h('div', { class: 'overlay' });
  private readonly status = h('span', { class: 'page-number', id: 'pdf-page' });
  private doc: PdfDocument | null = null;
  private loading: Promise<PdfDocument | null> | null = null;
  private pageNumber = 1;
  private active: Spot | null = null;
  private text: TextBox[] = [];
  private rendering: Promise<void> = Promise.resolve();

  /**
   * `label` names the file in the page number (北京's 情况说明 or 报表) when the document is of
   * several; `marks` are the boxes on this file.
   */
  constructor(
    private readonly url: string,
    private readonly marks: Mark[],
    private readonly onMark: (mark: Mark) => void,
    private readonly label: string | null = null,
  ) {
    const prev = h('button', { type: 'button', class: 'prev' }, `‹ ${t('prev')}`);
    const next = h('button', { type: 'button', class: 'next' }, `${t('next')} ›`);
    prev.addEventListener('click', () => void this.show(this.pageNumber - 1));
    next.addEventListener('click', () => void this.show(this.pageNumber + 1));
    this.element = h(
      'div',
      { class: 'pdf-pane' },
      h('div', { class: 'pdf-tools' }, prev, this.status, next),
      h('div', { class: 'pdf-page' }, this.canvas, this.overlay),
    );
  }

  /** The PDF, loaded once (on the first page shown); null when it cannot be shown, which the pane then says. */
  private load(): Promise<PdfDocument | null> {
    this.loading ??= loadPdfJs()
      .then(
        (lib) =>
          lib.getDocument({
            url: this.url,
            cMapUrl: `${VENDOR}cmaps/`,
            cMapPacked: true,
            standardFontDataUrl: `${VENDOR}standard_fonts/`,
            wasmUrl: `${VENDOR}wasm/`,
            isEvalSupported: false,
            enableXfa: false,
          }).promise,
      )
      .then(
        (doc) => {
          this.doc = doc;
          return doc;
        },
        (error: unknown) => {
          fill(this.element, h('p', { class: 'error-text' }, `${t('pdfFailed')}（${String(error)}）`));
          return null;
        },
      );
    return this.loading;
  }

  /** The page of the first error boxed here (else of the first box, else the first page). */
  firstPage(): number {
    const first = this.marks.find((m) => m.finding.severity === 'error' && m.origin.page) ?? this.marks[0];
    return first?.origin.page ?? 1;
  }

  /** Shows the page of the first error boxed here. */
  open(): Promise<void> {
    return this.show(this.firstPage(), null);
  }

  /** Show a page (the one shown when none is given), and (when given) outline one place on it. */
  async show(page: number = this.pageNumber, active: Spot | null = this.active): Promise<void> {
    const doc = await this.load();
    if (!doc) return;
    this.pageNumber = Math.min(Math.max(1, page), doc.numPages);
    this.active = active;
    this.rendering = this.rendering.then(() => this.draw()).catch(() => {});
    return this.rendering;
  }

  private async draw(): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    const number = this.pageNumber;
    const page = await doc.getPage(number);
    this.text = await textBoxes(page).catch(() => []);
    const width = this.element.clientWidth - 16 || 800;
    const scale = width / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.floor(viewport.width * ratio);
    this.canvas.height = Math.floor(viewport.height * ratio);
    this.canvas.style.width = `${viewport.width}px`;
    this.canvas.style.height = `${viewport.height}px`;
    const context = this.canvas.getContext('2d');
    if (!context) return;
    await page.render({ canvasContext: context, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] })
      .promise;
    this.status.textContent = this.label ? filePageOf(this.label, number, doc.numPages) : pageOf(number, doc.numPages);
    this.status.dataset.page = String(number);
    this.drawMarks(number, scale);
  }

  /** The box of a place: its cell's when the page's text shows it (with the figure printed there), else its origin's (the row). */
  private boxOf(spot: Spot): { box: Box; printed: string | null } | null {
    const row = spot.origin.box;
    if (!row) return null;
    const cell = spot.target ? locateCell(row, this.text, spot.target) : null;
    return { box: cell?.box ?? row, printed: cell?.text ?? null };
  }

  private placed(spot: Spot, scale: number, className: string): HTMLElement | null {
    const found = this.boxOf(spot);
    if (!found) return null;
    const [x0, y0, x1, y1] = found.box;
    const box = h('div', { class: `${className}${found.printed === null ? '' : ' cell'}` });
    if (found.printed !== null) box.dataset.printed = found.printed;
    Object.assign(box.style, {
      left: `${x0 * scale}px`,
      top: `${y0 * scale}px`,
      width: `${(x1 - x0) * scale}px`,
      height: `${(y1 - y0) * scale}px`,
    });
    return box;
  }

  private drawMarks(number: number, scale: number): void {
    const boxes: HTMLElement[] = [];
    const active = this.active;
    for (const mark of this.marks) {
      const { origin, finding } = mark;
      if (origin.page !== number) continue;
      const on = active !== null && sameOrigin(active.origin, origin) && sameTarget(active, mark);
      const box = this.placed(mark, scale, `box ${finding.severity}${on ? ' active' : ''}`);
      if (!box) continue;
      box.title = finding.message;
      box.dataset.finding = String(mark.index);
      box.addEventListener('click', () => this.onMark(mark));
      boxes.push(box);
    }
    // The outlined place may be a cell no finding is about (a claim's cell): it gets its own box.
    if (active?.origin.page === number && !boxes.some((b) => b.classList.contains('active'))) {
      const box = this.placed(active, scale, 'box active');
      if (box) boxes.push(box);
    }
    fill(this.overlay, ...boxes);
    this.overlay.querySelector('.box.active')?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }
}

const sameTarget = (a: Spot, b: Spot): boolean =>
  (a.target?.figure ?? null) === (b.target?.figure ?? null) && (a.target?.nth ?? -1) === (b.target?.nth ?? -1);

export const sameOrigin = (a: Origin, b: Origin): boolean =>
  a.page === b.page && a.line === b.line && String(a.box) === String(b.box);
