/**
 * The corpus browser (#/corpus?…): the stored documents by region, year, phase, a part of the
 * department's name or a classification code, page by page, with how far each was read and its
 * findings counted; each opens its report, its department across years, its region side by side,
 * or is deleted (after a confirmation; with the token when the server needs one).
 */
import { type ApiError, type BrowsedDocument, type BrowsePage, type Facets, getJson, health } from './api.js';
import { fill, h } from './dom.js';
import { colon, pick, t } from './i18n.js';
import { deleteButton, deleteNotice, rememberList } from './stored-delete.js';
import { tokenField } from './token.js';

const PAGE_SIZE = 25;

const option = (value: string, label: string, selected: string) => h('option', { value, selected: value === selected }, label);

const unlisted = (chosen: string, listed: Array<string | null>) =>
  chosen !== '' && !listed.includes(chosen) ? option(chosen, `${chosen} (0)`, chosen) : null;

function filterForm(facets: Facets, params: URLSearchParams): HTMLFormElement {
  const value = (name: string) => params.get(name) ?? '';
  const form = h(
    'form',
    { class: 'corpus-filters' },
    h(
      'label',
      {},
      `${t('region')} `,
      h(
        'select',
        { name: 'region' },
        option('', t('all'), value('region')),
        ...facets.regions
          .filter((r) => r.region !== null)
          .map((r) => option(r.region as string, `${r.region} (${r.documents})`, value('region'))),
        // A filter the store no longer has (its last document deleted) still shows as chosen.
        unlisted(
          value('region'),
          facets.regions.map((r) => r.region),
        ),
      ),
    ),
    h(
      'label',
      {},
      `${t('year')} `,
      h(
        'select',
        { name: 'year' },
        option('', t('all'), value('year')),
        ...facets.years.map((y) => option(String(y), String(y), value('year'))),
        unlisted(value('year'), facets.years.map(String)),
      ),
    ),
    h(
      'label',
      {},
      `${t('phase')} `,
      h(
        'select',
        { name: 'phase' },
        option('', t('all'), value('phase')),
        option('budget', t('budget'), value('phase')),
        option('final_account', t('finalAccount'), value('phase')),
      ),
    ),
    h('label', {}, `${t('department')} `, h('input', { name: 'department', type: 'search', value: value('department') })),
    h(
      'label',
      {},
      `${t('classCode')} `,
      h('input', { name: 'code', type: 'search', inputmode: 'numeric', value: value('code'), placeholder: '2010101' }),
    ),
    h('button', { type: 'submit', class: 'search' }, t('search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, v] of new FormData(form)) if (String(v).trim() !== '') next.set(key, String(v).trim());
    location.hash = `#/corpus?${next}`;
  });
  return form;
}

function statusText(d: BrowsedDocument): string {
  if (d.status === 'no_tables') return t('noTables');
  const read = `${t('tables')} ${d.tables}`;
  return d.status === 'unknown_tables' ? `${read} · ${t('unknownTables')} ${d.unknownTables}` : read;
}

function documentRow(d: BrowsedDocument, code: string, redraw: () => Promise<void>): HTMLElement {
  const department = d.department ?? d.title;
  const compare = (path: string, params: Record<string, string>) => `#/compare/${path}?${new URLSearchParams(params)}`;
  return h(
    'tr',
    { class: 'doc', 'data-id': d.id },
    h('td', {}, d.region ?? '—'),
    h('td', {}, h('a', { href: `#/stored/${d.id}`, class: 'open-doc' }, department)),
    h('td', {}, d.year === null ? '—' : String(d.year)),
    h('td', {}, d.phase === 'budget' ? t('budget') : t('finalAccount')),
    h('td', {}, d.version > 1 ? `v${d.version}` : ''),
    h('td', { class: `status ${d.status}` }, statusText(d)),
    h('td', { class: 'num' }, h('span', { class: d.errors > 0 ? 'count error' : '' }, String(d.errors))),
    h('td', { class: 'num' }, h('span', { class: d.warnings > 0 ? 'count warning' : '' }, String(d.warnings))),
    h(
      'td',
      { class: 'links' },
      d.department
        ? h(
            'a',
            { href: compare('department', { department: d.department, phase: d.phase }), class: 'to-years' },
            t('acrossYears'),
          )
        : null,
      ' ',
      d.region
        ? h(
            'a',
            { href: compare('region', { region: d.region, phase: d.phase, ...(d.year ? { year: String(d.year) } : {}) }) },
            t('sideBySide'),
          )
        : null,
      ' ',
      code ? h('a', { href: compare('code', { code }), class: 'to-code' }, `${t('classCode')} ${code}`) : null,
    ),
    h(
      'td',
      {},
      deleteButton(
        d,
        () => location.hash,
        () => void redraw(),
      ),
    ),
  );
}

/** One page of the list: its count, its documents (or why there are none) and the pager. */
function listing(view: HTMLElement, params: URLSearchParams, result: BrowsePage, page: number, token: boolean): HTMLElement[] {
  const redraw = async () => {
    delete document.body.dataset.ready;
    await showCorpus(view, params);
    document.body.dataset.ready = 'true';
  };
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const goto = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return `#/corpus?${next}`;
  };
  const code = params.get('code') ?? '';
  const filtered = [...params.keys()].some((k) => k !== 'page');
  const head = [
    t('region'),
    t('department'),
    t('year'),
    t('phase'),
    t('version'),
    t('readStatus'),
    t('errors'),
    t('warnings'),
    t('compare'),
    '',
  ];
  const notice = deleteNotice();
  return [
    ...(token ? [tokenField()] : []),
    ...(notice ? [notice] : []),
    h('p', { class: 'total' }, `${t('documents')}${colon()}${result.total}`),
    ...(result.total === 0
      ? [h('p', { class: 'note empty' }, t(filtered ? 'noMatch' : 'nothingStored'))]
      : [
          h(
            'div',
            { class: 'scroll' },
            h(
              'table',
              { class: 'corpus-table' },
              h('thead', {}, h('tr', {}, ...head.map((x) => h('th', {}, x)))),
              h('tbody', {}, ...result.documents.map((d) => documentRow(d, code, redraw))),
            ),
          ),
          h(
            'nav',
            { class: 'pager' },
            page > 1 ? h('a', { href: goto(page - 1), class: 'prev' }, t('prev')) : null,
            h('span', {}, ` ${page} / ${pages} `),
            page < pages ? h('a', { href: goto(page + 1), class: 'next' }, t('next')) : null,
          ),
        ]),
  ];
}

export async function showCorpus(view: HTMLElement, params: URLSearchParams): Promise<void> {
  // The list asked for, taken before its fetches: by their end the page may be elsewhere.
  const asked = location.hash;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = new URLSearchParams(params);
  query.set('pageSize', String(PAGE_SIZE));
  query.set('page', String(page));
  // A filter the API refuses (a code that is not 1 to 7 digits) is said under the form, to be mended there.
  const [facets, answer, info] = await Promise.all([
    getJson<Facets>('/api/corpus/facets', new URLSearchParams()),
    getJson<BrowsePage>('/api/corpus/documents', query).catch((error: ApiError) => error),
    health().catch(() => null),
  ]);
  if ('total' in answer) rememberList(asked);
  fill(
    view,
    h(
      'section',
      { class: 'corpus' },
      h('h1', {}, t('corpus')),
      filterForm(facets, params),
      ...('total' in answer
        ? listing(view, params, answer, page, info?.token === true)
        : [h('p', { class: 'error-text' }, answer.zh ? pick(answer) : String(answer))]),
    ),
  );
}
