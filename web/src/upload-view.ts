/** The first page: drop files (or choose them), each uploaded with its progress, then its report. */
import { type ApiError, type CheckResult, health, upload } from './api.js';
import { fill, h } from './dom.js';
import { pick, t } from './i18n.js';

type Outcome = { state: 'sending'; sent: number } | { state: 'done'; result: CheckResult } | { state: 'failed'; error: ApiError };

interface Item {
  file: File;
  outcome: Outcome;
}

const items: Item[] = [];

function summaryText(result: CheckResult): string {
  const s = result.summary;
  return `${t('errors')} ${s.errors} · ${t('warnings')} ${s.warnings} · ${t('infos')} ${s.infos}`;
}

function itemView(item: Item): HTMLElement {
  const { outcome } = item;
  const name = h('span', { class: 'name' }, item.file.name);
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
      h('span', { class: 'error-text' }, `${t('failed')}：${pick(outcome.error)}`),
    );
  return h(
    'li',
    { class: 'upload done', 'data-state': 'done' },
    name,
    h('span', {}, `${t('done')}：${summaryText(outcome.result)}`),
    h('a', { href: `#/report/${outcome.result.id}`, class: 'open' }, t('open')),
  );
}

export async function showUpload(view: HTMLElement): Promise<void> {
  const info = await health().catch(() => null);
  const list = h('ul', { class: 'uploads' });
  const redraw = () => fill(list, ...items.map(itemView));
  const tokenInput = h('input', {
    type: 'password',
    id: 'token',
    autocomplete: 'off',
    value: sessionStorage.getItem('budgetlens-token') ?? '',
  });
  tokenInput.addEventListener('change', () => sessionStorage.setItem('budgetlens-token', tokenInput.value));
  const picker = h('input', {
    type: 'file',
    id: 'files',
    multiple: true,
    accept: '.pdf,.docx,.xlsx,.html,.htm,.txt,.md,.doc,.xls',
  });
  const zone = h('label', { class: 'drop', for: 'files' }, h('strong', {}, t('drop')), h('span', {}, t('formats')), picker);
  const start = (files: File[]) => {
    const batch = files.map((file): Item => ({ file, outcome: { state: 'sending', sent: 0 } }));
    items.unshift(...batch);
    redraw();
    for (const item of batch) {
      upload(item.file, tokenInput.value, (sent) => {
        item.outcome = { state: 'sending', sent };
        redraw();
      }).then(
        (result) => {
          item.outcome = { state: 'done', result };
          redraw();
          // One file dropped alone: its report is what the user came for.
          if (batch.length === 1) location.hash = `#/report/${result.id}`;
        },
        (error: ApiError) => {
          item.outcome = { state: 'failed', error };
          redraw();
        },
      );
    }
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
  fill(
    view,
    h(
      'section',
      { class: 'upload-view' },
      zone,
      info?.token
        ? h('p', { class: 'token' }, h('label', { for: 'token' }, `${t('token')}：`), tokenInput, h('small', {}, t('tokenHint')))
        : null,
      list,
    ),
  );
  redraw();
}
