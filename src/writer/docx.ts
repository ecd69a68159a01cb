/**
 * The laid-out disclosure as a Word document (OOXML), written with our own zip writer: styles
 * (标题, 标题 1–3, 目录 1–2), a 目录 field Word and LibreOffice update with page numbers on opening
 * (its entries are written too, so the document reads whole before any update), page numbers in the
 * footer, and tables whose header rows repeat on every page (w:tblHeader).
 */
import { zipBytes } from '../export/zip-writer.js';
import { type ColumnPlan, planColumns } from './docx-columns.js';
import { placeCells } from './grid-matrix.js';
import { type GridCell, pagedEntries, type TableGrid, type WrittenBlock, type WrittenDocument } from './layout.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

function paragraph(text: string, style?: string, align?: string, extra = ''): string {
  const pPr = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${align ? `<w:jc w:val="${align === 'right' ? 'right' : align}"/>` : ''}`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${extra}${text === '' ? '' : run(text)}</w:p>`;
}

const fieldChar = (type: 'begin' | 'separate' | 'end') => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instruction = (text: string) => `<w:r><w:instrText xml:space="preserve"> ${text} </w:instrText></w:r>`;

/**
 * The 目录: a TOC field over the headings of levels 1–2, its current entries written as the field's
 * result; then the entries of another file (北京's 报表 tables, its last part), after the field, so Word's
 * update keeps them.
 */
function tocXml(block: Extract<WrittenBlock, { type: 'toc' }>): string {
  const entries = pagedEntries(block.entries).filter((e) => e.level <= 2);
  const out = [paragraph(block.title, 'TOCHeading', 'center')];
  const external = block.entries
    .filter((e) => e.external)
    .map((e) => `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/></w:pPr>${run(e.text)}</w:p>`);
  if (entries.length === 0) return [...out, ...external].join('');
  entries.forEach((entry, i) => {
    const begin = i === 0 ? `${fieldChar('begin')}${instruction('TOC \\o "1-2" \\h \\z \\u')}${fieldChar('separate')}` : '';
    const end = i === entries.length - 1 ? fieldChar('end') : '';
    // The page after a tab (right-aligned, dot leader): the field's result until Word updates it.
    const page = entry.page === undefined ? '' : `<w:r><w:tab/></w:r>${run(String(entry.page))}`;
    out.push(`<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/></w:pPr>${begin}${run(entry.text)}${page}${end}</w:p>`);
  });
  return [...out, ...external].join('');
}

function cellXml(
  cell: GridCell | null,
  width: number,
  span: number,
  merge: 'restart' | 'continue' | null,
  header: boolean,
  size: number,
): string {
  const props = `<w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${
    merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''
  }<w:vAlign w:val="center"/>`;
  const align = header ? 'center' : cell?.align === 'right' ? 'right' : 'left';
  const text = cell?.text ?? '';
  const body = `<w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="${align}"/></w:pPr>${text === '' ? '' : run(text, `${header ? '<w:b/>' : ''}<w:sz w:val="${size}"/>`)}</w:p>`;
  return `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`;
}

function tableXml(grid: TableGrid, plan: ColumnPlan): string {
  const cols = plan.widths;
  const widthOf = (col: number, span: number) => cols.slice(col, col + span).reduce((a, b) => a + b, 0);
  const rows = placeCells([...grid.header, ...grid.body], grid.width).map((placed, r) => {
    const header = r < grid.header.length;
    const cells = placed.map((p) =>
      p.kind === 'origin'
        ? cellXml(p.cell, widthOf(p.col, p.span), p.span, p.merged ? 'restart' : null, header, plan.size)
        : cellXml(null, widthOf(p.col, p.span), p.span, 'continue', header, plan.size),
    );
    const trPr = header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${cols
    .map((w) => `<w:gridCol w:w="${w}"/>`)
    .join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function blockXml(block: WrittenBlock, plan?: ColumnPlan): string {
  switch (block.type) {
    case 'title':
      return paragraph(block.text, 'Title', 'center');
    case 'subtitle':
      return paragraph(block.text, 'Subtitle', 'center');
    case 'heading':
      return paragraph(block.text, `Heading${block.level}`);
    case 'paragraph':
      return paragraph(block.text, undefined, block.align);
    case 'toc':
      return tocXml(block);
    case 'table':
      // An empty paragraph after each table keeps two tables from joining into one.
      return `${tableXml(block.grid, plan ?? planColumns(block.grid))}${paragraph('')}`;
    case 'pageBreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  }
}

const FONTS = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>';
const HEI = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体" w:cs="Times New Roman"/>';

function style(id: string, name: string, pPr: string, rPr: string, outline?: number): string {
  const level = outline === undefined ? '' : `<w:outlineLvl w:val="${outline}"/>`;
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${pPr}${level}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${FONTS}<w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/><w:jc w:val="both"/></w:pPr></w:style>
${style('Title', 'Title', '<w:spacing w:before="4800" w:after="600"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', `${HEI}<w:b/><w:sz w:val="44"/>`)}
${style('Subtitle', 'Subtitle', '<w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', '<w:sz w:val="28"/>')}
${style('Heading1', 'heading 1', '<w:keepNext/><w:spacing w:before="240" w:after="240"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', `${HEI}<w:b/><w:sz w:val="32"/>`, 0)}
${style('Heading2', 'heading 2', '<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:ind w:firstLineChars="200" w:firstLine="480"/>', `${HEI}<w:sz w:val="28"/>`, 1)}
${style('Heading3', 'heading 3', '<w:keepNext/><w:spacing w:before="240" w:after="60"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', `${HEI}<w:b/><w:sz w:val="28"/>`, 2)}
${style('TOCHeading', 'TOC Heading', '<w:spacing w:before="240" w:after="240"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', `${HEI}<w:b/><w:sz w:val="32"/>`)}
${style('TOC1', 'toc 1', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:ind w:firstLine="0" w:firstLineChars="0"/>', '')}
${style('TOC2', 'toc 2', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:ind w:left="480" w:firstLine="0" w:firstLineChars="0"/>', '')}
${style('TableText', 'Table Text', '<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" w:firstLineChars="0"/>', '<w:sz w:val="18"/>')}
</w:styles>`;

const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/></w:pPr>${fieldChar('begin')}${instruction('PAGE')}${fieldChar('separate')}${run('1')}${fieldChar('end')}</w:p></w:ftr>`;

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${W}"><w:updateFields w:val="true"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/><Relationship Id="rId3" Type="${R}/footer" Target="footer1.xml"/></Relationships>`;

const core = (title: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title><dc:creator>BudgetLens</dc:creator></cp:coreProperties>`;

/** A4, 2 cm margins left and right, portrait or landscape; the footer carries the page number. */
function sectionXml(landscape: boolean, last: boolean): string {
  const size = landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  return `<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>${last ? '' : '<w:type w:val="nextPage"/>'}${size}<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="851" w:footer="851" w:gutter="0"/><w:pgNumType/></w:sectPr>`;
}

/**
 * Which blocks are printed on landscape pages: a table too wide for a portrait page, with its title
 * and unit line before it and its statement after it.
 */
function orientations(blocks: WrittenBlock[], plans: Map<number, ColumnPlan>): boolean[] {
  const out = blocks.map(() => false);
  blocks.forEach((block, i) => {
    if (block.type !== 'table' || !plans.get(i)?.landscape) return;
    out[i] = true;
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const before = blocks[j];
      if (before?.type === 'heading' ? before.level === 3 : before?.type === 'paragraph') out[j] = true;
      else break;
    }
    const after = blocks[i + 1];
    if (after?.type === 'paragraph') out[i + 1] = true;
  });
  return out;
}

/** The body: blocks in sections, a section break wherever the orientation changes. */
function bodyXml(blocks: WrittenBlock[]): string {
  const plans = new Map<number, ColumnPlan>();
  blocks.forEach((b, i) => {
    if (b.type === 'table') plans.set(i, planColumns(b.grid));
  });
  const landscape = orientations(blocks, plans);
  // A page break next to a section break would leave a blank page: the section starts a new page.
  const kept = blocks.map((b, i) => !(b.type === 'pageBreak' && landscape[i - 1] !== landscape[i + 1]));
  const out: string[] = [];
  blocks.forEach((block, i) => {
    if (!kept[i]) return;
    const next = blocks.findIndex((_, j) => j > i && kept[j]);
    out.push(blockXml(block, plans.get(i)));
    if (next >= 0 && landscape[next] !== landscape[i] && block.type !== 'pageBreak')
      out.push(`<w:p><w:pPr>${sectionXml(landscape[i] as boolean, false)}</w:pPr></w:p>`);
  });
  return `${out.join('')}${sectionXml(landscape.at(-1) ?? false, true)}`;
}

export function renderDocx(doc: WrittenDocument): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml(doc.blocks)}</w:body></w:document>`;
  return zipBytes([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
    { name: 'word/styles.xml', data: STYLES },
    { name: 'word/settings.xml', data: SETTINGS },
    { name: 'word/footer1.xml', data: FOOTER },
    { name: 'docProps/core.xml', data: core(doc.title) },
  ]);
}
