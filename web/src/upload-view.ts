/**
 * The first page: drop files (or choose them); the files dropped together go in one request (the
 * 情况说明 and 报表 of one disclosure are read as one document), with its progress, then one line per
 * document with its report and its place in the store.
 */
import { type ApiError, type CheckResult, type FileFailure, health, upload } from './api.js';
import { fill, h } from './dom.js';
import { colon, pick, t } from './i18n.js';
import { savedToken, tokenField } from './token.js';

/** A file failed (`failed`: it could not be read) or the whole upload did (refused: a token, a limit; or the network). */
type Outcome =
  | { state: 'sending'; sent: number }
  | { state: 'done'; result: CheckResult }
  | { state: 'failed'; error: ApiError; upload?: boolean };

interface Item {
  /** The files the line is about: those sent, then the document's (two for a joined disclosure). */
  names: string[];
  outcome: Outcome;
}

/** An answer as a line: a document read from its files, or a file that could not be read. */
function answered(answer: CheckResult | FileFailure): Item {
  if ('error' in answer) return { names: [answer.file], outcome: { state: 'failed', error: answer.error } };
  const parts = answer.document.parts?.map((p) => p.file) ?? [answer.document.source.file];
  return { names: parts, outcome: { state: 'done', result: answer } };
}

const items: Item[] = [];

function summaryText(result: CheckResult): string {
  const s = result.summary;
  return `${t('errors')} ${s.errors} · ${t('warnings')} ${s.warnings} · ${t('infos')} ${s.infos}`;
}

function itemView(item: Item): HTMLElement {
  const { outcome } = item;
  const name = h('span', { class: 'name', 'data-files': item.names.length }, item.names.join(' + '));
  if (outcome.state === 'sending') {
    const reading = outcome.sent >= 1;
    const bar = h('progress', { max: 100, ...(reading ? {} : { value: Math.round(outcome.sent * 100) }) });
    const label = reading ? t('reading') : `${t('uploading')} ${Math.round(outcome.sent * 100)}%`;
    return h('li', { class: 'upload sending', 'data-state': reading ? 'reading' : 'uploading' }, name, bar, h('span', {}, label));
  }
  if (outcome.state === 'failed')
    return h(
      'li',
      { class: 'upload failed', 'data-state': 'failed' },
      name,
      h('span', { class: 'error-text' }, `${t(outcome.upload ? 'uploadFailed' : 'failed')}${colon()}${pick(outcome.error)}`),
    );
  return h(
    'li',
    { class: 'upload done', 'data-state': 'done' },
    name,
    h('span', {}, `${t('done')}${colon()}${summaryText(outcome.result)}`),
    h('a', { href: `#/report/${outcome.result.id}`, class: 'open' }, t('open')),
    outcome.result.stored
      ? h(
          'a',
          { href: `#/stored/${outcome.result.stored.id}`, class: 'in-store' },
          `${t('inStore')} #${outcome.result.stored.id}`,
        )
      : null,
  );
}

export async function showUpload(view: HTMLElement): Promise<void> {
  const info = await health().catch(() => null);
  const list = h('ul', { class: 'uploads' });
  const redraw = () => fill(list, ...items.map(itemView));
  const picker = h('input', {
    type: 'file',
    id: 'files',
    multiple: true,
    accept: '.pdf,.docx,.xlsx,.html,.htm,.txt,.md,.doc,.xls',
  });
  // The browser's own file button words itself in the browser's language: hidden, and a button of the
  // page's language in its place (the whole zone opens the picker).
  const zone = h(
    'label',
    { class: 'drop', for: 'files' },
    h('strong', {}, t('drop')),
    h('span', {}, t('formats')),
    h('span', { class: 'choose-files' }, t('choose')),
    picker,
  );
  const start = (files: File[]) => {
    if (files.length === 0) return;
    const item: Item = { names: files.map((f) => f.name), outcome: { state: 'sending', sent: 0 } };
    items.unshift(item);
    redraw();
    const replace = (...lines: Item[]) => {
      items.splice(items.indexOf(item), 1, ...lines);
      redraw();
    };
    upload(files, savedToken(), (sent) => {
      item.outcome = { state: 'sending', sent };
      redraw();
    }).then(
      (answers) => {
        replace(...answers.map(answered));
        // One document read: its report is what the user came for.
        const [only] = answers;
        if (answers.length === 1 && only && 'id' in only) location.hash = `#/report/${only.id}`;
      },
      (error: ApiError) => replace({ ...item, outcome: { state: 'failed', error, upload: true } }),
    );
  };
  picker.addEventListener('change', () => {
    if (picker.files) start([...picker.files]);
    picker.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer?.files) start([...event.dataTransfer.files]);
  });
  fill(view, h('section', { class: 'upload-view' }, zone, info?.token ? tokenField() : null, list));
  redraw();
}
