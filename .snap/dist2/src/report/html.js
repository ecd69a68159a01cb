import { formatAmount } from '../model/amount.js';
import { columnRank } from '../model/column-groups.js';
import { standardColumnLabel } from '../model/column-labels.js';
import { totalOf } from './entries.js';
import { groupFindings } from './group.js';
import { documentFiles, originLabel } from './origin.js';
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const RANK = { error: 3, warning: 2, info: 1 };
function worst(findings) {
    let best = null;
    for (const f of findings)
        if (!best || RANK[f.severity] > RANK[best])
            best = f.severity;
    return best;
}
/** A finding about this row: at its line, and (two rows may share a dump line) naming it when it names a row. */
const aboutRow = (f, row) => (f.cell ?? f.source)?.line === row.source.line && (f.row === undefined || f.row === row.label || f.row === row.name);
function cellFindings(findings, row, key) {
    return findings.filter((f) => aboutRow(f, row) && (key === null ? !f.column : f.column === key));
}
function renderTable(table, findings) {
    const amountColumns = table.columns.filter((c) => c.type === 'amount');
    // Text columns (单位名称, 指标值 …) as printed: a finding about an indicator's target points at one.
    const textColumns = table.columns.filter((c) => c.type === 'text' && c.side === undefined);
    const textKeys = [...new Set(textColumns.map((c) => c.key))];
    const sides = [...new Set(amountColumns.map((c) => c.side))];
    if (sides.length === 0 && textKeys.length > 0)
        sides.push(undefined);
    const out = [];
    for (const side of sides) {
        const cols = amountColumns.filter((c) => c.side === side);
        // Canonical order where the template has one (a dump may print a header cell out of place).
        const printed = [...new Set(cols.map((c) => c.key))];
        const keys = [...printed].sort((a, b) => columnRank(a) - columnRank(b) || printed.indexOf(a) - printed.indexOf(b));
        const rows = table.rows.filter((r) => r.side === side);
        if (rows.length === 0)
            continue;
        const texts = side === sides[0] ? textKeys : [];
        out.push('<table><thead><tr><th>代码</th><th>项目</th>');
        for (const key of texts) {
            const column = textColumns.find((c) => c.key === key);
            out.push(`<th>${escapeHtml(standardColumnLabel(key) ?? column?.label ?? key)}</th>`);
        }
        for (const key of keys) {
            const column = cols.find((c) => c.key === key);
            // The standard name of the key: a dump may shift a header cell, the key is read by meaning.
            const name = standardColumnLabel(key) ?? column?.label ?? key;
            out.push(`<th title="${escapeHtml(column?.path.join(' / ') ?? key)}">${escapeHtml(name)}</th>`);
        }
        out.push('</tr></thead><tbody>');
        for (const row of rows) {
            // The row's own findings, and those about a column this table does not show, mark its name.
            const shown = new Set([...keys, ...texts]);
            const onRow = findings.filter((f) => aboutRow(f, row) && (!f.column || !shown.has(f.column)));
            const rowLevel = worst(onRow);
            const rowTip = onRow.map((f) => f.message).join('\n');
            out.push(`<tr class="${row.isTotal ? 'total' : `level${row.level ?? 0}`}">`);
            out.push(`<td>${escapeHtml(row.code ?? '')}</td><td class="${rowLevel ?? ''}" title="${escapeHtml([originLabel(row.source), rowTip].filter(Boolean).join('\n'))}">${escapeHtml(row.label)}</td>`);
            for (const key of texts) {
                const here = cellFindings(findings, row, key);
                const tip = here.map((f) => f.message).join('\n');
                out.push(`<td class="text ${worst(here) ?? ''}"${tip ? ` title="${escapeHtml(tip)}"` : ''}>${escapeHtml(row.texts[key] ?? '')}</td>`);
            }
            for (const key of keys) {
                const here = cellFindings(findings, row, key);
                const level = worst(here);
                const value = row.values[key];
                const tip = here.map((f) => f.message).join('\n');
                out.push(`<td class="num ${level ?? ''}"${tip ? ` title="${escapeHtml(tip)}"` : ''}>${value ? escapeHtml(formatAmount(value)) : ''}</td>`);
            }
            out.push('</tr>');
        }
        out.push('</tbody></table>');
    }
    return out.join('');
}
const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}.summary span{margin-right:1.5em;font-weight:bold}
.wrap{display:flex;gap:2em;align-items:flex-start}.wrap>div:first-child{overflow-x:auto;flex:3}.wrap aside{flex:2}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px}th{background:#f3f3f3}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold}tr.level2 td:nth-child(2){padding-left:1.5em}
tr.level3 td:nth-child(2){padding-left:3em}.error{background:#fdd}.warning{background:#fff3c4}.info{background:#e6f0ff}
li.error,li.warning,li.info{list-style:none;margin:.3em 0;padding:.3em .5em;border-radius:3px}code{color:#666}`;
/** One document's part of a report: heading, summary, its tables with their findings, the other findings. */
function documentPart(doc, findings, summary, idPrefix) {
    const parts = [
        `<h1>${escapeHtml(doc.title || doc.source.file)} 检查报告 / check report</h1>`,
        `<p>${escapeHtml(documentFiles(doc))} · ${doc.year ?? ''} · ${doc.phase === 'budget' ? '预算' : '决算'} · sha256 <code>${escapeHtml(doc.source.sha256.slice(0, 16))}</code></p>`,
        `<p class="summary"><span class="error">错误 ${summary.errors}</span><span class="warning">警告 ${summary.warnings}</span><span class="info">提示 ${summary.infos}</span></p>`,
    ];
    for (const table of doc.tables) {
        const own = findings.filter((f) => {
            const line = (f.cell ?? f.source)?.line;
            return f.table === table.kind && (line === table.source.line || table.rows.some((r) => r.source.line === line));
        });
        parts.push(`<h2 id="${idPrefix}line-${table.source.line}">${escapeHtml(table.title || table.kind)} <small>(${escapeHtml(table.kind)}，单位：${escapeHtml(table.unit)}，${escapeHtml(originLabel(table.source))})</small></h2>`);
        parts.push(`<div class="wrap"><div>${renderTable(table, own)}</div><aside><ul>`);
        for (const f of own)
            parts.push(`<li class="${f.severity}">${escapeHtml(f.message)} <code>${escapeHtml(f.rule)}</code></li>`);
        parts.push('</ul></aside></div>');
    }
    const rest = groupFindings(doc, findings).filter((g) => !doc.tables.some((t) => (t.title || t.kind) === g.title));
    for (const group of rest) {
        parts.push(`<h2>${escapeHtml(group.title)}</h2><ul>`);
        for (const f of group.findings)
            parts.push(`<li class="${f.severity}">${escapeHtml(originLabel(f.source))}：${escapeHtml(f.message)} <code>${escapeHtml(f.rule)}</code></li>`);
        parts.push('</ul>');
    }
    return parts;
}
const head = (title) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">\n<title>${escapeHtml(title)} — BudgetLens 检查报告</title><style>${STYLE}</style></head><body>`;
/** One self-contained HTML file: the tables as printed, faulty cells highlighted, findings beside them, a summary on top. */
export function formatHtml(doc, findings, summary) {
    return [head(doc.title || doc.source.file), ...documentPart(doc, findings, summary, ''), '</body></html>\n'].join('\n');
}
/** Several files in one self-contained report: the total on top, then each file's part or why it could not be read. */
export function formatHtmlReport(entries) {
    const only = entries[0];
    if (entries.length === 1 && only && 'doc' in only)
        return formatHtml(only.doc, only.findings, only.summary);
    const total = totalOf(entries);
    const parts = [
        head(`${total.files} 个文件 / ${total.files} files`),
        `<h1>检查报告 / check report：${total.files} 个文件 / files</h1>`,
        `<p class="summary total"><span>已检查 checked ${total.read}</span><span class="error">无法读取 unreadable ${total.unreadable}</span><span class="error">错误 ${total.errors}</span><span class="warning">警告 ${total.warnings}</span><span class="info">提示 ${total.infos}</span></p>`,
        '<ol class="files">',
        ...entries.map((entry, i) => 'doc' in entry
            ? `<li><a href="#d${i + 1}">${escapeHtml(entry.doc.source.file)}</a>：错误 ${entry.summary.errors}，警告 ${entry.summary.warnings}，提示 ${entry.summary.infos}</li>`
            : `<li class="error"><a href="#d${i + 1}">${escapeHtml(entry.file)}</a>：${escapeHtml(entry.zh)} / ${escapeHtml(entry.en)}</li>`),
        '</ol>',
    ];
    entries.forEach((entry, i) => {
        parts.push(`<section id="d${i + 1}">`);
        if ('doc' in entry)
            parts.push(...documentPart(entry.doc, entry.findings, entry.summary, `d${i + 1}-`));
        else
            parts.push(`<h1>${escapeHtml(entry.file)}</h1>`, `<p class="error">无法读取 / unreadable：${escapeHtml(entry.zh)} / ${escapeHtml(entry.en)}</p>`);
        parts.push('</section>');
    });
    parts.push('</body></html>\n');
    return parts.join('\n');
}
//# sourceMappingURL=html.js.map