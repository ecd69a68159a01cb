import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GridRow, Paragraph } from '../blocks.js';
import { BlockWriter, onColumnsOf } from './blocks.js';
import { removeFurniture } from './furniture.js';
import type { TextLine } from './layout/lines.js';
import type { LaidTable, PageLayout } from './layout/page.js';
import { DEFAULT_SETTINGS } from './settings.js';

function table(xs: number[], rows: Array<Array<[string, number]>>, y0 = 100): LaidTable {
  return {
    x0: xs[0] as number,
    x1: xs[xs.length - 1] as number,
    y0,
    y1: y0 + rows.length * 20,
    xs,
    columns: xs.length - 1,
    rows: rows.map((cells, r) => {
      let col = 0;
      return {
        x0: xs[0] as number,
        x1: xs[xs.length - 1] as number,
        y0: y0 + r * 20,
        y1: y0 + r * 20 + 20,
        cells: cells.map(([text, span]) => {
          const cell = { text, col, span, rowSpan: 1, x0: xs[col] as number, x1: xs[col + span] as number, y0, y1: y0 + 20 };
          col += span;
          return cell;
        }),
      };
    }),
  };
}

function line(text: string, y: number, x0 = 50): TextLine {
  const chunk = { text, size: 10, x0, x1: x0 + text.length * 10, y0: y, y1: y + 10 };
  return { ...chunk, baseline: y + 9, chunks: [chunk] };
}

const page = (n: number, lines: TextLine[], tables: LaidTable[] = []): PageLayout => ({
  page: n,
  width: 600,
  height: 800,
  edges: [],
  points: [],
  cells: [],
  tables,
  lines,
});

describe('PDF blocks', () => {
  it('places a table continued on the next page on the columns of the page before', () => {
    const first = table(
      [0, 50, 100, 200, 300],
      [
        [
          ['201', 1],
          ['', 1],
          ['一般公共服务支出', 1],
          ['100', 1],
        ],
      ],
    );
    const next = table(
      [0, 200, 300],
      [
        [
          ['合计', 1],
          ['100', 1],
        ],
      ],
    );
    const placed = onColumnsOf(next, first);
    assert.deepEqual(
      placed?.rows[0]?.cells.map((c) => [c.col, c.text, c.span]),
      [
        [0, '合计', 3],
        [1, '', 1],
        [2, '', 1],
        [3, '100', 1],
      ],
    );
    assert.equal(
      onColumnsOf(
        table(
          [0, 120, 300],
          [
            [
              ['x', 1],
              ['y', 1],
            ],
          ],
        ),
        first,
      ),
      null,
    );
  });
  it('writes rows dense, numbers every block and keeps page and box', () => {
    const writer = new BlockWriter();
    writer.addPage(
      page(
        3,
        [line('收支预算总表', 50)],
        [
          table(
            [0, 100, 200],
            [
              [
                ['项目', 1],
                ['预算数', 1],
              ],
            ],
          ),
        ],
      ),
    );
    const [title, row] = writer.blocks as [Paragraph, GridRow];
    assert.equal(title.text, '收支预算总表');
    assert.deepEqual([title.line, row.line], [1, 2]);
    assert.equal(row.at?.page, 3);
    assert.deepEqual(
      row.cells.map((c) => c.text),
      ['项目', '预算数'],
    );
  });
  it('joins the wrapped lines of a paragraph', () => {
    const writer = new BlockWriter();
    const long = '2024年收入预算15621.11万元，其中财政拨款收入15621.11万元，比上年';
    writer.addPage(page(1, [line(long, 100, 70), line('减少876.75万元。', 115, 50)]));
    assert.deepEqual(
      writer.blocks.map((b) => (b as Paragraph).text),
      [`${long}减少876.75万元。`],
    );
  });
  it('removes page numbers and running headers, not the body', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [line('上海市某局2024年部门预算', 20), line(`- ${n} -`, 780), line(`正文第${n}段`, 300)]),
    );
    removeFurniture(pages, DEFAULT_SETTINGS);
    assert.deepEqual(
      pages.map((p) => p.lines.map((l) => l.chunks[0]?.text)),
      [['正文第1段'], ['正文第2段'], ['正文第3段'], ['正文第4段']],
    );
  });
});
