const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const STYLE = `body{font-family:"SimSun","Songti SC","WenQuanYi Zen Hei",serif;max-width:60em;margin:2em auto;line-height:1.6}
h1.cover{text-align:center;margin:30vh 0}h1,h2,h3{font-family:"SimHei","WenQuanYi Zen Hei",sans-serif}h3{text-align:center}
table{border-collapse:collapse;width:100%;margin:0.5em 0 1.5em}th,td{border:1px solid #000;padding:2px 4px;font-size:10.5pt}
th{text-align:center}td.r{text-align:right}p.r{text-align:right}.toc{list-style:none}.toc .l2{padding-left:2em}
@media print{.break{page-break-after:always}thead{display:table-header-group}}`;
function cellHtml(tag, cell) {
    const span = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const align = tag === 'td' && cell.align === 'right' ? ' class="r"' : '';
    return `<${tag}${span}${align}>${escapeHtml(cell.text)}</${tag}>`;
}
function tableHtml(grid) {
    const head = grid.header.map((row) => `<tr>${row.map((c) => cellHtml('th', c)).join('')}</tr>`).join('\n');
    const body = grid.body.map((row) => `<tr>${row.map((c) => cellHtml('td', c)).join('')}</tr>`).join('\n');
    return `<table>\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
function blockHtml(block) {
    switch (block.type) {
        case 'title':
            return `<h1 class="cover">${escapeHtml(block.text)}</h1>`;
        case 'subtitle':
            return `<p class="r">${escapeHtml(block.text)}</p>`;
        case 'heading':
            return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'paragraph':
            return `<p${block.align === 'right' ? ' class="r"' : ''}>${escapeHtml(block.text)}</p>`;
        case 'toc':
            return `<h1>${escapeHtml(block.title)}</h1>\n<ul class="toc">\n${block.entries
                .map((e) => `<li class="l${e.level}">${escapeHtml(e.text)}</li>`)
                .join('\n')}\n</ul>`;
        case 'table':
            return tableHtml(block.grid);
        case 'pageBreak':
            return '<div class="break"></div>';
    }
}
export function renderHtml(doc) {
    return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>\n<style>${STYLE}</style></head><body>\n${doc.blocks
        .map(blockHtml)
        .join('\n')}\n</body></html>\n`;
}
//# sourceMappingURL=html.js.map