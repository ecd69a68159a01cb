import type { Paragraph } from '../adapters/blocks.js';
import { compact } from '../model/names.js';
import type { Phase, Scope } from '../model/types.js';

export interface DocumentMeta {
  title: string;
  department: string | null;
  year: number | null;
  phase: Phase;
  scope: Scope;
}

const TITLE = /^(.*?)(\d{4})年度?(?:[省市区县]级)?(部门|单位)?(预算|决算)/;

/** A cover line naming the department or unit outright: 预算主管部门：…, 预算单位：…. */
const NAMED = /^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|决算单位)[:：](.{2,40})$/;

/** A cover that prints the year first, on its own line or not: 2026年 / 广州市商务局部门预算. */
const YEAR_LINE = /^\d{4}年度?$/;
const YEAR_FIRST = /^(\d{4})年度?(.{2,40}?)(部门|单位)(预算|决算)$/;

/** Title, department, year and phase from the front matter (or the first line that names them). */
export function readMeta(paragraphs: Paragraph[]): DocumentMeta {
  const texts = paragraphs.map((p) => compact(p.text).replace(/^第[一二三四五六七八九十]+部分/, ''));
  const cover = texts
    .slice(0, 4)
    .map((t, i) => YEAR_FIRST.exec(YEAR_LINE.test(t) ? t + (texts[i + 1] ?? '') : t))
    .find((m) => m);
  if (cover) {
    const [, year, department = '', scope, phase] = cover;
    return {
      title: `${year}年${department}${scope}${phase}`,
      department,
      year: Number(year),
      phase: phase === '决算' ? 'final_account' : 'budget',
      scope: scope === '单位' ? 'unit' : 'department',
    };
  }
  let title = '';
  let department: string | null = null;
  let year: number | null = null;
  let phase: Phase = 'budget';
  let scope: Scope = 'department';
  const limit = Math.min(texts.length, 15);
  let found = -1;
  for (let i = 0; i < texts.length && found < 0; i++) {
    if (i >= limit && !/情况说明|公开/.test(texts[i] ?? '')) continue;
    if (TITLE.test(texts[i] ?? '')) found = i;
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
    department = named ?? (dept || null);
    year = Number(m[2]);
    phase = m[4] === '决算' ? 'final_account' : 'budget';
    scope = m[3] === '单位' ? 'unit' : 'department';
    const rest = text.slice(m.index + (m[1] ?? '').length);
    title = `${dept}${rest.replace(/(预算|决算)(?:信息)?公开.*$/, '$1')}`;
  }
  return { title, department, year, phase, scope };
}
