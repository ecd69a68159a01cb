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

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';

const TITLE = new RegExp(`^(.*?)${YEAR}年度?(?:[省市区县]级)?(部门|单位)?(预算|决算)`);

/** A cover printing the year first: 2026年烟台市财政局部门预算 (the whole line: the department sits inside). */
const YEAR_FIRST = new RegExp(`^${YEAR}年度?([^\\d，。,；;：:、]{2,40}?)(部门|单位)(预算|决算)(?:信息)?(?:公开)?$`);

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 2026 or 二〇二六 (零 for 〇 too) → 2026. */
function yearOf(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number([...text].map((ch) => (ch === '零' ? 0 : CHINESE_DIGITS.indexOf(ch))).join(''));
}

/** A cover line naming the department or unit outright: 预算主管部门：…, 预算单位：…. */
const NAMED = /^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|决算单位)[:：](.{2,40})$/;

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
    const yearFirst = i < limit ? YEAR_FIRST.exec(texts[i] ?? '') : null;
    if (yearFirst) {
      const [, y, dept, level, which] = yearFirst as unknown as [string, string, string, string, string];
      return {
        title: `${y}年${dept}${level}${which}`,
        department: dept,
        year: yearOf(y),
        phase: which === '决算' ? 'final_account' : 'budget',
        scope: level === '单位' ? 'unit' : 'department',
      };
    }
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
    year = yearOf(m[2] as string);
    phase = m[4] === '决算' ? 'final_account' : 'budget';
    scope = m[3] === '单位' ? 'unit' : 'department';
    const rest = text.slice(m.index + (m[1] ?? '').length);
    title = `${dept}${rest.replace(/(预算|决算)(?:信息)?公开.*$/, '$1')}`;
  }
  return { title, department, year, phase, scope };
}
