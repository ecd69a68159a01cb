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

/**
 * The year first, then the department, the whole line (the department sits inside): 2026年烟台市财政局部门预算,
 * 2026年度苏州市审计局部门预算公开.
 */
const YEAR_FIRST = new RegExp(`^${YEAR}年度?([^\\d，。,；;：:、]{2,40}?)(部门|单位)(预算|决算)(?:信息)?(?:公开)?$`);

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 2026 or 二〇二六 (零 for 〇 too) → 2026. */
function yearOf(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number([...text].map((ch) => (ch === '零' ? 0 : CHINESE_DIGITS.indexOf(ch))).join(''));
}

interface TitleParts {
  dept: string;
  year: string;
  scope?: string;
  phase?: string;
  /** The department is printed after the year, inside the title. */
  yearFirst: boolean;
}

/** A title line in either order. */
function titleParts(text: string): TitleParts | null {
  const m = TITLE.exec(text);
  if (m) return { dept: m[1] ?? '', year: m[2] as string, scope: m[3], phase: m[4], yearFirst: false };
  const y = YEAR_FIRST.exec(text);
  if (y) return { dept: y[2] as string, year: y[1] as string, scope: y[3], phase: y[4], yearFirst: true };
  return null;
}

/** A cover line naming the department or unit outright: 预算主管部门：…, 预算单位：…. */
const NAMED = /^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|决算单位)[:：](.{2,40})$/;

/** A cover printing the year on its own line above the name: 2026年 / 广州市商务局部门预算. */
const YEAR_LINE = new RegExp(`^${YEAR}年度?$`);

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
  let text = '';
  for (let i = 0; i < texts.length && found < 0; i++) {
    if (i >= limit && !/情况说明|公开/.test(texts[i] ?? '')) continue;
    const line = texts[i] ?? '';
    const candidate = i < limit && YEAR_LINE.test(line) ? line + (texts[i + 1] ?? '') : line;
    if (titleParts(candidate)) {
      found = i;
      text = candidate;
    }
  }
  if (found >= 0) {
    const m = titleParts(text) as TitleParts;
    let dept = m.dept;
    if (dept === '' && found > 0) {
      const before = texts[found - 1] ?? '';
      if (before.length <= 40 && !/目录/.test(before)) dept = before;
    }
    const named = texts
      .slice(0, limit)
      .map((t) => NAMED.exec(t)?.[1])
      .find((d) => d !== undefined);
    department = named ?? (dept || null);
    year = yearOf(m.year);
    phase = m.phase === '决算' ? 'final_account' : 'budget';
    scope = m.scope === '单位' ? 'unit' : 'department';
    const rest = (m.yearFirst ? text : text.slice(m.dept.length)).replace(/(预算|决算)(?:信息)?公开.*$/, '$1');
    title = m.yearFirst ? rest : `${dept}${rest}`;
  }
  return { title, department, year, phase, scope };
}
