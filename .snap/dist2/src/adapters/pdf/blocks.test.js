import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BlockWriter, onColumnsOf } from './blocks.js';
import { removeFurniture } from './furniture.js';
import { DEFAULT_SETTINGS } from './settings.js';
/** Cells as [text, span] or [text, span, full]: `full` text runs to the cell's border (it may wrap on). */
function table(xs, rows, y0 = 100) {
    return {
        x0: xs[0],
        x1: xs[xs.length - 1],
        y0,
        y1: y0 + rows.length * 20,
        xs,
        columns: xs.length - 1,
        rows: rows.map((cells, r) => {
            let col = 0;
            return {
                x0: xs[0],
                x1: xs[xs.length - 1],
                y0: y0 + r * 20,
                y1: y0 + r * 20 + 20,
                cells: cells.map(([text, span, full]) => {
                    const cell = {
                        text,
                        col,
                        span,
                        rowSpan: 1,
                        full,
                        x0: xs[col],
                        x1: xs[col + span],
                        y0,
                        y1: y0 + 20,
                    };
                    col += span;
                    return cell;
                }),
            };
        }),
    };
}
function line(text, y, x0 = 50) {
    const chunk = { text, size: 10, x0, x1: x0 + text.length * 10, y0: y, y1: y + 10 };
    return { ...chunk, baseline: y + 9, chunks: [chunk] };
}
const page = (n, lines, tables = []) => ({
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
        const first = table([0, 50, 100, 200, 300], [
            [
                ['201', 1],
                ['', 1],
                ['一般公共服务支出', 1],
                ['100', 1],
            ],
        ]);
        const next = table([0, 200, 300], [
            [
                ['合计', 1],
                ['100', 1],
            ],
        ]);
        const placed = onColumnsOf(next, first);
        assert.deepEqual(placed?.rows[0]?.cells.map((c) => [c.col, c.text, c.span]), [
            [0, '合计', 3],
            [1, '', 1],
            [2, '', 1],
            [3, '100', 1],
        ]);
        assert.equal(onColumnsOf(table([0, 120, 300], [
            [
                ['x', 1],
                ['y', 1],
            ],
        ]), first), null);
    });
    it('writes rows dense, numbers every block and keeps page and box', () => {
        const writer = new BlockWriter();
        writer.addPage(page(3, [line('收支预算总表', 50)], [
            table([0, 100, 200], [
                [
                    ['项目', 1],
                    ['预算数', 1],
                ],
            ]),
        ]));
        const [title, row] = writer.blocks;
        assert.equal(title.text, '收支预算总表');
        assert.deepEqual([title.line, row.line], [1, 2]);
        assert.equal(row.at?.page, 3);
        assert.deepEqual(row.cells.map((c) => c.text), ['项目', '预算数']);
    });
    it('joins the wrapped lines of a paragraph', () => {
        const writer = new BlockWriter();
        const long = '2024年收入预算15621.11万元，其中财政拨款收入15621.11万元，比上年';
        writer.addPage(page(1, [line(long, 100, 70), line('减少876.75万元。', 115, 50)]));
        assert.deepEqual(writer.blocks.map((b) => b.text), [`${long}减少876.75万元。`]);
    });
    it('removes page numbers and running headers, not the body', () => {
        const pages = [1, 2, 3, 4].map((n) => page(n, [line('上海市某局2024年部门预算', 20), line(`- ${n} -`, 780), line(`正文第${n}段`, 300)]));
        removeFurniture(pages, DEFAULT_SETTINGS);
        assert.deepEqual(pages.map((p) => p.lines.map((l) => l.chunks[0]?.text)), [['正文第1段'], ['正文第2段'], ['正文第3段'], ['正文第4段']]);
    });
    it('keeps a table’s title printed again at the top of every page the table runs over (长沙 绩效目标表)', () => {
        const xs = [0, 100, 200, 300];
        const grid = () => [
            table(xs, [
                [
                    ['项目', 1],
                    ['指标', 1],
                    ['指标值', 1],
                ],
            ], 100),
        ];
        const pages = [
            page(1, [line('某局2025年部门预算', 20), line('正文', 300)]),
            ...[2, 3, 4, 5].map((n) => page(n, [line('某局2025年部门预算', 20), line('2025年项目支出绩效目标表', 40)], grid())),
        ];
        removeFurniture(pages, DEFAULT_SETTINGS);
        assert.deepEqual(pages.map((p) => p.lines.map((l) => l.chunks[0]?.text)), [['正文'], ...[2, 3, 4, 5].map(() => ['2025年项目支出绩效目标表'])]);
    });
    describe('a row broken across a page', () => {
        const xs = [0, 100, 200];
        const names = (writer) => writer.blocks.map((b) => (b.type === 'row' ? b.cells.map((c) => c.text).join('|') : `¶${b.text}`));
        const write = (last, next) => {
            const writer = new BlockWriter();
            writer.addPage(page(1, [], [table(xs, [[last, ['456.88', 1, true]]], 700)]));
            writer.addPage(page(2, [], [
                table(xs, [
                    next,
                    [
                        ['吉林省药品流通服务中心', 1],
                        ['357.60', 1],
                    ],
                ], 40),
            ]));
            return names(writer);
        };
        it('is joined back when the new page begins with the rest of a text that ran to its border', () => {
            assert.deepEqual(write(['吉林省商务信息中心(吉林省国际电子商', 1, true], [
                ['务中心)', 1],
                ['', 1],
            ]), ['吉林省商务信息中心(吉林省国际电子商务中心)|456.88', '吉林省药品流通服务中心|357.60']);
        });
        it('joins the rest of an amount a narrow cell wrapped onto the new page (杭州 公安局 收入预算总表)', () => {
            const wide = [0, 100, 200, 300];
            const writer = new BlockWriter();
            const last = (amount) => [
                ['杭州市机动', 1, true],
                ['14,549.64', 1, false],
                [amount, 1, true],
            ];
            writer.addPage(page(1, [], [table(wide, [last('12,437.3')], 700)]));
            const next = (rest) => [
                ['车驾驶员考试服务中心', 1],
                ['', 1],
                [rest, 1],
            ];
            writer.addPage(page(2, [], [table(wide, [next('6')], 40)]));
            assert.deepEqual(names(writer), ['杭州市机动车驾驶员考试服务中心|14,549.64|12,437.36']);
            const whole = new BlockWriter();
            whole.addPage(page(1, [], [table(wide, [last('12,437.30')], 700)]));
            whole.addPage(page(2, [], [table(wide, [next('6')], 40)]));
            assert.deepEqual(names(whole), ['杭州市机动|14,549.64|12,437.30', '车驾驶员考试服务中心||6']);
        });
        it('is not joined when the first row has a figure, or the text above ends short of its border', () => {
            assert.deepEqual(write(['吉林省商务信息中心', 1, true], [
                ['(本级)', 1],
                ['12.00', 1],
            ]), ['吉林省商务信息中心|456.88', '(本级)|12.00', '吉林省药品流通服务中心|357.60']);
            assert.deepEqual(write(['本年收入合计', 1, false], [
                ['上年结转', 1],
                ['', 1],
            ]), ['本年收入合计|456.88', '上年结转|', '吉林省药品流通服务中心|357.60']);
        });
        it('is not joined when the new page repeats the header, or below an amount', () => {
            const wide = [0, 100, 200, 300];
            const head = [
                ['项目', 1],
                ['', 1],
                ['说明', 1],
            ];
            const writeAfter = (next) => {
                const writer = new BlockWriter();
                const last = [
                    ['对个人和家庭的补助', 1, true],
                    ['3,514,000', 1, true],
                    ['按规定发放离退休人员', 1, true],
                ];
                writer.addPage(page(1, [], [table(wide, [head, last], 680)]));
                writer.addPage(page(2, [], [table(wide, [next], 40)]));
                return names(writer);
            };
            const before = ['项目||说明', '对个人和家庭的补助|3,514,000|按规定发放离退休人员'];
            assert.deepEqual(writeAfter(head), [...before, '项目||说明']);
            assert.deepEqual(writeAfter([
                ['', 1],
                ['（含退休费）', 1],
                ['', 1],
            ]), [...before, '|（含退休费）|']);
        });
        it('is not joined when the new page begins with the next table’s title ruled across its top (长春 p8)', () => {
            const wide = [0, 100, 200, 300];
            const writer = new BlockWriter();
            writer.addPage(page(1, [], [
                table(wide, [
                    [
                        ['105001', 1, true],
                        ['长春市信访局', 1, true],
                        ['1682.76', 1, true],
                    ],
                ], 700),
            ]));
            writer.addPage(page(2, [], [
                table(wide, [
                    [['支出总表（预算表 3）', 3]],
                    [
                        ['科目编码', 1],
                        ['功能分类科目名称', 1],
                        ['合计', 1],
                    ],
                ], 40),
            ]));
            assert.deepEqual(names(writer), ['105001|长春市信访局|1682.76', '¶支出总表（预算表 3）', '科目编码|功能分类科目名称|合计']);
        });
        it('a header broken across the page: the rows before are placed on the finer columns after', () => {
            const writer = new BlockWriter();
            const top = [
                ['项目', 1],
                ['本年预算', 1],
            ];
            writer.addPage(page(1, [line('项目支出预算表', 640)], [table([0, 100, 300], [top], 700)]));
            writer.addPage(page(2, [], [
                table([0, 100, 200, 300], [
                    [
                        ['', 1],
                        ['财政拨款', 1],
                        ['单位资金', 1],
                    ],
                    [
                        ['合计', 1],
                        ['10.00', 1],
                        ['2.00', 1],
                    ],
                ], 40),
            ]));
            const rows = writer.blocks.filter((b) => b.type === 'row');
            assert.deepEqual(rows.map((r) => r.cells.map((c) => `${c.col}+${c.span ?? 1}:${c.text}`).join('|')), ['0+1:项目|1+2:本年预算|2+1:', '0+1:|1+1:财政拨款|2+1:单位资金', '0+1:合计|1+1:10.00|2+1:2.00']);
            assert.deepEqual(rows.map((r) => r.at?.page), [1, 2, 2]);
        });
        it('is not joined when something stands between the two tables', () => {
            const writer = new BlockWriter();
            writer.addPage(page(1, [], [
                table(xs, [
                    [
                        ['吉林省商务信息中心(吉林省国际电子商', 1, true],
                        ['456.88', 1],
                    ],
                ], 700),
            ]));
            writer.addPage(page(2, [line('项目支出预算表', 20)], [
                table(xs, [
                    [
                        ['务中心)', 1],
                        ['', 1],
                    ],
                ], 60),
            ]));
            assert.deepEqual(names(writer), ['吉林省商务信息中心(吉林省国际电子商|456.88', '¶项目支出预算表', '务中心)|']);
        });
    });
    describe('paragraph ends', () => {
        const full = (text, y) => {
            const l = line(text, y);
            const x1 = 550;
            return { ...l, x1, chunks: [{ ...l.chunks[0], x1 }] };
        };
        const texts = (lines, tables = []) => {
            const writer = new BlockWriter();
            writer.addPage(page(1, lines, tables));
            return writer.blocks.filter((b) => b.type === 'para').map((b) => b.text);
        };
        it('a numbered heading after a finished sentence starts a paragraph, though the sentence reached the margin', () => {
            assert.deepEqual(texts([full('本年收入中，一般公共预算拨款收入15745.54万元，占100.00%。', 100), line('三、2025年支出预算情况', 111)]), ['本年收入中，一般公共预算拨款收入15745.54万元，占100.00%。', '三、2025年支出预算情况']);
        });
        it('a line broken off in mid-sentence at the margin goes on across a wider gap; a finished one does not (烟台 p27)', () => {
            assert.deepEqual(texts([full('（一）收入预算：2026年收入预算3,558.35万元，其中：一般公共预算', 100), line('收入2,776.75万元。', 125)]), ['（一）收入预算：2026年收入预算3,558.35万元，其中：一般公共预算收入2,776.75万元。']);
            assert.deepEqual(texts([full('按照综合预算的原则，本单位所有收入和支出均纳入部门预算管理。', 100), line('另行说明。', 125)]), ['按照综合预算的原则，本单位所有收入和支出均纳入部门预算管理。', '另行说明。']);
        });
        it('a gap wider than the paragraph’s own line gap ends it', () => {
            assert.deepEqual(texts([full('第一行', 100), full('第二行', 111), line('下一段', 127)]), ['第一行第二行', '下一段']);
        });
        it('on a page of tables a short title is not a full line wrapping into the 单位 line', () => {
            const tables = [
                table([0, 300, 550], [
                    [
                        ['项目', 1],
                        ['预算数', 1],
                    ],
                ], 200),
            ];
            assert.deepEqual(texts([line('收支预算总表', 100, 0), line('单位：万元', 111, 0)], tables), ['收支预算总表', '单位：万元']);
        });
    });
});
describe('merged cells a page break cuts', () => {
    /**
     * The rows written from a table on page 1 whose last row's first `cutCols` cells the page cuts
     * at the bottom, going on in a table on page 2 whose first row's cells are cut at the top.
     */
    const acrossPages = (xs, first, second, cutCols) => {
        const before = table(xs, first);
        const after = table(xs, second, 60);
        for (const c of before.rows[before.rows.length - 1]?.cells ?? [])
            if (cutCols.includes(c.col))
                c.cutBottom = true;
        for (const c of after.rows[0]?.cells ?? [])
            if (cutCols.includes(c.col))
                c.cutTop = true;
        const writer = new BlockWriter();
        writer.addPage(page(1, [], [before]));
        writer.addPage(page(2, [], [after]));
        return writer.blocks.filter((b) => b.type === 'row').map((r) => r.cells.map((c) => c.text));
    };
    it('writes the text of the part on the next page into the cell where the row was written', () => {
        const header = [
            ['项目名称', 1],
            ['项目总额', 1],
            ['一级指标', 1],
        ];
        const rows = acrossPages([0, 100, 200, 300], [
            header,
            [
                ['', 1],
                ['', 1],
                ['产出指标', 1],
            ],
        ], [
            [
                ['25-决算管理工作服务', 1],
                ['54.320000', 1],
                ['效益指标', 1],
            ],
        ], [0, 1]);
        assert.deepEqual(rows, [
            ['项目名称', '项目总额', '一级指标'],
            ['25-决算管理工作服务', '54.320000', '产出指标'],
            ['', '', '效益指标'],
        ]);
    });
    it('a name and an amount the printer drew on both pages are one text', () => {
        const project = [
            ['08-决算报表工作服务', 1],
            ['67.700000', 1],
        ];
        const rows = acrossPages([0, 100, 200], [
            [
                ['项目名称', 1],
                ['项目总额', 1],
            ],
            project,
        ], [project], [0, 1]);
        assert.deepEqual(rows, [
            ['项目名称', '项目总额'],
            ['08-决算报表工作服务', '67.700000'],
        ]);
    });
});
//# sourceMappingURL=blocks.test.js.map