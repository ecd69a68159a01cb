/**
 * The comparisons (#/compare/department|region|code?…): a chart (ECharts, loaded here only), the
 * table beside it, and the same table to download as CSV or XLSX from the API. A department across
 * years shows one kind of table at a time: its export holds that kind (`kind=`), and a second pair
 * of links, named as such, every kind.
 */
import { alignDecimals } from './amount-text.js';
import { type ComparisonTable, getJson } from './api.js';
import { chartNumber, drawBars, type Series } from './charts.js';
import { fill, h } from './dom.js';
import { colon, t } from './i18n.js';

type Kind = 'department' | 'region' | 'code';
const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

interface Line {
  kind: string;
  code: string | null;
  name: string;
  level: number | null;
  isTotal: boolean;
  values: Array<string | null>;
}
interface DepartmentYears {
  department: string;
  years: number[];
  lines: Line[];
  table: ComparisonTable;
}
interface Figures {
  document: { department: string | null; title: string; year: number | null };
  total: string | null;
  basic: string | null;
  project: string | null;
  threePublic: string | null;
  byFunction: Record<string, string>;
}
interface SideBySide {
  departments: Figures[];
  functionClasses: Array<{ code: string; name: string }>;
  table: ComparisonTable;
}
interface CodeAcross {
  code: string;
  total: number;
  spending: Array<{
    document: { department: string | null; title: string; year: number | null };
    total: string | null;
    basic: string | null;
    project: string | null;
  }>;
  table: ComparisonTable;
}

/** What the chart draws: categories along the axis and its series. */
interface Drawing {
  categories: string[];
  series: Series[];
  /** The rows of the table shown beside it (indexes into table.rows). */
  rows: number[];
}

function tableView(table: ComparisonTable, rows: number[]): HTMLElement {
  // Amount columns to one number of decimals each, grouped; the exports keep the API's text.
  const shown = table.columns.map((c, i) =>
    c.type === 'amount'
      ? alignDecimals(rows.map((r) => table.rows[r]?.[i] ?? null))
      : rows.map((r) => table.rows[r]?.[i] ?? null),
  );
  return h(
    'div',
    { class: 'scroll compare-table-wrap' },
    h(
      'table',
      { class: 'compare-table' },
      h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { title: c.key }, c.label)))),
      h(
        'tbody',
        {},
        ...rows.map((_, r) =>
          h('tr', {}, ...table.columns.map((c, i) => h('td', { class: c.type === 'text' ? '' : 'num' }, shown[i]?.[r] ?? '—'))),
        ),
      ),
    ),
  );
}

const who = (d: { department: string | null; title: string; year: number | null }, withYear = false) =>
  `${d.department ?? d.title}${withYear && d.year ? ` ${d.year}` : ''}`;

/** One department's lines of the chosen table kind, the years along the axis. */
function departmentDrawing(answer: DepartmentYears, kind: string): Drawing {
  const rows = answer.lines.flatMap((l, i) => (l.kind === kind ? [i] : []));
  const top = rows.filter((i) => {
    const l = answer.lines[i] as Line;
    return l.isTotal || l.level === null || l.level <= 1;
  });
  return {
    categories: answer.years.map(String),
    series: top.slice(0, 12).map((i) => {
      const l = answer.lines[i] as Line;
      return { name: `${l.code ?? ''} ${l.name}`.trim(), values: l.values.map(chartNumber) };
    }),
    rows,
  };
}

function regionDrawing(answer: SideBySide, metric: string): Drawing {
  const categories = answer.departments.map((d) => who(d.document));
  const rows = answer.departments.map((_, i) => i);
  if (metric === 'three_public')
    return {
      categories,
      rows,
      series: [{ name: t('threePublic'), values: answer.departments.map((d) => chartNumber(d.threePublic)) }],
    };
  if (metric === 'function')
    return {
      categories,
      rows,
      series: answer.functionClasses.map((c) => ({
        name: `${c.code} ${c.name}`,
        stack: 'function',
        values: answer.departments.map((d) => chartNumber(d.byFunction[c.code])),
      })),
    };
  if (metric === 'total')
    return { categories, rows, series: [{ name: t('total'), values: answer.departments.map((d) => chartNumber(d.total)) }] };
  return {
    categories,
    rows,
    series: [
      { name: t('basic'), stack: 'split', values: answer.departments.map((d) => chartNumber(d.basic)) },
      { name: t('project'), stack: 'split', values: answer.departments.map((d) => chartNumber(d.project)) },
    ],
  };
}

function codeDrawing(answer: CodeAcross): Drawing {
  const split = answer.spending.some((s) => s.basic !== null || s.project !== null);
  return {
    categories: answer.spending.map((s) => who(s.document, true)),
    rows: answer.spending.map((_, i) => i),
    series: split
      ? [
          { name: t('basic'), stack: 'split', values: answer.spending.map((s) => chartNumber(s.basic)) },
          { name: t('project'), stack: 'split', values: answer.spending.map((s) => chartNumber(s.project)) },
        ]
      : [{ name: t('total'), values: answer.spending.map((s) => chartNumber(s.total)) }],
  };
}

const KIND_WORDS: Record<Kind, 'acrossYears' | 'sideBySide' | 'codeAcross'> = {
  department: 'acrossYears',
  region: 'sideBySide',
  code: 'codeAcross',
};

/** The form that asks again, with the fields of this comparison. */
function queryForm(kind: Kind, params: URLSearchParams): HTMLFormElement {
  const fields: Record<Kind, Array<[string, 'department' | 'region' | 'year' | 'classCode']>> = {
    department: [['department', 'department']],
    region: [
      ['region', 'region'],
      ['year', 'year'],
    ],
    code: [
      ['code', 'classCode'],
      ['region', 'region'],
      ['year', 'year'],
    ],
  };
  const form = h(
    'form',
    { class: 'compare-form' },
    ...fields[kind].map(([name, word]) =>
      h('label', {}, `${t(word)} `, h('input', { name, type: 'search', value: params.get(name) ?? '' })),
    ),
    h('button', { type: 'submit' }, t('compare')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, v] of new FormData(form)) if (String(v).trim() !== '') next.set(key, String(v).trim());
    const phase = params.get('phase');
    if (phase) next.set('phase', phase);
    location.hash = `#/compare/${kind}?${next}`;
  });
  return form;
}

export async function showCompare(view: HTMLElement, kind: Kind, params: URLSearchParams): Promise<void> {
  const api = `/api/compare/${kind}`;
  const query = new URLSearchParams(params);
  const answer = await getJson<DepartmentYears & SideBySide & CodeAcross>(api, query);
  const chart = h('div', { class: 'chart', id: 'chart' });
  const side = h('div', { class: 'compare-side' });
  /** A download of the table; `kind` keeps one kind of a department's tables (the one shown). */
  const exportHref = (format: Format, kind?: string) => {
    const url = new URLSearchParams(query);
    url.set('format', format);
    if (kind) url.set('kind', kind);
    return `${api}?${url}`;
  };
  const exportLink = (format: Format, className: string, word: 'export' | 'exportAll') =>
    h('a', { href: exportHref(format), download: '', class: `export ${className}` }, `${t(word)} ${format.toUpperCase()}`);
  const shownExports = FORMATS.map((f) => exportLink(f, `export-${f}`, 'export'));
  // A department's years hold every kind of table: all of them too, on links that say so.
  const allExports = kind === 'department' ? FORMATS.map((f) => exportLink(f, `export-all-${f}`, 'exportAll')) : [];
  let choose: HTMLSelectElement | null = null;
  if (kind === 'department') {
    const kinds = [...new Set(answer.lines.map((l) => l.kind))];
    const preferred = ['expenditure_summary', 'general_budget_expenditure'].find((k) => kinds.includes(k)) ?? kinds[0] ?? '';
    const titles = new Map(answer.lines.map((l, i) => [l.kind, answer.table.rows[i]?.[0] ?? l.kind]));
    choose = h(
      'select',
      { class: 'choose' },
      ...kinds.map((k) => h('option', { value: k, selected: k === preferred }, titles.get(k) ?? k)),
    );
  } else if (kind === 'region') {
    const metrics: Array<[string, string]> = [
      ['split', `${t('basic')} / ${t('project')}`],
      ['total', t('total')],
      ['three_public', t('threePublic')],
      ['function', t('byFunction')],
    ];
    choose = h('select', { class: 'choose' }, ...metrics.map(([v, label]) => h('option', { value: v }, label)));
  }
  const draw = async () => {
    // The department's exports follow the kind shown.
    if (kind === 'department')
      for (const [i, link] of shownExports.entries()) link.href = exportHref(FORMATS[i] as Format, choose?.value);
    const drawing =
      kind === 'department'
        ? departmentDrawing(answer, choose?.value ?? '')
        : kind === 'region'
          ? regionDrawing(answer, choose?.value ?? 'split')
          : codeDrawing(answer);
    fill(side, tableView(answer.table, drawing.rows));
    await drawBars(chart, drawing.categories, drawing.series, answer.table.unit);
  };
  choose?.addEventListener('change', () => void draw());
  const empty = answer.table.rows.length === 0;
  fill(
    view,
    h(
      'section',
      { class: `compare compare-${kind}` },
      h('h1', {}, `${t(KIND_WORDS[kind])}${colon()}${answer.table.title}`),
      queryForm(kind, params),
      h(
        'p',
        { class: 'tools' },
        choose,
        ' ',
        ...[...shownExports, ...allExports].flatMap((link) => [link, ' ']),
        h('span', { class: 'unit' }, `${t('unit')}${colon()}${answer.table.unit}`),
        ' ',
        h('a', { href: '#/corpus' }, t('corpus')),
      ),
      empty ? h('p', { class: 'note' }, t('nothingToCompare')) : h('div', { class: 'compare-split' }, chart, side),
    ),
  );
  if (!empty) await draw();
}
