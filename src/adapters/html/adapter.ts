/**
 * HTML pages: tables (colspan/rowspan) and the text around them, in document order. Scripts,
 * styles and the head are skipped; a table inside a table cell counts as that cell's text.
 */
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { FormatAdapter } from '../adapter.js';
import type { Block } from '../blocks.js';
import { normaliseCellText, type SourceRow, tableBlocks } from '../grid.js';
import { assertNesting } from '../nesting.js';
import { decodeHtml } from './decode.js';

const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object']);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'ul',
  'ol',
  'body',
  'html',
  'blockquote',
  'caption',
  'center',
  'dd',
  'dt',
  'dl',
  'form',
  'pre',
  'address',
]);

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || SKIP.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  const inner = node.children.map(textOf).join('');
  return BLOCK.has(node.name) || node.name === 'tr'
    ? `${inner}\n`
    : node.name === 'td' || node.name === 'th'
      ? `${inner} `
      : inner;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isTag(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot')
      rows.push(...c.children.filter(isTag).filter((r) => r.name === 'tr'));
  }
  return rows;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
}

export function htmlBlocks(html: string, maxNesting?: number): Block[] {
  const doc = parseDocument(html, { decodeEntities: true });
  assertNesting(doc, maxNesting);
  const blocks: Block[] = [];
  let line = 0;
  const next = () => ++line;
  let tableIndex = 0;
  let pending = '';
  const flush = () => {
    for (const text of pending.split('\n')) {
      const clean = normaliseCellText(text);
      if (clean) blocks.push({ type: 'para', text: clean, line: next() });
    }
    pending = '';
  };
  const walk = (node: ChildNode): void => {
    if (isText(node)) {
      pending += node.data;
      return;
    }
    if (!isTag(node) || SKIP.has(node.name)) return;
    if (node.name === 'br') {
      pending += '\n';
      return;
    }
    if (node.name === 'table') {
      flush();
      const t = ++tableIndex;
      const caption = node.children.find((c) => isTag(c) && c.name === 'caption');
      if (caption) blocks.push({ type: 'para', text: normaliseCellText(textOf(caption)), line: next() });
      const rows: SourceRow[] = rowsOf(node).map((tr) => ({
        cells: tr.children
          .filter(isTag)
          .filter((c) => c.name === 'td' || c.name === 'th')
          .map((td) => ({ text: textOf(td), colSpan: span(td.attribs.colspan), rowSpan: span(td.attribs.rowspan) })),
      }));
      blocks.push(...tableBlocks(rows, next, (r, c) => ({ cell: `table${t}!R${r + 1}C${c + 1}` })));
      return;
    }
    const isBlock = BLOCK.has(node.name);
    if (isBlock) flush();
    for (const c of node.children) walk(c);
    if (isBlock) flush();
  };
  for (const c of doc.children) walk(c);
  flush();
  return blocks;
}

export const htmlAdapter: FormatAdapter = {
  format: 'html',
  async read({ bytes, limits }) {
    return { style: 'grid', blocks: htmlBlocks(decodeHtml(bytes), limits.maxNesting), findings: [] };
  },
};
