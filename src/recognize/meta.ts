import type { GridRow, Paragraph } from '../adapters/blocks.js';
import { compact } from '../model/names.js';
import type { Phase, Scope } from '../model/types.js';

export interface DocumentMeta {
  title: string;
  department: string | null;
  year: number | null;
  phase: Phase;
  scope: Scope;
}

/** 某某局2026年度部门预算; the 年 may be left out before 部门/单位 (北京市国资委: 2026 部门预算情况的说明). */
const TITLE = /^(.*?)(\d{4})(?:年度?(?:[省市区县]级)?(部门|单位)?|(?=部门|单位)(部门|单位))(预算|决算)/;

/** A cover line naming the department or unit outright: 预算主管部门：…, 预算单位：…. */
const NAMED = /^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|决算单位)[:：](.{2,40})$/;

/** 北京市教育委员会部门 2026 年度部门预算: the department is 北京市教育委员会 (but 商务部门 is a name). */
function departmentName(text: string): string {
  return text.replace(/(?<=(?:局|委员会|委|办公室|办|厅|院|中心|部|署|馆|站|所|队|处))部门$/, '');
}

/** Title, department, year and phase from the front matter (or the first line that names them). */
export function readMeta(paragraphs: Paragraph[]): DocumentMeta {
  const texts = paragraphs.map((p) => compact(p.text).replace(/^第[一二三四五六七八九十]+部分/, ''));
  let title = '';
  let department: string | null = null;
  let year: number | null = null;
  let phase: Phase = 'budget';
  let scope: Scope = 'department';
  const limit = Math.min(texts.length, 15);
  let found = -1;
  for (let i = 0; i < texts.length && found < 0; i++) {
    if (i >= limit && !/情况说明|公开/.test(texts[i] ?? '')) continue;
    // A title names the department before the year; a sentence (说明事项：根据…，市国资委2026年部门预算中…) is no title.
    const m = TITLE.exec(texts[i] ?? '');
    if (m && !/[，,。；;:：]/.test(m[1] ?? '')) found = i;
  }
  if (found >= 0) {
    const text = texts[found] as string;
    const m = TITLE.exec(text) as RegExpExecArray;
    let dept = m[1] ?? '';
    if (dept === '' && found > 0) {
      const before = texts[found - 1] ?? '';
      if (before.length <= 40 && !/目录/.test(before)) dept = before;
    }
    const named = texts
      .slice(0, limit)
      .map((t) => NAMED.exec(t)?.[1])
      .find((d) => d !== undefined);
    department = named ?? (departmentName(dept) || null);
    year = Number(m[2]);
    phase = m[5] === '决算' ? 'final_account' : 'budget';
    scope = (m[3] ?? m[4]) === '单位' ? 'unit' : 'department';
    const rest = text.slice(m.index + (m[1] ?? '').length);
    title = `${dept}${rest.replace(/(预算|决算)(?:信息)?公开.*$/, '$1')}`;
  }
  return { title, department, year, phase, scope };
}

/** A year printed alone under a table's title: 预算年度：2026, （2026年度）, 2026（年度）. */
const YEAR_LINE = /预算年度[:：]\s*(\d{4})|^[(（]?(\d{4})\s*[(（]?年度[)）]?$/;

/** A form cell naming the department, with the name in the next cell: 部门名称 | 北京市财政局. */
const DEPARTMENT_CELL = /^(?:部门名称|预算部门|主管部门)[:：]?$/;

/**
 * A file of tables only (北京's 附件2 报表) prints no title: its year is the one printed under a
 * table's title, its department the one a form table names (部门整体支出绩效目标表: 部门名称 | …).
 */
export function metaFromTables(tables: Array<{ preamble: Array<{ text: string }>; rows: GridRow[] }>): {
  year: number | null;
  department: string | null;
} {
  let year: number | null = null;
  let department: string | null = null;
  for (const table of tables) {
    for (const line of table.preamble) {
      const m = YEAR_LINE.exec(compact(line.text));
      if (m && year === null) year = Number(m[1] ?? m[2]);
    }
    for (const row of table.rows) {
      const cells = row.cells.filter((c) => c.text.trim() !== '');
      const at = cells.findIndex((c) => DEPARTMENT_CELL.test(compact(c.text)));
      const name = at >= 0 ? compact(cells[at + 1]?.text ?? '') : '';
      if (department === null && name.length >= 2 && name.length <= 40) department = name;
    }
    if (year !== null && department !== null) break;
  }
  return { year, department };
}

/** The department a line names before the year of its disclosure (附件：北京市气象局2026年度部门预算报表). */
export function departmentNamedIn(text: string): string | null {
  const m = TITLE.exec(compact(text).replace(/^(?:详)?见?附件\d*[:：]/, ''));
  const dept = departmentName(m?.[1] ?? '');
  return dept.length >= 2 && dept.length <= 40 && !/[，,。；;:：]/.test(dept) ? dept : null;
}
